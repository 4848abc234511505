// The survey as the child sees it on the IRO's device: one question per screen, "Question 3 of 31", Back and Skip or
// Next, read-aloud on the question and on every answer (the answers drawn by the young person's own QuestionView). Answers live in this component's memory only (never in
// IndexedDB or localStorage); `onFinish` hands them over to be sealed, and unmounting drops them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isShown, type SurveyVersion } from '../../../../shared/survey/definition';
import { Button } from '../../../ui/kit/button';
import { ReadAloud } from '../../../ui/read-aloud';
import { openSafetyHelp } from '../../../ui/safety-events';
import { QuestionView } from '../components/question-view';
import '../components/surveys.css';

/** What any survey runner used on the IRO's device takes (the young person's own runner fits it too). */
export interface IroRunnerProps {
  version: SurveyVersion;
  /** The finished answers, to be sealed at once. */
  onFinish: (answers: Record<string, unknown>) => void;
  /** The child stopped: nothing is kept. */
  onStop: () => void;
}

type Lang = 'en' | 'cy' | 'ar';
const langOf = (lng: string): Lang => (lng === 'cy' || lng === 'ar' ? lng : 'en');

/** The next question shown after `from` (the list's length when none is left). */
function nextShown(version: SurveyVersion, answers: Record<string, unknown>, from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < version.questions.length; i += step) if (isShown(version.questions[i]!, answers)) return i;
  return step === 1 ? version.questions.length : from;
}

export function ChildRunner({ version, onFinish, onStop }: IroRunnerProps) {
  const { t, i18n } = useTranslation('survey-iro');
  const lang = langOf(i18n.language);
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [index, setIndex] = useState(() => nextShown(version, {}, -1, 1));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);

  const question = version.questions[index];
  const shownCount = version.questions.filter((q) => isShown(q, answers)).length;
  const place = version.questions.slice(0, index + 1).filter((q) => isShown(q, answers)).length;
  const answer = question ? answers[question.id] : undefined;
  const answered = answer !== undefined && answer !== '' && !(Array.isArray(answer) && answer.length === 0);

  const set = (value: unknown) => {
    if (!question) return;
    const next = { ...answers };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[question.id];
    else next[question.id] = value;
    setAnswers(next);
    if (question.unsafeIf?.some((u) => u === value || (Array.isArray(value) && value.includes(u)))) openSafetyHelp('asked');
  };

  if (!question) {
    return (
      <section className="iro-child-end">
        <h2 ref={heading} tabIndex={-1} lang={lang}>
          {t('child.doneTitle')}
        </h2>
        <p>{t('child.doneText')}</p>
        <Button block onClick={() => onFinish(answers)}>
          {t('child.finish')}
        </Button>
        <Button block variant="secondary" onClick={() => setIndex(nextShown(version, answers, index, -1))}>
          {t('child.back')}
        </Button>
      </section>
    );
  }

  const words = question.text[lang];
  return (
    <section className="iro-question" aria-labelledby="iro-question-text">
      <p className="iro-progress">{t('child.progress', { n: place, total: shownCount })}</p>
      <progress max={shownCount} value={place} aria-hidden="true" />
      <div className="screen-title">
        <h2 id="iro-question-text" ref={heading} tabIndex={-1} lang={lang}>
          {words}
        </h2>
        <ReadAloud text={question.readAloud?.[lang] ?? words} lang={lang} />
      </div>
      {/* The same answers as on the young person's own phone: one component for faces, scales, choices and words. */}
      <QuestionView key={question.id} question={question} lang={lang} labelId="iro-question-text" value={answer} onAnswer={set} />
      <div className="iro-question-actions">
        <Button variant="secondary" onClick={() => setIndex(nextShown(version, answers, index, -1))} disabled={place <= 1}>
          {t('child.back')}
        </Button>
        <Button onClick={() => setIndex(nextShown(version, answers, index, 1))}>{answered ? t('child.next') : t('child.skip')}</Button>
      </div>
      <button type="button" className="link-button iro-stop" onClick={onStop}>
        {t('child.stop')}
      </button>
    </section>
  );
}
