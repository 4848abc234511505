// For component tests: i18next with the given locale bundles loaded up front (no fetch), no Suspense, English first.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export async function initTestI18n(resources: Resource, defaultNS: string): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: Object.keys(resources.en ?? {}),
    defaultNS,
    resources,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
}
