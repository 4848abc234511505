// A question's condition (showIf): "Show this question only when question N is answered …", chosen from the earlier
// questions and the answers they can have. The contract's checks run on every change: a rule on a question that is
// no longer earlier, or on an answer it can never have, is shown here as a problem (and publishing stops).
import { useTranslation } from 'react-i18next';
import { answerOptions } from '../../../../shared/survey/answer-words';
import type { SurveyQuestion } from '../../../../shared/survey/definition';

interface Props {
  id: string;
  question: SurveyQuestion;
  /** The questions before this one, in order (a rule only looks back). */
  earlier: readonly SurveyQuestion[];
  /** What the contract says is wrong with this question's rule (empty when it is sound). */
  problems: readonly string[];
  onChange: (q: SurveyQuestion) => void;
}

/** The answers a rule can name for `q` (free text has none). */
const ruleAnswers = (q: SurveyQuestion) => answerOptions(q).map((o) => ({ value: o.value, label: o.label?.en ?? o.value }));

export function RuleEditor({ id, question: q, earlier, problems, onChange }: Props) {
  const { t } = useTranslation('survey-authoring');
  const rule = q.showIf;
  const on = rule ? earlier.find((e) => e.id === rule.questionId) : undefined;
  const choices = earlier.filter((e) => e.type !== 'text');
  const problemId = `${id}-rule-problem`;

  const setOn = (questionId: string) => {
    const { showIf: _old, ...rest } = q;
    onChange(questionId ? { ...rest, showIf: { questionId, anyOf: rule?.questionId === questionId ? rule.anyOf : [] } } : rest);
  };
  const toggle = (value: string) => {
    if (!rule) return;
    const anyOf = rule.anyOf.includes(value) ? rule.anyOf.filter((a) => a !== value) : [...rule.anyOf, value];
    onChange({ ...q, showIf: { ...rule, anyOf } });
  };

  return (
    <fieldset className="stack staff-rule" aria-describedby={problems.length > 0 ? problemId : undefined}>
      <legend>{t('rule.legend')}</legend>
      <label htmlFor={`${id}-rule-on`}>{t('rule.on')}</label>
      <select id={`${id}-rule-on`} value={rule?.questionId ?? ''} onChange={(e) => setOn(e.target.value)}>
        <option value="">{t('rule.always')}</option>
        {rule && !on && <option value={rule.questionId}>{t('rule.missing', { id: rule.questionId })}</option>}
        {choices.map((e) => (
          <option key={e.id} value={e.id}>
            {t('rule.question', { n: earlier.indexOf(e) + 1, text: e.text.en || t('editor.noWords') })}
          </option>
        ))}
      </select>
      {rule && on && (
        <fieldset className="stack">
          <legend>{t('rule.anyOf', { n: earlier.indexOf(on) + 1 })}</legend>
          {ruleAnswers(on).map((a) => (
            <label key={a.value} className="staff-rule-answer">
              <input type="checkbox" checked={rule.anyOf.includes(a.value)} onChange={() => toggle(a.value)} /> {a.label || t('editor.noWords')}
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul id={problemId} className="error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
