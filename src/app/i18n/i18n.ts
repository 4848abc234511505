// i18next set-up. Each language/namespace JSON is loaded on demand; the first screen's namespaces of one language come
// in one file (vite.config.ts), the staff area's each in its own, all precached by the service worker so every language
// works offline. Council vocabulary: strings say {{contact}}-style terms through the `vocab`
// namespace ("$t(vocab:contact)"); applyVocabulary() overlays the council's own words (e.g. "Family Time") on it,
// always as text.
import i18next, { type BackendModule, type ReadCallback, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Vocabulary } from '../../shared/council';

export const APP_LANGUAGES = ['en', 'cy', 'ar', 'pseudo'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly string[] = ['ar'];
/**
 * The shell's own namespaces; each feature adds its own (src/app/namespaces.ts puts the two together). The staff
 * area's words are not among them: a young person's phone never needs them, and the staff screens load them when they
 * first ask (useTranslation('staff') suspends until they arrive).
 */
export const CORE_NAMESPACES: readonly string[] = ['common', 'safety', 'vocab'];
/** Names of the languages in themselves, for the picker. */
export const LANGUAGE_NAMES: Record<AppLanguage, string> = {
  en: 'English',
  cy: 'Cymraeg',
  ar: 'العربية',
  pseudo: 'Pseudo (test)',
};

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/*.json');
const loader = (language: string, namespace: string) => loaders[`../../../locales/${language}/${namespace}.json`];

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loader(language, namespace);
    if (!load) return callback(new Error(`no locale ${language}/${namespace}`), false);
    load().then(
      (m) => callback(null, m.default),
      (e: unknown) => callback(e as Error, false),
    );
  },
};

export function initialLanguage(stored: string | null): AppLanguage {
  const wanted = [stored, ...navigator.languages].filter(Boolean) as string[];
  for (const w of wanted) {
    const base = w.split('-')[0] as AppLanguage;
    if (APP_LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/**
 * Fetches the first screen's words files in `lng` and in English (the fallback), all side by side. A file that cannot
 * load is left out: i18next's backend asks for it again when a screen needs it.
 */
async function fetchResources(lng: AppLanguage, namespaces: readonly string[]): Promise<Resource> {
  const resources: Resource = {};
  await Promise.all(
    [...new Set([lng, 'en'])].flatMap((l) =>
      namespaces.map(async (ns) => {
        const load = loader(l, ns);
        if (!load) return;
        const words = await load().then(
          (m) => m.default,
          () => undefined,
        );
        if (words) (resources[l] ??= {})[ns] = { ...words };
      }),
    ),
  );
  return resources;
}

/**
 * Starts i18next in `lng`, with `namespaces` loaded up front (others load through the backend when a screen asks for
 * them). The first screen's words are fetched first and handed to i18next, which then starts in one go, with nothing
 * to ask its backend for (`initAsync: false`): no task between its start and the first screen being drawn.
 */
export async function initI18n(lng: AppLanguage, namespaces: readonly string[] = CORE_NAMESPACES): Promise<typeof i18next> {
  const resources = await fetchResources(lng, namespaces);
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'en',
      ns: [...namespaces],
      defaultNS: 'common',
      resources,
      // Only the first screen's words are given: every other namespace and language still comes from the backend.
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      // Re-render when the council's words are laid over the defaults.
      react: { useSuspense: true, bindI18nStore: 'added' },
      returnNull: false,
    });
  applyDirection(lng);
  i18next.on('languageChanged', (l) => applyDirection(l));
  i18next.on('loaded', (loaded: Record<string, unknown>) => Object.keys(loaded).forEach(overlay));
  for (const l of APP_LANGUAGES) overlay(l);
  return i18next;
}

export function applyDirection(lng: string): void {
  document.documentElement.lang = lng === 'pseudo' ? 'en' : lng;
  document.documentElement.dir = RTL_LANGUAGES.includes(lng) ? 'rtl' : 'ltr';
}

let councilWords: Vocabulary = {};
const defaultWords = new Map<string, Record<string, string>>();

/** The interpolation variable that carries one council word in one language (terms are plain letters and digits). */
const wordVariable = (lng: string, term: string) => `heardCouncilWord_${lng}_${term}`;

/**
 * Lays the council's words over Heard's defaults for one language, once that language's vocab has loaded.
 * A council word is text typed by a person, never i18next syntax: the resource holds only a placeholder and the word
 * travels as the placeholder's value, which i18next inserts as it is (skipOnVariables: no nesting, no interpolation
 * inside a value) — so "$t(…)" or "{{count}}" in a council word is shown, not run.
 */
function overlay(lng: string): void {
  if (!i18next.hasResourceBundle(lng, 'vocab')) return;
  if (!defaultWords.has(lng)) defaultWords.set(lng, { ...(i18next.getResourceBundle(lng, 'vocab') as Record<string, string>) });
  const words = councilWords[lng as keyof Vocabulary] ?? {};
  const interpolation = i18next.options.interpolation ?? {};
  const variables: Record<string, unknown> = { ...interpolation.defaultVariables };
  for (const key of Object.keys(variables)) if (key.startsWith(wordVariable(lng, ''))) delete variables[key];
  const placeholders: Record<string, string> = {};
  for (const [term, word] of Object.entries(words)) {
    variables[wordVariable(lng, term)] = word;
    placeholders[term] = `{{- ${wordVariable(lng, term)}}}`;
  }
  i18next.options.interpolation = { ...interpolation, skipOnVariables: true, defaultVariables: variables };
  i18next.addResourceBundle(lng, 'vocab', { ...defaultWords.get(lng), ...placeholders }, false, true);
}

/**
 * Puts the council's own words over the default vocabulary, in every language it names; a word the council no
 * longer sets goes back to Heard's default. Languages loaded later get the overlay when they arrive.
 */
export function applyVocabulary(vocabulary: Vocabulary | undefined): void {
  councilWords = vocabulary ?? {};
  for (const lng of APP_LANGUAGES) overlay(lng);
}
