// One question's answers, by its type: faces with words, the fixed scales, 0–10, choices, or free text. Every answer
// is a big target with its words read aloud beside it; the question's own words are read aloud by the runner.
import { useTranslation } from 'react-i18next';
import type { SurveyQuestion } from '../../../../shared/survey/definition';
import { AGREE_ANSWERS, FACE_ANSWERS, FREQUENCY_ANSWERS, SCALE_MAX, SCALE_MIN, YES_NO_ANSWERS } from '../../../../shared/survey/rules';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../shared/text-limits';
import { Choice } from '../../../ui/read-aloud';
import { Face } from './face';

const FIXED = { faces: FACE_ANSWERS, frequency: FREQUENCY_ANSWERS, agree: AGREE_ANSWERS, 'yes-no': YES_NO_ANSWERS } as const;
const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

export interface QuestionViewProps {
  question: SurveyQuestion;
  lang: 'en' | 'cy' | 'ar';
  /** The id of the question's words (the group's name). */
  labelId: string;
  value: unknown;
  onAnswer: (value: unknown) => void;
}

export function QuestionView({ question: q, lang, labelId, value, onAnswer }: QuestionViewProps) {
  const { t } = useTranslation('surveys');
  const name = `survey-${q.id}`;
  // The question's own hint (staff may write one for any question); a text question shows it in place of "don't write names".
  const ownHintId = `${name}-own-hint`;
  const ownHint = q.hint && q.type !== 'text' && (
    <p id={ownHintId} className="survey-hint">
      {q.hint[lang]}
    </p>
  );
  const described = (...ids: (string | undefined)[]) => [ownHint ? ownHintId : undefined, ...ids].filter(Boolean).join(' ') || undefined;

  if (q.type === 'text') {
    const hintId = `${name}-hint`;
    return (
      <div className="survey-text">
        <p id={hintId} className="survey-hint">
          {q.hint ? q.hint[lang] : t('question.noNames')}
        </p>
        <textarea
          id={name}
          aria-labelledby={labelId}
          aria-describedby={hintId}
          maxLength={MAX_YOUNG_PERSON_TEXT}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onAnswer(e.target.value)}
        />
      </div>
    );
  }

  if (q.type === 'scale') {
    const ends = q.scaleEnds;
    const endsId = `${name}-ends`;
    return (
      <fieldset className="survey-answers survey-scale" aria-labelledby={labelId} aria-describedby={described(ends ? endsId : undefined)}>
        {ownHint}
        {ends && (
          <p id={endsId} className="survey-hint">
            {t('question.scaleEnds', { min: ends.min[lang], max: ends.max[lang] })}
          </p>
        )}
        <div className="survey-scale-row">
          {SCALE.map((n) => (
            <label key={n} className="survey-scale-option">
              <input type="radio" name={name} value={n} checked={value === n} onChange={() => onAnswer(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  const multiple = q.type === 'multiple';
  const options: { id: string; text: string }[] =
    q.type === 'single' || q.type === 'multiple'
      ? (q.choices ?? []).map((c) => ({ id: c.id, text: c.text[lang] }))
      : FIXED[q.type].map((id) => ({ id, text: t(`answers.${q.type}.${id}`) }));
  const chosen = Array.isArray(value) ? value.map(String) : [];
  const toggle = (id: string) => onAnswer(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  const hintId = `${name}-hint`;

  return (
    <fieldset className={`survey-answers survey-${q.type}`} aria-labelledby={labelId} aria-describedby={described(multiple ? hintId : undefined)}>
      {ownHint}
      {multiple && (
        <p id={hintId} className="survey-hint">
          {t('question.chooseAny')}
        </p>
      )}
      {options.map((o) => (
        <Choice key={o.id} text={o.text} lang={lang} className="survey-choice">
          <label className="survey-option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={o.id}
              checked={multiple ? chosen.includes(o.id) : value === o.id}
              onChange={() => (multiple ? toggle(o.id) : onAnswer(o.id))}
            />
            {q.type === 'faces' && <Face answer={o.id} />}
            <span>{o.text}</span>
          </label>
        </Choice>
      ))}
    </fieldset>
  );
}
