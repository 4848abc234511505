// One question of a draft: its words, read-aloud words and hint in English, Welsh and Arabic, its domain, its choices
// or the ends of its scale, when it is shown (its condition on an earlier answer), whether trends still compare it, and
// buttons to preview, move or remove it.
import { useTranslation } from 'react-i18next';
import { SURVEY_DOMAINS, type SurveyQuestion, type SurveyWords } from '../../../../shared/survey/definition';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { addChoice, blankWords } from './model/edit-model';
import { RuleEditor } from './rule-editor';

interface Props {
  question: SurveyQuestion;
  index: number;
  count: number;
  state: 'kept' | 'changed' | 'new' | null;
  /** The questions before this one (its condition may name one of them). */
  earlier: readonly SurveyQuestion[];
  /** What is wrong with its condition, if anything. */
  ruleProblems: readonly string[];
  onChange: (q: SurveyQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onPreview: () => void;
}

export function QuestionEditor({ question: q, index, count, state, earlier, ruleProblems, onChange, onMove, onRemove, onPreview }: Props) {
  const { t } = useTranslation('survey-authoring');
  const id = `q${index}`;
  const words = (field: string, value: SurveyWords, set: (w: SurveyWords) => void, required = true) => (
    <LocalizedFields id={`${id}-${field}`} field={t(`editor.${field}`, { n: index + 1 })} value={value} onChange={set} required={required} />
  );
  return (
    <li className="stack staff-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t('editor.questionTitle', { n: index + 1, type: t(`types.${q.type}`) })} <span className="staff-meta">({q.id})</span>
      </h3>
      {state && <p className="staff-meta">{t(`editor.state.${state}`)}</p>}
      {words('text', q.text, (text) => onChange({ ...q, text }))}
      {words('readAloud', q.readAloud ?? blankWords(), (readAloud) => onChange({ ...q, readAloud }))}
      {words('hint', q.hint ?? blankWords(), (hint) => onChange({ ...q, hint }), false)}
      <label htmlFor={`${id}-domain`}>{t('editor.domain')}</label>
      <select id={`${id}-domain`} value={q.domain} onChange={(e) => onChange({ ...q, domain: e.target.value as SurveyQuestion['domain'] })}>
        {SURVEY_DOMAINS.map((d) => (
          <option key={d} value={d}>
            {t(`domains.${d}`)}
          </option>
        ))}
      </select>
      {q.scaleEnds && (
        <>
          {words('scaleMin', q.scaleEnds.min, (min) => onChange({ ...q, scaleEnds: { ...q.scaleEnds!, min } }))}
          {words('scaleMax', q.scaleEnds.max, (max) => onChange({ ...q, scaleEnds: { ...q.scaleEnds!, max } }))}
        </>
      )}
      {q.choices && (
        <fieldset className="stack">
          <legend>{t('editor.choices')}</legend>
          {q.choices.map((c, ci) => (
            <div key={c.id} className="stack">
              <LocalizedFields
                id={`${id}-choice-${c.id}`}
                field={t('editor.choice', { n: ci + 1 })}
                value={c.text}
                onChange={(text) => onChange({ ...q, choices: q.choices!.map((x) => (x.id === c.id ? { ...x, text } : x)) })}
                required
              />
              {q.choices!.length > 2 && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onChange({ ...q, choices: q.choices!.filter((x) => x.id !== c.id) })}
                >
                  {t('editor.removeChoice', { n: ci + 1 })}
                </button>
              )}
            </div>
          ))}
          {q.choices.length < 12 && (
            <button type="button" className="button button-secondary" onClick={() => onChange(addChoice(q))}>
              {t('editor.addChoice')}
            </button>
          )}
        </fieldset>
      )}
      <RuleEditor id={id} question={q} earlier={earlier} problems={ruleProblems} onChange={onChange} />
      <div className="staff-actions">
        <button type="button" className="button button-secondary" onClick={onPreview}>
          {t('editor.preview', { n: index + 1 })}
        </button>
        <button type="button" className="button button-secondary" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('editor.up', { n: index + 1 })}
        </button>
        <button type="button" className="button button-secondary" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('editor.down', { n: index + 1 })}
        </button>
        <button type="button" className="button button-secondary" disabled={count === 1} onClick={onRemove}>
          {t('editor.remove', { n: index + 1 })}
        </button>
      </div>
    </li>
  );
}
