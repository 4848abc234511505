// The SurveyJS side of bench/survey-compare.ts: survey-core + survey-react-ui drawing the same 46 questions.
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/survey-core.css';
import { Survey } from 'survey-react-ui';
import { loadSurvey } from './the-survey';
import { toSurveyJs } from './to-surveyjs';

void loadSurvey().then((version) => {
  const model = new Model(toSurveyJs(version));
  createRoot(document.getElementById('root')!).render(<Survey model={model} />);
});
