// The audit log (admin): who did what, newest first, a page at a time.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../shared/staff';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { listAudit } from './api';
import { formatTime } from '../../../ui/staff/dates';

export function AuditPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t, i18n } = useTranslation('staff');
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [next, setNext] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const loadMore = useCallback(
    (before?: number) => {
      listAudit(before).then(
        (p) => {
          setEntries((old) => (before ? [...old, ...p.entries] : p.entries));
          setNext(p.nextBefore);
        },
        (e: unknown) => {
          onError(e);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [onError],
  );
  useEffect(() => loadMore(), [loadMore]);

  return (
    <>
      <h1>{t('audit.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="staff-table-wrap">
        <table className="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatTime(e.at, i18n.language)}</td>
                <td>{e.staff?.name ?? t('audit.system')}</td>
                <td>
                  {e.action}
                  {typeof e.detail.reason === 'string' && ` — ${e.detail.reason}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {typeof next === 'number' && (
        <button type="button" className="button button-secondary" onClick={() => loadMore(next)}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
