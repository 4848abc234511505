// One request, everything about it: the young person's words, how (and when) it is safe to reach them, every stage
// with its clock, everything that happened, and what staff can do next.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestCase } from '../../../../shared/requests/staff';
import { loadCase } from '../../../api/staff/requests';
import { Link } from '../../../ui/router';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { CaseActions } from './case-actions';
import { CaseContact, CaseHistory, CaseStages } from './case-details';
import { ClockBadge } from './clock-badge';

export function CasePage({ id, onError }: StaffScreenProps & { id: string }) {
  const { t } = useTranslation('requests-staff');
  const load = useCallback(() => loadCase(id), [id]);
  const request = useStaffData(load, onError);
  const { data, error, setData } = request;
  return (
    <>
      <p>
        <Link href="/staff/requests">{t('case.back')}</Link>
      </p>
      <LoadFailed load={request} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && <CaseView c={data} onChanged={setData} onError={onError} />}
    </>
  );
}

function CaseView({ c, onChanged, onError }: { c: RequestCase; onChanged: (c: RequestCase) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('requests-staff');
  const flags = [
    c.urgent && t('item.urgent'),
    c.safety && t('item.safety'),
    c.flags.overAYear && t('case.overAYear'),
    c.flags.lateEscalation && t('case.lateEscalation'),
  ].filter((f): f is string => Boolean(f));
  return (
    <>
      <h1>
        <bdi>{c.ref}</bdi> — {t(`kinds.${c.kind}`)}: {t(`topics.${c.topic}`)}
      </h1>
      <p className="staff-meta">
        {c.kind === 'complaint' && <>{t('item.stage', { n: c.stage })} · </>}
        {t(`statuses.${c.status}`)}
        {c.clock && (
          <>
            {' '}
            · <ClockBadge state={c.clock} />
          </>
        )}{' '}
        · {c.assignedTo ? t('item.assigned', { name: c.assignedTo.name }) : t('item.notAssigned')}
      </p>
      {flags.length > 0 && (
        <section aria-labelledby="case-flags" className="requests-out-of-hours">
          <h2 id="case-flags">{t('case.flags')}</h2>
          <ul>
            {flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="case-words">
        <h2 id="case-words">{t('case.words')}</h2>
        {c.details && (
          <>
            <h3 className="staff-small-heading">{t('case.details')}</h3>
            <p className="requests-words">{c.details}</p>
          </>
        )}
        {c.wanted && (
          <>
            <h3 className="staff-small-heading">{t('case.wanted')}</h3>
            <p className="requests-words">{c.wanted}</p>
          </>
        )}
        {c.offerItem && (
          <>
            <h3 className="staff-small-heading">{t('case.offerItem')}</h3>
            <p>{c.offerItem.title ?? c.offerItem.id}</p>
          </>
        )}
      </section>
      <CaseContact c={c} />
      <CaseStages c={c} />
      <CaseActions c={c} onChanged={onChanged} onError={onError} />
      <CaseHistory c={c} />
    </>
  );
}
