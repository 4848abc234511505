// Language picker: names shown in their own language. The choice is kept on the device.
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n/remember-language';
import { APP_LANGUAGES, LANGUAGE_NAMES, type AppLanguage } from '../i18n/i18n';

export function LanguagePicker({ offered }: { offered: readonly string[] | undefined }) {
  const { t, i18n } = useTranslation();
  const choices = APP_LANGUAGES.filter((l) => l === 'pseudo' || l === 'en' || !offered || offered.includes(l));
  const change = (lng: AppLanguage) => {
    void i18n.changeLanguage(lng);
    void rememberLanguage(lng);
  };
  return (
    <label className="language-picker">
      <span>{t('language.label')}</span>
      <select value={i18n.resolvedLanguage ?? i18n.language} onChange={(e) => change(e.target.value as AppLanguage)}>
        {choices.map((l) => (
          <option key={l} value={l} lang={l === 'pseudo' ? 'en' : l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
