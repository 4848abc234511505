// Staff-written text in English, Welsh and Arabic: the three fields to write it, and the three to read it back with a
// clear "not yet translated" where a translation is missing.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/text';
import type { LocalizedInput } from './localized-input';

interface LocalizedFieldsProps {
  id: string;
  /** The field's name, e.g. "You said"; labels read "You said (English)", "You said (Welsh, optional)". */
  field: string;
  value: LocalizedInput;
  onChange: (value: LocalizedInput) => void;
  multiline?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** Every language must be written (a survey's words, a finding): no "optional", no fallback hint. */
  required?: boolean;
}

export function LocalizedFields({
  id,
  field,
  value,
  onChange,
  multiline = false,
  invalid = false,
  describedBy,
  required = false,
}: LocalizedFieldsProps) {
  const { t } = useTranslation('staff');
  const langs = [
    { lng: 'en', label: t('text.en', { field }), dir: 'ltr' },
    { lng: 'cy', label: t(required ? 'text.cyRequired' : 'text.cy', { field }), dir: 'ltr' },
    { lng: 'ar', label: t(required ? 'text.arRequired' : 'text.ar', { field }), dir: 'rtl' },
  ] as const;
  return (
    <div className="stack staff-localized">
      {langs.map(({ lng, label, dir }) => {
        const inputId = `${id}-${lng}`;
        const common = {
          id: inputId,
          lang: lng,
          dir,
          value: value[lng],
          onChange: (e: { target: { value: string } }) => onChange({ ...value, [lng]: e.target.value }),
          ...(lng === 'en' ? { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy } : {}),
        };
        return (
          <div key={lng} className="stack">
            <label htmlFor={inputId}>{label}</label>
            {multiline ? <textarea {...common} /> : <input {...common} />}
          </div>
        );
      })}
      {!required && <p className="small">{t('text.fallbackHint')}</p>}
    </div>
  );
}

/** Staff-written text in all three languages, with "not yet translated" where a translation is missing. */
export function LocalizedView({ text }: { text: LocalizedText }) {
  const { t } = useTranslation('staff');
  return (
    <dl className="staff-localized-view">
      {(['en', 'cy', 'ar'] as const).map((lng) => (
        <div key={lng}>
          <dt>{t(`languages.${lng}`)}</dt>
          {text[lng] ? (
            <dd lang={lng} dir={lng === 'ar' ? 'rtl' : 'ltr'} className="staff-post-text">
              {text[lng]}
            </dd>
          ) : (
            <dd className="staff-meta">{t('text.notTranslated')}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
