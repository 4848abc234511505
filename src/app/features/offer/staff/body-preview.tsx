// A preview of the item's "What it is" in one language, drawn by the phone's own Markdown renderer (elements, never
// HTML), so staff see the paragraphs, lists, bold and links a young person will see.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../components/markdown-view';
import { FORM_LANGUAGES, type FormLanguage } from './model/editor-form';

export function BodyPreview({ body }: { body: Record<FormLanguage, string> }) {
  const { t } = useTranslation('offer-staff');
  const [lng, setLng] = useState<FormLanguage>('en');
  const words = body[lng].trim() || body.en.trim();
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
      {words === '' ? (
        <p className="staff-meta">{t('editor.preview.empty')}</p>
      ) : (
        <div lang={body[lng].trim() ? lng : 'en'} dir={body[lng].trim() && lng === 'ar' ? 'rtl' : 'ltr'} className="offer-preview-body">
          <MarkdownView source={words} lang={body[lng].trim() ? lng : 'en'} />
        </div>
      )}
    </section>
  );
}
