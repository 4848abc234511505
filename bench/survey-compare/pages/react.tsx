// The floor of bench/survey-compare.ts: React and ReactDOM alone (the same build both sides share) fetching the same
// survey JSON and drawing its first question's words, with no survey code, no words files and no styles. Neither side
// can be faster than this; it is printed beside them, not counted in the ratio.
import { createRoot } from 'react-dom/client';
import { loadSurvey } from './the-survey';

void loadSurvey().then((version) =>
  createRoot(document.getElementById('root')!).render(
    <main>
      <h2>{version.questions[0]?.text.en}</h2>
    </main>,
  ),
);
