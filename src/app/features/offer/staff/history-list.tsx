// Every published version of an item, newest first, with what changed in words and field by field.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { offerVersionSchema } from '../../../../shared/offer-staff';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed, type Attempt } from '../../../ui/staff/load-failed';
import { LocalizedView } from '../../../ui/staff/localized-fields';
import { FieldChanges } from './field-changes';

type Version = z.infer<typeof offerVersionSchema>;

/** `load`: the history's load; when it failed, the list says so with "Try again" instead of loading for ever. */
export function HistoryList({ versions, load }: { versions: readonly Version[] | null; load: Attempt }) {
  const { t } = useTranslation('offer-staff');
  const date = useDate();
  return (
    <section aria-labelledby="offer-history" className="offer-history">
      <h2 id="offer-history">{t('history.heading')}</h2>
      {versions === null && <LoadFailed load={load} words={(reason) => t('history.failed', { reason })} />}
      {versions === null && load.error === null && <p className="loading">{t('loading')}</p>}
      {versions?.length === 0 && <p>{t('history.none')}</p>}
      {versions && versions.length > 0 && (
        <ol className="staff-list">
          {versions.map((v) => (
            <li key={v.version} className="staff-card">
              <h3 className="staff-card-title">{t('history.version', { n: v.version })}</h3>
              <p className="staff-meta">{t('history.by', { date: date(v.publishedAt), name: v.publishedBy })}</p>
              {v.changeNote ? <LocalizedView text={v.changeNote} /> : <p className="staff-meta">{t('history.noNote')}</p>}
              <FieldChanges changes={v.changes} version={v.version} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
