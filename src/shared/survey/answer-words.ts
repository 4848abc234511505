// The words of the fixed answers (faces, frequency, agree, yes / no), for results and their CSV: a results table
// names each answer, not its stored value.
import type { SurveyQuestion, SurveyWords } from './definition';

const w = (en: string, cy: string, ar: string): SurveyWords => ({ en, cy, ar });

export const FIXED_ANSWER_WORDS: Record<'faces' | 'frequency' | 'agree' | 'yes-no', Record<string, SurveyWords>> = {
  faces: {
    '1': w('Very sad', 'Trist iawn', 'حزين جدًا'),
    '2': w('Sad', 'Trist', 'حزين'),
    '3': w('OK', 'Iawn', 'عادي'),
    '4': w('Happy', 'Hapus', 'سعيد'),
    '5': w('Very happy', 'Hapus iawn', 'سعيد جدًا'),
  },
  frequency: {
    always: w('All or most of the time', "Drwy'r amser neu'r rhan fwyaf o'r amser", 'دائمًا أو معظم الوقت'),
    sometimes: w('Sometimes', 'Weithiau', 'أحيانًا'),
    'hardly-ever': w('Hardly ever', 'Prin byth', 'نادرًا'),
    never: w('Never', 'Byth', 'أبدًا'),
  },
  agree: {
    agree: w('Agree', 'Cytuno', 'أوافق'),
    'not-sure': w('Not sure', 'Ddim yn siŵr', 'لست متأكدًا'),
    disagree: w('Disagree', 'Anghytuno', 'لا أوافق'),
  },
  'yes-no': {
    yes: w('Yes', 'Ie', 'نعم'),
    no: w('No', 'Na', 'لا'),
    'not-sure': w('Not sure', 'Ddim yn siŵr', 'لست متأكدًا'),
  },
};

/** A question's possible answers in its order, with their words (null for a 0–10 point, whose number is its words). */
export function answerOptions(q: SurveyQuestion): { value: string; label: SurveyWords | null }[] {
  switch (q.type) {
    case 'faces':
    case 'frequency':
    case 'agree':
    case 'yes-no':
      return Object.entries(FIXED_ANSWER_WORDS[q.type]).map(([value, label]) => ({ value, label }));
    case 'scale':
      return Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: null }));
    case 'single':
    case 'multiple':
      return (q.choices ?? []).map((c) => ({ value: c.id, label: c.text }));
    case 'text':
      return [];
  }
}

/**
 * The answers counted as good for "bright spots" and "areas to improve": faces 4–5, 'always' (all or most of the
 * time), 'agree', 'yes', 7–10 on a scale. For a `negative` question ("Are you picked on?") the other end: faces 1–2,
 * 'never' and 'hardly-ever', 'disagree', 'no', 0–3. Choice questions have no good answer (null).
 */
export function positiveAnswers(q: SurveyQuestion): readonly string[] | null {
  const neg = q.negative === true;
  switch (q.type) {
    case 'faces':
      return neg ? ['1', '2'] : ['4', '5'];
    case 'frequency':
      return neg ? ['never', 'hardly-ever'] : ['always'];
    case 'agree':
      return neg ? ['disagree'] : ['agree'];
    case 'yes-no':
      return neg ? ['no'] : ['yes'];
    case 'scale':
      return neg ? ['0', '1', '2', '3'] : ['7', '8', '9', '10'];
    default:
      return null;
  }
}
