// A preview of the item's "What it is" in one language. The phone's Markdown renderer is not in this build yet, so
// the preview shows the words as plain paragraphs (as text, never as HTML) and says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_LANGUAGES, type FormLanguage } from './model/editor-form';

export function BodyPreview({ body }: { body: Record<FormLanguage, string> }) {
  const { t } = useTranslation('offer-staff');
  const [lng, setLng] = useState<FormLanguage>('en');
  const words = body[lng].trim() || body.en.trim();
  const paragraphs = words.split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <section className="staff-card offer-preview" aria-labelledby="offer-preview-heading">
      <h2 id="offer-preview-heading" className="staff-small-heading">
        {t('editor.preview.heading')}
      </h2>
      <div className="stack">
        <label htmlFor="offer-preview-language">{t('editor.preview.language')}</label>
        <select id="offer-preview-language" value={lng} onChange={(e) => setLng(e.target.value as FormLanguage)}>
          {FORM_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`editor.words.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="small">{t('editor.preview.note')}</p>
      {paragraphs.length === 0 ? (
        <p className="staff-meta">{t('editor.preview.empty')}</p>
      ) : (
        <div lang={body[lng].trim() ? lng : 'en'} dir={body[lng].trim() && lng === 'ar' ? 'rtl' : 'ltr'} className="offer-preview-body">
          {paragraphs.map((p, i) => (
            <p key={i} className="staff-post-text">
              {p}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
