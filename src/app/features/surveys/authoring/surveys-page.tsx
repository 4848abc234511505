// "How's life?" for staff: the council's surveys (each survey id with its versions; pulses apart) and the findings
// published to young people, with the form to publish one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listFindings, listSurveys } from './api';
import { FindingForm } from './finding-form';

const day = (iso: string) => iso.slice(0, 10);

export function SurveysPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('survey-authoring');
  const surveys = useStaffData(listSurveys, onError);
  const findings = useStaffData(listFindings, onError);
  const [notice, setNotice] = useState<string | null>(null);
  const rounds = [...new Set((surveys.data ?? []).filter((s) => s.kind === 'round').map((s) => s.round))];
  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <h2>{t('staff.surveys')}</h2>
      {!surveys.data ? (
        <p className="loading">{t('found.loading')}</p>
      ) : surveys.data.length === 0 ? (
        <p>{t('staff.none')}</p>
      ) : (
        <ul className="stack">
          {surveys.data.map((s) => (
            <li key={s.id}>
              <strong>{s.newest.title.en}</strong>{' '}
              <span className="staff-meta">
                {t(s.kind === 'pulse' ? 'staff.pulse' : 'staff.round', { band: s.band, round: s.round })} ·{' '}
                {t('staff.version', { version: s.newest.version, count: s.versions.length, day: day(s.versions.at(-1)?.publishedAt ?? '') })}
                {s.newest.window && ` · ${t('staff.window', s.newest.window)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('findings.title')}</h2>
      {findings.data?.length === 0 && <p>{t('findings.none')}</p>}
      <ul className="stack">
        {findings.data?.map((f) => (
          <li key={f.id}>
            <span className="staff-meta">
              {f.round} · {day(f.publishedAt)}
            </span>
            <p>
              <strong>{t('found.told')}:</strong> {f.told.en}
            </p>
            <p>
              <strong>{t('found.willDo')}:</strong> {f.willDo.en}
            </p>
          </li>
        ))}
      </ul>
      {rounds.length > 0 && (
        <FindingForm
          rounds={rounds}
          onError={onError}
          onPublished={() => {
            setNotice(t('findings.published'));
            findings.reload();
          }}
        />
      )}
    </>
  );
}
