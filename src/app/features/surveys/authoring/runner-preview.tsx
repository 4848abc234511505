// The draft as a phone runs it: the young person's own SurveyRunner (not a copy), 360 px wide, in the language staff
// choose, from the question they picked. Answers tried here stay in this preview (nothing is saved or sent), so staff
// can see a condition show or hide a question. Any change to the draft starts the preview again from that question.
import { useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { SurveyRunner } from '../components/survey-runner';
import '../components/surveys.css';

type Lang = 'en' | 'cy' | 'ar';

export function RunnerPreview({ version, from, onClose }: { version: SurveyVersion; from: number; onClose: () => void }) {
  const { t, i18n } = useTranslation('survey-authoring');
  const [lang, setLang] = useState<Lang>('en');
  const [finished, setFinished] = useState(false);
  const [run, setRun] = useState(0);
  // The runner reads its words from i18next: a copy of the staff area's, in the chosen language (the staff area's own
  // language does not change).
  const phoneI18n = useMemo(() => i18n.cloneInstance({ lng: lang }), [i18n, lang]);
  const restart = () => {
    setFinished(false);
    setRun(run + 1);
  };
  return (
    <section className="stack" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('editor.previewTitle')}</h2>
      <p>{t('editor.previewIntro')}</p>
      <label htmlFor="preview-lang">{t('editor.previewLanguage')}</label>
      <select id="preview-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        <option value="en">English</option>
        <option value="cy" lang="cy">
          Cymraeg
        </option>
        <option value="ar" lang="ar">
          العربية
        </option>
      </select>
      <div className="survey-preview" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="survey-preview">
        <I18nextProvider i18n={phoneI18n}>
          {finished ? (
            <p role="status">{t('editor.previewDone')}</p>
          ) : (
            <SurveyRunner
              key={`${run}:${JSON.stringify(version)}`}
              version={version}
              initial={{ answers: {}, index: from }}
              onSave={() => Promise.resolve()}
              onSubmit={() => {
                setFinished(true);
                return Promise.resolve();
              }}
              onExit={restart}
            />
          )}
        </I18nextProvider>
      </div>
      <div className="staff-actions">
        <button type="button" className="button button-secondary" onClick={restart}>
          {t('editor.previewAgain')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('editor.closePreview')}
        </button>
      </div>
    </section>
  );
}
