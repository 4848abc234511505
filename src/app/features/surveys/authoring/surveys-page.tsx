// "How's life?" for staff: the council's surveys (each survey id with its versions; pulses apart), "Copy and adapt" to
// publish a survey's next version, a new pulse check-in, and the findings published to young people, with the form to
// publish one and a button to withdraw one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, navigate, usePath } from '../../../ui/router';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listFindings, listSurveys } from './api';
import { FindingForm } from './finding-form';
import { FindingList } from './finding-list';
import { SurveyEditor } from './survey-editor';

const day = (iso: string) => iso.slice(0, 10);
const HOME = '/staff/surveys';

export function SurveysPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('survey-authoring');
  const path = usePath();
  const surveys = useStaffData(listSurveys, onError);
  const findings = useStaffData(listFindings, onError);
  const [notice, setNotice] = useState<string | null>(null);
  const rounds = [...new Set((surveys.data ?? []).filter((s) => s.kind === 'round').map((s) => s.round))];
  const published = (message: string) => {
    setNotice(message);
    surveys.reload();
    navigate(HOME);
  };

  const copying = matchPath(`${HOME}/:id/edit`, path);
  const from = copying && surveys.data?.find((s) => s.id === copying.id);
  if (from)
    return (
      <SurveyEditor
        key={from.id}
        mode="copy"
        from={from.newest}
        onError={onError}
        onCancel={() => navigate(HOME)}
        onPublished={(v) => published(t('editor.publishedVersion', { version: v.version }))}
      />
    );
  if (path === `${HOME}/new-pulse`)
    return (
      <SurveyEditor
        mode="pulse"
        today={new Date().toISOString().slice(0, 10)}
        onError={onError}
        onCancel={() => navigate(HOME)}
        onPublished={() => published(t('editor.publishedPulse'))}
      />
    );

  return (
    <>
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <h2>{t('staff.surveys')}</h2>
      <p>
        <Link href={`${HOME}/new-pulse`} className="button">
          {t('editor.newPulse')}
        </Link>
      </p>
      {!surveys.data ? (
        <>
          <LoadFailed load={surveys} />
          {surveys.error === null && <p className="loading">{t('found.loading')}</p>}
        </>
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
              </span>{' '}
              <Link href={`${HOME}/${s.id}/edit`}>{t('editor.copy', { title: s.newest.title.en, band: s.band })}</Link>
            </li>
          ))}
        </ul>
      )}
      <FindingList
        findings={findings.data}
        load={findings}
        onError={onError}
        onWithdrawn={() => {
          setNotice(t('findings.withdrawn'));
          findings.reload();
        }}
      />
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
