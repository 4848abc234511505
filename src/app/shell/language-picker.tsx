// Language picker: names shown in their own language. Moving through the list changes nothing (arrow keys in a select
// pick a new option on every press); "Use this language" switches Heard and keeps the choice on the device. The button
// is there only while a different language is chosen, in that language when its words have loaded, so a child who
// cannot read the current language can still find it.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devSwitchOn } from '../i18n/dev-switch';
import { rememberLanguage } from '../i18n/remember-language';
import { APP_LANGUAGES, LANGUAGE_NAMES, RTL_LANGUAGES, type AppLanguage } from '../i18n/i18n';
import { Button } from '../ui/kit/button';
import { NotKept, useKeep } from '../ui/kit/kept';

const htmlLang = (lng: AppLanguage) => (lng === 'pseudo' ? 'en' : lng);

export function LanguagePicker({ offered }: { offered: readonly string[] | undefined }) {
  const { t, i18n } = useTranslation();
  const [dev] = useState(() => devSwitchOn());
  const [chosen, setChosen] = useState<AppLanguage | null>(null);
  const [applied, setApplied] = useState(false);
  const remembered = useKeep();
  const [, setLoaded] = useState(0);
  const select = useRef<HTMLSelectElement>(null);
  const current = (i18n.resolvedLanguage ?? i18n.language) as AppLanguage;
  const value = chosen ?? current;
  // The pseudo-locale is for testing: only behind the developer switch (or kept by a phone already using it).
  const choices = APP_LANGUAGES.filter((l) => l === current || l === 'en' || (l === 'pseudo' ? dev : !offered || offered.includes(l)));
  const inChosen = value !== current && i18n.hasResourceBundle(value, 'common');

  const choose = (lng: AppLanguage) => {
    setChosen(lng);
    setApplied(false);
    // So "Use this language" can be shown in the language chosen.
    if (!i18n.hasResourceBundle(lng, 'common')) {
      i18n.loadLanguages(lng).then(
        () => setLoaded((n) => n + 1),
        () => undefined,
      );
    }
  };
  const apply = async () => {
    // The button goes once the language is in use: focus stays on the list, where the choice was made.
    select.current?.focus();
    await i18n.changeLanguage(value);
    // The language is in use either way; one the phone could not keep is said, as it will not be there next time.
    remembered.keep(() => rememberLanguage(value));
    setChosen(null);
    setApplied(true);
    select.current?.focus();
  };

  return (
    <div className="language-picker">
      <label>
        <span>{t('language.label')}</span>
        <select ref={select} value={value} onChange={(e) => choose(e.target.value as AppLanguage)}>
          {choices.map((l) => (
            <option key={l} value={l} lang={htmlLang(l)}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {value !== current && (
        <Button
          variant="secondary"
          onClick={() => void apply()}
          lang={inChosen ? htmlLang(value) : undefined}
          dir={inChosen ? (RTL_LANGUAGES.includes(value) ? 'rtl' : 'ltr') : undefined}
        >
          {inChosen ? i18n.getFixedT(value)('language.apply') : t('language.apply')}
        </Button>
      )}
      <p role="status" className="language-picker-status">
        {applied ? t('language.applied') : ''}
      </p>
      <NotKept shown={remembered.failed()} className="error" />
    </div>
  );
}
