// What waits on this device: sealed surveys and tallies not yet sent, and any the council's server refused, with its
// reason (never silently dropped): try again, or delete.
import { useTranslation } from 'react-i18next';
import { discardRefused, retryRefused, useQueue } from './data/queue';

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
            <li key={r.entryId} className="staff-card">
              <p className="error">{t(r.kind === 'sealed' ? 'queue.refusedSurvey' : 'queue.refusedTally', { reason: r.message })}</p>
              <button type="button" className="button button-secondary" onClick={() => void retryRefused(r.kind, r.entryId)}>
                {t('queue.retry')}
              </button>{' '}
              <button type="button" className="button button-danger" onClick={() => void discardRefused(r.kind, r.entryId)}>
                {t('queue.discard')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
