// The form, one step per screen with "Step 2 of 6", Back and Next, read-aloud, and Send on the last step. Every change
// is saved as a draft on this phone at once. The safety check reads the words when the young person leaves the "what
// happened" step: words it doubts open the "I don't feel safe" help at once and the request goes as urgent.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloud } from '../../../ui/read-aloud';
import { openSafetyHelp } from '../../../ui/safety-events';
import { navigate } from '../../../ui/router';
import { useOnline } from '../../../ui/use-online';
import { discardRequestDraft, saveRequestDraft, sendRequest, type RequestDraft } from '../data/request-drafts';
import { firstProblemStep, stepProblem, stepsOf, wordsOf, type FormKind, type RequestAnswers, type StepKey } from '../model/request-form';
import { ContactStep } from './contact-step';
import { AdvocateStep, LanguageStep, TopicStep, WhatStep, WhenStep, WhoStep, type StepProps } from './form-steps';
import { SendSummary } from './send-step';
import { checkWords, loadWordsCheck } from '../../../council/words-check';
import { NotKept, useKeep } from '../../../ui/kit/kept';

const STEP_VIEW: Record<Exclude<StepKey, 'send'>, (p: StepProps) => React.JSX.Element> = {
  topic: TopicStep,
  what: WhatStep,
  when: WhenStep,
  who: WhoStep,
  contact: ContactStep,
  advocate: AdvocateStep,
  language: LanguageStep,
};

/** `leave` is where Back goes from the first step ("Ask for help", or the offer item a question is about). */
export function RequestForm({ door, initial, leave = '/help' }: { door: FormKind; initial: RequestDraft | null; leave?: string }) {
  const { t } = useTranslation('requests');
  const online = useOnline();
  const steps = stepsOf(door);
  const [draft, setDraft] = useState<RequestDraft>(() => ({
    step: Math.min(initial?.step ?? 0, steps.length - 1),
    answers: initial?.answers ?? {},
    ...(initial?.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
  }));
  const [saveFailed, setSaveFailed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState<'no' | 'yes' | 'failed'>('no');
  const [cleared, setCleared] = useState(false);
  const clear = useKeep();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const step = steps[draft.step] ?? 'send';
  const answers = draft.answers;
  const labelId = 'request-step';

  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [draft.step]);
  // The check loads when the "what happened" step comes on screen, so Next does not wait for it.
  useEffect(() => {
    if (step === 'what') void loadWordsCheck().catch(() => undefined);
  }, [step]);

  const save = (next: RequestDraft) => {
    setDraft(next);
    saveRequestDraft(door, next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };
  const change = (patch: Partial<RequestAnswers>) => {
    setProblem(null);
    setCleared(false);
    save({ ...draft, answers: { ...answers, ...patch } });
  };

  const forward = async () => {
    const why = stepProblem(step, answers);
    if (why) return setProblem(t(`form.problem.${why}`));
    let flagged = draft.flaggedOnDevice === true;
    if (step === 'what') {
      // If the check cannot load, the words go on unchecked here: the server runs the same check when they arrive.
      const check = await checkWords(wordsOf(answers)).catch(() => null);
      if (check?.disclosure) flagged = true;
    }
    save({ ...draft, step: draft.step + 1, ...(flagged ? { flaggedOnDevice: true } : {}) });
    if (flagged && !draft.flaggedOnDevice) openSafetyHelp();
  };
  const back = () => {
    setProblem(null);
    if (draft.step === 0) navigate(leave);
    else save({ ...draft, step: draft.step - 1 });
  };
  const startAgain = () => {
    setProblem(null);
    // The answers leave the screen only once the draft has left the phone: a draft that could not be deleted would
    // come back the next time the form opens, so they stay on screen and the button says it did not work.
    clear.keep(
      () => discardRequestDraft(door),
      () => {
        // A question stays about its offer item.
        setDraft({ step: 0, answers: answers.offerItemId ? { offerItemId: answers.offerItemId } : {} });
        setCleared(true);
      },
    );
  };
  const send = async () => {
    const missing = firstProblemStep(door, answers);
    if (missing >= 0) {
      save({ ...draft, step: missing });
      return setProblem(t(`form.problem.${stepProblem(steps[missing] ?? 'send', answers) ?? 'details'}`));
    }
    setSending('yes');
    try {
      const id = await sendRequest(door, answers, draft.flaggedOnDevice === true);
      navigate(`/help/mine/${id}`);
    } catch {
      setSending('failed');
    }
  };

  const title = step === 'send' ? t('form.send.title') : stepTitle(t, door, step);
  const View = step === 'send' ? null : STEP_VIEW[step];
  return (
    <div className="requests-form">
      {!online && <p className="requests-note">{t('form.offline')}</p>}
      <div className="requests-progress">
        <p className="requests-progress-text">{t('form.progress', { n: draft.step + 1, total: steps.length })}</p>
        <progress
          max={steps.length}
          value={draft.step + 1}
          aria-label={t('form.progressLabel')}
          aria-valuetext={t('form.progress', { n: draft.step + 1, total: steps.length })}
        />
      </div>
      <div className="requests-step-title">
        <h2 id={labelId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <ReadAloud text={title} label={t('common:readAloud.choice', { text: title })} />
      </div>
      {door === 'contact-me' && step === 'contact' && <p>{t('form.contact.introContactMe')}</p>}
      {View ? (
        <View door={door} answers={answers} change={change} labelId={labelId} />
      ) : (
        <SendSummary door={door} answers={answers} urgent={door === 'contact-me' || draft.flaggedOnDevice === true} />
      )}
      {problem && (
        <p className="requests-problem" role="alert">
          {problem}
        </p>
      )}
      {saveFailed && (
        <p className="requests-problem" role="alert">
          {t('form.saveFailed')}
        </p>
      )}
      {sending === 'failed' && (
        <p className="requests-problem" role="alert">
          {t('form.send.failed')}
        </p>
      )}
      <div className="requests-nav">
        <button type="button" className="button button-secondary" onClick={back}>
          {t('form.back')}
        </button>
        {step === 'send' ? (
          <button type="button" className="button" disabled={sending === 'yes'} onClick={() => void send()}>
            {sending === 'yes' ? t('form.send.sending') : t('form.send.send')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void forward()}>
            {t('form.next')}
          </button>
        )}
      </div>
      {Object.keys(answers).some((k) => k !== 'offerItemId') && (
        <button type="button" className="button button-secondary requests-start-again" onClick={startAgain}>
          {t('form.startAgain')}
        </button>
      )}
      <NotKept shown={clear.failed()} className="requests-problem" />
      <p role="status" className="requests-hint">
        {cleared ? t('form.startAgainDone') : ''}
      </p>
    </div>
  );
}

type T = ReturnType<typeof useTranslation<'requests'>>['t'];
function stepTitle(t: T, door: FormKind, step: Exclude<StepKey, 'send'>): string {
  if (step === 'what' && door === 'compliment') return t('form.what.titleCompliment');
  if (step === 'what' && door === 'question') return t('form.what.titleQuestion');
  if (step === 'contact' && door === 'contact-me') return t('form.contact.titleContactMe');
  return t(`form.${step}.title`);
}
