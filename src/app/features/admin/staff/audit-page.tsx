// The audit log (admin): who did what, newest first, a page at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPage as AuditLogPage } from '../../../../shared/staff';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listAudit } from './api';
import { formatTime } from '../../../ui/staff/dates';

export function AuditPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t, i18n } = useTranslation('staff');
  // The newest page, loaded on opening (and on "Try again").
  const first = useStaffData(listAudit, onError);
  // The older pages asked for with "More", in order.
  const [older, setOlder] = useState<AuditLogPage[]>([]);
  // An older page that could not be loaded ("More" stays, to ask again; the first page's failure is said by LoadFailed).
  const [error, setError] = useState<string | null>(null);
  const pages = first.data ? [first.data, ...older] : [];
  const entries = pages.flatMap((p) => p.entries);
  const next = pages.at(-1)?.nextBefore;

  const loadMore = (before: number) => {
    listAudit(before).then(
      (p) => setOlder((old) => [...old, p]),
      (e: unknown) => {
        onError(e);
        setError(errorText(e));
      },
    );
  };

  return (
    <>
      <h1>{t('audit.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <LoadFailed load={first} />
      {!first.data && first.error === null && <p className="loading">{t('loading')}</p>}
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
