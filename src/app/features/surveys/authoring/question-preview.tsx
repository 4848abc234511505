// One question as a phone shows it (360 px wide), in the language staff choose, with answers that can be tried.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestion } from '../../../../shared/survey/definition';
import { QuestionView } from '../components/question-view';
import '../components/surveys.css';

export function QuestionPreview({ question, onClose }: { question: SurveyQuestion; onClose: () => void }) {
  const { t } = useTranslation('survey-authoring');
  const [lang, setLang] = useState<'en' | 'cy' | 'ar'>('en');
  const [value, setValue] = useState<unknown>(undefined);
  const labelId = `preview-${question.id}`;
  return (
    <section className="stack" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('editor.previewTitle')}</h2>
      <label htmlFor="preview-lang">{t('editor.previewLanguage')}</label>
      <select id="preview-lang" value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'cy' | 'ar')}>
        <option value="en">English</option>
        <option value="cy">Cymraeg</option>
        <option value="ar">العربية</option>
      </select>
      <div className="survey-preview" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
        <h3 id={labelId}>{question.text[lang] || t('editor.noWords')}</h3>
        <QuestionView question={question} lang={lang} labelId={labelId} value={value} onAnswer={setValue} />
      </div>
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('editor.closePreview')}
      </button>
    </section>
  );
}
