// The item's words, one section per language (English required; Welsh and Arabic optional, Arabic right to left).
import { useTranslation } from 'react-i18next';
import { FORM_LANGUAGES, TEXT_FIELDS, type FormLanguage, type TextField } from './model/editor-form';
import { FieldProblem, invalidProps, type PartProps } from './form-parts';

const MULTILINE: ReadonlySet<TextField> = new Set(['body', 'howToClaim', 'summary']);
/** Where each text goes in the item input (the amount's note lives inside the amount). */
export const textPath = (field: TextField, lng: FormLanguage) => (field === 'amountNote' ? `amount.note.${lng}` : `${field}.${lng}`);

export function TextFields({ form, set, problem }: PartProps) {
  const { t } = useTranslation('offer-staff');
  return (
    <>
      {FORM_LANGUAGES.map((lng) => (
        <fieldset key={lng} className="staff-fieldset offer-words">
          <legend>{t(`editor.words.${lng}`)}</legend>
          {lng === 'cy' && <p className="small">{t('editor.fallbackHint')}</p>}
          {TEXT_FIELDS.map((field) => {
            const path = textPath(field, lng);
            const p = problem(path);
            const common = {
              ...invalidProps(path, p),
              lang: lng,
              dir: lng === 'ar' ? 'rtl' : 'ltr',
              value: form.text[lng][field],
              onChange: (e: { target: { value: string } }) => set({ text: { ...form.text, [lng]: { ...form.text[lng], [field]: e.target.value } } }),
            };
            return (
              <div key={field} className="stack">
                <label htmlFor={common.id}>{t(`editor.fields.${field}`)}</label>
                {MULTILINE.has(field) ? <textarea rows={field === 'body' ? 8 : 3} {...common} /> : <input {...common} />}
                <FieldProblem path={path} problem={p} />
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
