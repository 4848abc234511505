// What waits on this device: sealed surveys and tallies not yet sent, and any the council's server refused, with its
// reason (never silently dropped): try again, or delete.
import { useTranslation } from 'react-i18next';
import { discardRefused, retryRefused, useQueue, type QueueView } from './data/queue';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export function QueueStatus() {
  const { t } = useTranslation('survey-iro');
  const queue = useQueue();
  if (!queue) return null;
  return (
    <section className="iro-queue" aria-labelledby="iro-queue-title">
      <h2 id="iro-queue-title">{t('queue.title')}</h2>
      <p role="status" data-testid="iro-queue-count">
        {queue.sealedWaiting + queue.talliesWaiting === 0
          ? t('queue.allSent')
          : t('queue.waiting', { surveys: queue.sealedWaiting, tallies: queue.talliesWaiting })}
      </p>
      {queue.refused.length > 0 && (
        <ul className="iro-refused">
          {queue.refused.map((r) => (
            <Refused key={r.entryId} refused={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One refused survey or tally: a retry or delete that could not be written on this device says so, and it stays. */
function Refused({ refused: r }: { refused: QueueView['refused'][number] }) {
  const { t } = useTranslation('survey-iro');
  const written = useKeep();
  return (
    <li className="staff-card">
      <p className="error">{t(r.kind === 'sealed' ? 'queue.refusedSurvey' : 'queue.refusedTally', { reason: r.message })}</p>
      <button type="button" className="button button-secondary" onClick={() => written.keep(() => retryRefused(r.kind, r.entryId))}>
        {t('queue.retry')}
      </button>{' '}
      <button type="button" className="button button-danger" onClick={() => written.keep(() => discardRefused(r.kind, r.entryId))}>
        {t('queue.discard')}
      </button>
      <NotKept shown={written.failed()} className="error" />
    </li>
  );
}
