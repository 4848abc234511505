// One question per screen, with "Question 3 of 31", Back and Skip (or Next), read-aloud, and the "about you" step
// before sending. It knows nothing of storage: it starts from `initial`, hands every change to `onSave` at once (a
// failed save is said on screen) and the finished answers to `onSubmit` — so the young person's own phone and an IRO's
// shared device can keep the answers their own ways.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import type { SurveyGender } from '../../../../shared/survey/response';
import { ReadAloud } from '../../../ui/read-aloud';
import { openSafetyHelp } from '../../../ui/safety-events';
import { isAnswered, isUnsafeAnswer, nextShown, previousShown, progress, withAnswer, wordsLanguage } from '../model/survey-model';
import { AboutYou } from './about-you';
import { QuestionView } from './question-view';
import { checkWords, loadWordsCheck } from '../../../council/words-check';

export interface RunnerState {
  answers: Record<string, unknown>;
  /** The question on screen (its place in the version's list); the list's length is the "about you" step. */
  index: number;
  gender?: SurveyGender;
  /** The phone's safety check doubted a free-text answer. */
  flaggedOnDevice?: boolean;
}

export interface SurveyRunnerProps {
  version: SurveyVersion;
  initial: RunnerState;
  /** Keeps a change at once; a rejection is shown to the young person (and the change is tried again with the next). */
  onSave: (change: Partial<RunnerState>) => Promise<void>;
  /** Sends the finished survey; a rejection is shown and the young person can press Send again. */
  onSubmit: (finished: { answers: Record<string, unknown>; gender?: SurveyGender; flaggedOnDevice?: boolean }) => Promise<void>;
  /** Back from the first question. */
  onExit: () => void;
}

export function SurveyRunner({ version, initial, onSave, onSubmit, onExit }: SurveyRunnerProps) {
  const { t, i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const [state, setState] = useState<RunnerState>(() => ({ ...initial, index: nextShown(version, initial.answers, initial.index) }));
  const [saveFailed, setSaveFailed] = useState(false);
  const [sending, setSending] = useState<'no' | 'yes' | 'failed'>('no');
  const [detailsWarned, setDetailsWarned] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // A new question: focus its words, so a screen reader starts there (not on the first screen: the shell does that).
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [state.index]);

  const save = (change: Partial<RunnerState>) => {
    const next = { ...state, ...change };
    setState(next);
    // The whole state each time, so a save that failed is made good by the next one.
    onSave(next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };

  const { questions } = version;
  const question = questions[state.index];
  const labelId = 'survey-question';

  // The safety check loads when a text question comes on screen (never for a survey without one).
  useEffect(() => {
    if (question?.type === 'text') void loadWordsCheck().catch(() => undefined);
  }, [question?.type]);

  const answer = (value: unknown) => {
    if (!question) return;
    save({ answers: withAnswer(state.answers, question.id, value) });
    if (isUnsafeAnswer(question, value)) openSafetyHelp();
  };

  const forward = async () => {
    const value = question ? state.answers[question.id] : undefined;
    let flagged = state.flaggedOnDevice;
    if (question?.type === 'text' && typeof value === 'string' && isAnswered(value)) {
      // If the check cannot load, the words go on unchecked here: the server runs the same check before anyone reads them.
      const check = await checkWords(value).catch(() => null);
      if (check && !check.disclosure && check.personalDetails.length > 0 && detailsWarned !== question.id) {
        setDetailsWarned(question.id);
        return;
      }
      if (check?.disclosure) flagged = true;
    }
    setDetailsWarned(null);
    save({ index: nextShown(version, state.answers, state.index + 1), ...(flagged ? { flaggedOnDevice: true } : {}) });
    if (flagged && !state.flaggedOnDevice) openSafetyHelp();
  };

  const back = () => {
    setDetailsWarned(null);
    const i = previousShown(version, state.answers, state.index);
    if (i < 0) onExit();
    else save({ index: i });
  };

  const send = async () => {
    setSending('yes');
    try {
      await onSubmit({
        answers: state.answers,
        ...(state.gender ? { gender: state.gender } : {}),
        ...(state.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
      });
    } catch {
      setSending('failed');
    }
  };

  const saveProblem = saveFailed && (
    <p className="survey-problem" role="alert">
      {t('question.saveFailed')}
    </p>
  );

  if (!question) {
    return (
      <AboutYou
        gender={state.gender}
        onGender={(gender) => save({ gender })}
        onBack={back}
        onSend={() => void send()}
        sending={sending === 'yes'}
        problem={
          <>
            {saveProblem}
            {sending === 'failed' && (
              <p className="survey-problem" role="alert">
                {t('about.sendFailed')}
              </p>
            )}
          </>
        }
      />
    );
  }

  const { n, total } = progress(version, state.answers, state.index);
  const words = question.text[lang];
  const spoken = question.readAloud?.[lang] ?? words;
  const ends = question.scaleEnds;
  const answered = isAnswered(state.answers[question.id]);
  const progressText = t('question.progress', { n, total });

  return (
    <div className="survey-runner">
      <div className="survey-progress">
        <p className="survey-progress-text">{progressText}</p>
        <progress max={total} value={n} aria-label={t('question.progressLabel')} aria-valuetext={progressText} />
      </div>
      <div className="survey-question">
        <h2 id={labelId} ref={heading} tabIndex={-1}>
          {words}
        </h2>
        <ReadAloud
          text={ends ? `${spoken} ${t('question.scaleEnds', { min: ends.min[lang], max: ends.max[lang] })}` : spoken}
          lang={lang}
          label={t('common:readAloud.choice', { text: words })}
        />
      </div>
      <QuestionView key={question.id} question={question} lang={lang} labelId={labelId} value={state.answers[question.id]} onAnswer={answer} />
      {detailsWarned === question.id && (
        <p className="survey-warning" role="alert">
          {t('question.details')}
        </p>
      )}
      {saveProblem}
      <div className="survey-nav">
        <button type="button" className="button button-secondary" onClick={back}>
          {t('question.back')}
        </button>
        <button type="button" className="button" onClick={() => void forward()}>
          {answered ? t('question.next') : t('question.skip')}
        </button>
      </div>
    </div>
  );
}
