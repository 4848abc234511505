// Heard's side of bench/survey-compare.ts: the young person's survey runner (the same component the phone and the
// IRO-assisted mode draw) with its words loaded as the app loads them, drawing the same 46 questions.
import { createRoot } from 'react-dom/client';
import { SurveyRunner } from '../../../src/app/features/surveys/components/survey-runner';
import { initI18n } from '../../../src/app/i18n/i18n';
import '../../../src/app/styles/tokens.css';
import '../../../src/app/styles/app.css';
import '../../../src/app/features/surveys/components/surveys.css';
import { loadSurvey } from './the-survey';

const done = async () => undefined;
void Promise.all([loadSurvey(), initI18n('en', ['common', 'safety', 'surveys'])]).then(([version]) =>
  createRoot(document.getElementById('root')!).render(
    <main>
      <SurveyRunner version={version} initial={{ answers: {}, index: 0 }} onSave={done} onSubmit={done} onExit={() => undefined} />
    </main>,
  ),
);
