// What a request looks like to the young person, wherever it is read: this phone's own (from the pull) or one looked
// up by reference and check code. The stage, what happens next and by when, messages both ways, a reply, "ask for the
// next stage" and, after the last stage, the Ombudsman. How replies and asks are sent is the caller's.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '../../../../shared/requests/request';
import { formatDay } from '../../../ui/format-day';
import { nextStep, OMBUDSMEN, showOmbudsman, stagesOf, escalateTo } from '../model/request-status';
import { EscalateBox } from './escalate-box';
import { RequestMessages, type PendingMessage } from './request-messages';

export interface RequestActions {
  reply: (text: string) => Promise<void>;
  escalate: (toStage: 2 | 3, reason: string) => Promise<void>;
  /** Why replying and asking cannot be done now (offline on a borrowed phone), or null. */
  blocked: string | null;
  /** Replies still on this phone, not sent yet or refused. */
  pending: readonly PendingMessage[];
  /** A stage this phone asked for that has not been delivered yet. */
  askedFor: number | null;
}

export function RequestDetail({ view, actions, code }: { view: RequestView; actions: RequestActions; code?: ReactNode }) {
  const { t, i18n } = useTranslation('requests');
  const day = (d: string) => formatDay(d, i18n.language);
  const step = nextStep(view);
  const to = escalateTo(view);
  return (
    <div className="requests-detail">
      <section className="requests-ref card" aria-labelledby="request-ref">
        <h2 id="request-ref">{t('request.reference')}</h2>
        <p className="requests-ref-value" dir="ltr">
          {view.ref}
        </p>
        {code}
      </section>
      <section aria-labelledby="request-next">
        <p className="requests-kind">
          {t(`kind.${view.kind}`)} · {t('request.stage', { stage: view.stage, total: Math.max(stagesOf(view), view.stage) })}
        </p>
        <p>{t('request.received', { date: day(view.receivedOn) })}</p>
        <h2 id="request-next">{t('request.next.title')}</h2>
        <p className="requests-next" data-next={step}>
          {t(`request.next.${step}`, {
            date: day((step === 'stopped' ? view.clockStoppedSince : step === 'due' ? view.dueOn : view.respondedOn) ?? view.receivedOn),
          })}
        </p>
        {step === 'can-ask-next' && view.nextStageBy && <p>{t('request.next.can-ask-next-by', { date: day(view.nextStageBy) })}</p>}
        {(step === 'due' || step === 'can-ask-next') && <p className="requests-hint">{t('request.workingDays')}</p>}
        {view.outcome && <p>{t(`request.outcome.${view.outcome}`)}</p>}
        {view.advocacy !== 'not-asked' && <p>{t(`request.advocacy.${view.advocacy}`)}</p>}
      </section>
      {to !== null && (
        <EscalateBox toStage={to} asked={actions.askedFor === to} blocked={actions.blocked} onAsk={(reason) => actions.escalate(to, reason)} />
      )}
      {to === null && actions.askedFor !== null && actions.askedFor > view.stage && (
        <p className="requests-note" role="status">
          {t('request.escalate.waiting', { stage: actions.askedFor })}
        </p>
      )}
      <RequestMessages messages={view.messages} pending={actions.pending} blocked={actions.blocked} onReply={actions.reply} />
      {showOmbudsman(view) && view.ombudsman && (
        <section className="requests-ombudsman card" aria-labelledby="request-ombudsman">
          <h2 id="request-ombudsman">{t('request.ombudsman.title')}</h2>
          <p>{t(`request.ombudsman.${view.ombudsman}`)}</p>
          <p dir="auto">{t('request.ombudsman.phone', { phone: `\u2066${OMBUDSMEN[view.ombudsman].phone}\u2069` })}</p>
          <p dir="auto">{t('request.ombudsman.web', { web: `\u2066${OMBUDSMEN[view.ombudsman].web}\u2069` })}</p>
        </section>
      )}
    </div>
  );
}
