// "How's life?" on the young person's phone (/survey, and /survey/<id> for a pulse check-in): the age once, then the
// survey for their age band — its start, one question per screen, and thank you. Works offline throughout: the
// definitions come with the pull, the answers wait in a draft and the finished survey in the outbox.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import type { SurveyProfile } from '../../../storage/rows';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useRoute } from '../../../ui/router';
import { discardDraft, saveDraft, saveProfile, submitSurvey } from '../data/survey-data';
import { useDraft, useFinished, useProfile, useSurveys } from '../data/use-surveys';
import { bandForAge, doneKey, isAnswered, roundForBand, wordsLanguage } from '../model/survey-model';
import { AgePicker } from './age-picker';
import { SurveyRunner, type RunnerState } from './survey-runner';
import { SurveyStart } from './survey-start';
import { ThankYou } from './thank-you';
import './surveys.css';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export default function SurveyPage() {
  const { t } = useTranslation('surveys');
  const surveys = useSurveys();
  const profile = useProfile();
  const finished = useFinished();
  const pulseId = useRoute('/survey/:surveyId')?.surveyId;
  const [changingAge, setChangingAge] = useState(false);
  const ageKept = useKeep();

  if (surveys === undefined || profile === undefined || finished === undefined) return <Loading />;
  if (!profile || changingAge) {
    // An age that could not be kept leaves the chooser open, saying so, so it can be chosen again.
    const chosen = (p: SurveyProfile) =>
      ageKept.keep(
        () => saveProfile(p),
        () => setChangingAge(false),
      );
    return (
      <>
        <AgePicker onChosen={chosen} />
        <NotKept shown={ageKept.failed()} className="survey-problem" />
      </>
    );
  }
  const version = pulseId ? surveys.find((s) => s.id === pulseId) : roundForBand(surveys, bandForAge(profile.age, profile.leftCare));
  if (!version) {
    return (
      <>
        <ScreenTitle>{t('title')}</ScreenTitle>
        <p>{t('none')}</p>
        <p>
          <button type="button" className="survey-link-button" onClick={() => setChangingAge(true)}>
            {t('age.change', { age: profile.age })}
          </button>
        </p>
      </>
    );
  }
  return (
    <SurveyFlow
      key={`${version.id}@${version.version}`}
      version={version}
      answered={finished.has(doneKey(version.id, version.version))}
      age={profile.age}
      onChangeAge={() => setChangingAge(true)}
    />
  );
}

function Loading() {
  const { t } = useTranslation('surveys');
  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p className="loading" role="status">
        {t('loading')}
      </p>
    </>
  );
}

type Stage = { at: 'start' } | { at: 'running'; from: RunnerState } | { at: 'sent' };

function SurveyFlow({ version, answered, age, onChangeAge }: { version: SurveyVersion; answered: boolean; age: number; onChangeAge: () => void }) {
  const { i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const row = useDraft(version.id);
  const [stage, setStage] = useState<Stage>({ at: 'start' });
  const startAgain = useKeep();
  if (row === undefined) return <Loading />;
  // A draft of an older version is not carried on: its questions may have changed (the first answer replaces it).
  const draft = row && row.version === version.version ? row : null;

  if (stage.at === 'sent' || (stage.at === 'start' && answered && !draft)) return <ThankYou version={version} />;

  if (stage.at === 'running') {
    return (
      <>
        <h1 tabIndex={-1} className="survey-title">
          {version.title[lang]}
        </h1>
        <SurveyRunner
          version={version}
          initial={stage.from}
          onSave={(change) => saveDraft(version, change)}
          onSubmit={async (done) => {
            await submitSurvey(version, done.answers, done);
            setStage({ at: 'sent' });
          }}
          onExit={() => setStage({ at: 'start' })}
        />
      </>
    );
  }

  const fresh: RunnerState = { answers: {}, index: 0 };
  return (
    <SurveyStart
      version={version}
      answered={draft ? Object.values(draft.answers).filter(isAnswered).length : null}
      age={age}
      onStart={() =>
        setStage({
          at: 'running',
          from: draft ? { answers: draft.answers, index: draft.index, gender: draft.gender, flaggedOnDevice: draft.flaggedOnDevice } : fresh,
        })
      }
      // A draft that could not be deleted is still there: the screen stays on "Start again?" and says so.
      onStartAgain={() =>
        startAgain.keep(
          () => discardDraft(version.id),
          () => setStage({ at: 'running', from: fresh }),
        )
      }
      startAgainFailed={startAgain.failed()}
      onChangeAge={onChangeAge}
    />
  );
}
