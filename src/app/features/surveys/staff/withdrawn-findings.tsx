// Findings withdrawn after they were published to young people, on the results page: what each said, who withdrew it,
// when and why, newest withdrawal first. Phones no longer show them; staff keep the record here.
import { useTranslation } from 'react-i18next';
import type { WithdrawnFinding } from '../../../../shared/survey/authoring';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { loadWithdrawnFindings } from './api';

export function WithdrawnFindings({ onError }: { onError: (e: unknown) => void }) {
  const { t } = useTranslation('survey-results');
  const date = useDate();
  const list = useStaffData(loadWithdrawnFindings, onError);
  return (
    <section className="stack survey-withdrawn" aria-labelledby="survey-withdrawn-title">
      <h2 id="survey-withdrawn-title">{t('withdrawn.title')}</h2>
      <p className="no-print">{t('withdrawn.intro')}</p>
      <LoadFailed load={list} />
      {list.data === null && list.error === null && <p className="loading">{t('loading')}</p>}
      {list.data?.length === 0 && <p>{t('withdrawn.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="stack">
          {list.data.map((f: WithdrawnFinding) => (
            <li key={f.id} className="stack staff-card">
              <p className="staff-meta">{t('withdrawn.when', { round: f.round, published: date(f.publishedAt), withdrawn: date(f.withdrawnAt) })}</p>
              <p>
                <strong>{t('withdrawn.told')}</strong> {f.told.en}
              </p>
              <p>
                <strong>{t('withdrawn.willDo')}</strong> {f.willDo.en}
              </p>
              <p>
                <strong>{t('withdrawn.by')}</strong> {f.withdrawnBy ?? t('withdrawn.byUnknown')}
              </p>
              <p>
                <strong>{t('withdrawn.why')}</strong> {f.reason ?? t('withdrawn.whyUnknown')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
