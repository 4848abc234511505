// "A survey with a young person": the IRO chooses the age band and hands the device over; the child answers; at the
// hand-back the adult confirms, the answers are sealed for the council's key at once and only the sealed envelope is
// kept. Then the next young person, or the review's tally. Works offline once the surveys and key were fetched.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, type AgeBand, type SurveyVersion } from '../../../../shared/survey/definition';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { ChildRunner } from './child-runner';
import { ChildScreen, HandBack } from './child-view';
import { refreshKit, useKit } from './data/kit';
import { sealAndQueue } from './data/queue';
import { useSender } from './data/use-sender';
import { answersToSeal, monthOf } from './model/answers-to-seal';
import { QueueStatus } from './queue-status';
import { TallyForm } from './tally-form';
import { formatTime } from '../../../ui/staff/dates';

type Step =
  | { at: 'start' }
  | { at: 'child'; version: SurveyVersion }
  | { at: 'hand-back'; version: SurveyVersion; answers: Record<string, unknown> | null }
  | { at: 'sealed' | 'stopped' | 'tally' };

export function IroSurveyPage({ me, onError }: StaffScreenProps) {
  const { t, i18n } = useTranslation('survey-iro');
  const kit = useKit(me.council.id);
  const [step, setStep] = useState<Step>({ at: 'start' });
  const [band, setBand] = useState<AgeBand | null>(null);
  const [done, setDone] = useState<Partial<Record<AgeBand, number>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  useSender(onError);

  const refresh = () => {
    setRefreshing(true);
    refreshKit(me)
      .then(
        () => setProblem(null),
        () => setProblem(t('kit.offline')),
      )
      .finally(() => setRefreshing(false));
  };
  // Fetched afresh at each visit while online, so the kept copy is the newest; offline, the kept copy serves.
  useEffect(() => {
    refreshKit(me).catch(() => setProblem(t('kit.offline')));
  }, [me, t]);

  const versions = (kit?.surveys ?? []).filter((v) => v.kind !== 'pulse');
  const versionFor = (b: AgeBand) => versions.find((v) => v.band === b);

  if (step.at === 'child') {
    return (
      <ChildScreen>
        <ChildRunner
          version={step.version}
          onFinish={(answers) => setStep({ at: 'hand-back', version: step.version, answers })}
          onStop={() => setStep({ at: 'hand-back', version: step.version, answers: null })}
        />
      </ChildScreen>
    );
  }
  if (step.at === 'hand-back') {
    const confirm = async () => {
      const { version, answers } = step;
      let sealed = false;
      if (answers && !kit) setProblem(t('sealFailed'));
      if (answers && kit) {
        try {
          await sealAndQueue(
            { surveyId: version.id, version: version.version, answers: answersToSeal(version, answers), month: monthOf(new Date()) },
            kit.key,
          );
          setDone((d) => ({ ...d, [version.band]: (d[version.band] ?? 0) + 1 }));
          sealed = true;
        } catch {
          setProblem(t('sealFailed'));
        }
      }
      // The answers leave memory with this step: nothing of the child's session stays on screen. "Sealed" only when
      // they were; a failure is said (the problem above) and the IRO starts again.
      setStep({ at: sealed ? 'sealed' : answers ? 'start' : 'stopped' });
    };
    return (
      <ChildScreen>
        <HandBack finished={step.answers !== null} onConfirmed={() => void confirm()} />
      </ChildScreen>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {step.at === 'sealed' && (
        <p className="staff-notice" role="status">
          {t('after.sealed')}
        </p>
      )}
      {step.at === 'stopped' && (
        <p className="staff-notice" role="status">
          {t('after.stopped')}
        </p>
      )}
      {step.at === 'tally' ? (
        <TallyForm done={done} round={versions[0]?.round} onSaved={() => setStep({ at: 'start' })} onCancel={() => setStep({ at: 'start' })} />
      ) : (
        <>
          <p>{t('intro')}</p>
          {kit === null && <p className="error">{refreshing ? t('kit.fetching') : t('kit.none')}</p>}
          {kit && <p className="staff-meta">{t('kit.kept', { n: versions.length, at: formatTime(kit.savedAt, i18n.language) })}</p>}
          <fieldset className="staff-fieldset iro-bands">
            <legend>{t('chooseBand')}</legend>
            {AGE_BANDS.map((b) => (
              <label key={b} className="iro-band">
                <input type="radio" name="iro-band" value={b} checked={band === b} disabled={!versionFor(b)} onChange={() => setBand(b)} />
                {t(`bands.${b}`)}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button"
            disabled={!band || !versionFor(band)}
            onClick={() => {
              const version = band && versionFor(band);
              if (version) setStep({ at: 'child', version });
            }}
          >
            {step.at === 'start' ? t('handOver') : t('next')}
          </button>
          {me.roles.includes('iro') && (
            <button type="button" className="button button-secondary" onClick={() => setStep({ at: 'tally' })}>
              {t('recordTally')}
            </button>
          )}
          <button type="button" className="link-button" onClick={refresh} disabled={refreshing}>
            {t('kit.refresh')}
          </button>
        </>
      )}
      <QueueStatus />
    </>
  );
}
