// One question of a paper return, as the right control for its type: a list for one answer (faces, frequency, agree,
// yes/no, a 0–10 scale, a single choice), boxes to tick for several, a text box for words. Every one may be left blank.
import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN } from '../../../../shared/survey/definition';
import type { QuestionResult } from '../../../../shared/survey/results';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../shared/text';
import { useFigures } from './figures';

interface Props {
  question: QuestionResult;
  number: number;
  value: string | readonly string[] | undefined;
  onChange: (value: string | readonly string[]) => void;
}

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));

export function PaperQuestion({ question: q, number, value, onChange }: Props) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  const id = `paper-q-${q.id}`;
  const label = t('paper.questionLabel', { n: number, question: f.words(q.text) });

  if (q.type === 'multiple') {
    const ticked = Array.isArray(value) ? (value as readonly string[]) : [];
    return (
      <fieldset className="staff-fieldset survey-paper-question">
        <legend dir="auto">{label}</legend>
        {q.answers.map((a) => (
          <label key={a.value} className="survey-paper-tick" dir="auto">
            <input
              type="checkbox"
              checked={ticked.includes(a.value)}
              onChange={(e) => onChange(e.target.checked ? [...ticked, a.value] : ticked.filter((v) => v !== a.value))}
            />{' '}
            {a.label ? f.words(a.label) : a.value}
          </label>
        ))}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (q.type === 'text')
    return (
      <div className="stack survey-paper-question">
        <label htmlFor={id} dir="auto">
          {label}
        </label>
        <textarea id={id} rows={2} maxLength={MAX_YOUNG_PERSON_TEXT} value={text} onChange={(e) => onChange(e.target.value)} dir="auto" />
      </div>
    );
  const options =
    q.type === 'scale'
      ? SCALE.map((v) => ({ value: v, text: v }))
      : q.answers.map((a) => ({ value: a.value, text: a.label ? f.words(a.label) : a.value }));
  return (
    <div className="stack survey-paper-question">
      <label htmlFor={id} dir="auto">
        {label}
      </label>
      <select id={id} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('paper.noAnswer')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}
