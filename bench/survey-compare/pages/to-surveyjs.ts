// Heard's 46-question 11–18 version as a SurveyJS form: the same questions, answers and conditions, one question per
// page with a progress bar, so both libraries draw the same survey.
import type { SurveyQuestion, SurveyVersion } from '../../../src/shared/survey/definition';

const FIXED: Record<string, { value: string; text: string }[]> = {
  faces: ['1', '2', '3', '4', '5'].map((v) => ({ value: v, text: ['Very sad', 'Sad', 'OK', 'Happy', 'Very happy'][Number(v) - 1]! })),
  frequency: [
    { value: 'always', text: 'All or most of the time' },
    { value: 'sometimes', text: 'Sometimes' },
    { value: 'hardly-ever', text: 'Hardly ever' },
    { value: 'never', text: 'Never' },
  ],
  agree: [
    { value: 'agree', text: 'Agree' },
    { value: 'not-sure', text: 'Not sure' },
    { value: 'disagree', text: 'Disagree' },
  ],
  'yes-no': [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
    { value: 'not-sure', text: 'Not sure' },
  ],
};

function element(q: SurveyQuestion): Record<string, unknown> {
  const base: Record<string, unknown> = { name: q.id, title: q.text.en };
  if (q.showIf) base.visibleIf = `{${q.showIf.questionId}} anyof [${q.showIf.anyOf.map((a) => `'${a}'`).join(', ')}]`;
  switch (q.type) {
    case 'faces':
    case 'frequency':
    case 'agree':
    case 'yes-no':
      return { ...base, type: 'radiogroup', choices: FIXED[q.type] };
    case 'single':
      return { ...base, type: 'radiogroup', choices: (q.choices ?? []).map((c) => ({ value: c.id, text: c.text.en })) };
    case 'multiple':
      return { ...base, type: 'checkbox', choices: (q.choices ?? []).map((c) => ({ value: c.id, text: c.text.en })) };
    case 'scale':
      return { ...base, type: 'rating', rateMin: 0, rateMax: 10, minRateDescription: q.scaleEnds?.min.en, maxRateDescription: q.scaleEnds?.max.en };
    case 'text':
      return { ...base, type: 'comment', maxLength: 500, description: q.hint?.en };
  }
}

export function toSurveyJs(version: SurveyVersion): Record<string, unknown> {
  return {
    title: version.title.en,
    showProgressBar: 'top',
    questionsOnPageMode: 'questionPerPage',
    pages: [{ name: 'all', elements: version.questions.map(element) }],
  };
}
