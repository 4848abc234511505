// Before the first question: the version's own words and, in plain words, that it is anonymous, who sees the answers
// and that the young person can stop any time. With a draft on the phone: "Carry on" or "Start again" (asked twice).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { ScreenTitle } from '../../../ui/read-aloud';
import { wordsLanguage } from '../model/survey-model';
import { NotKept } from '../../../ui/kit/kept';

export interface SurveyStartProps {
  version: SurveyVersion;
  /** How many questions the draft on this phone has answers for; null when there is no draft. */
  answered: number | null;
  age: number;
  onStart: () => void;
  onStartAgain: () => void;
  /** The draft could not be deleted from this phone (said next to the button that asked for it). */
  startAgainFailed?: boolean;
  onChangeAge: () => void;
}

export function SurveyStart({ version, answered, age, onStart, onStartAgain, startAgainFailed = false, onChangeAge }: SurveyStartProps) {
  const { t, i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <ScreenTitle>{version.title[lang]}</ScreenTitle>
      {answered === null ? (
        <>
          <p>{version.intro[lang]}</p>
          <ul className="survey-promises">
            <li>{t('intro.anonymous')}</li>
            <li>{t('intro.whoSees')}</li>
            <li>{t('intro.stop')}</li>
          </ul>
          <button type="button" className="button button-block survey-big" onClick={onStart}>
            {t('intro.start')}
          </button>
        </>
      ) : (
        <section aria-labelledby="survey-resume">
          <h2 id="survey-resume">{t('resume.title')}</h2>
          <p>{t('resume.body', { count: answered })}</p>
          <div className="survey-big-choices">
            <button type="button" className="button survey-big" onClick={onStart}>
              {t('resume.carryOn')}
            </button>
            {!asking && (
              <button type="button" className="button button-secondary survey-big" onClick={() => setAsking(true)}>
                {t('resume.startAgain')}
              </button>
            )}
          </div>
          {asking && (
            <div className="survey-confirm" role="group" aria-labelledby="survey-sure">
              <p id="survey-sure">
                <strong>{t('resume.sure')}</strong>
              </p>
              <button type="button" className="button button-danger" onClick={onStartAgain}>
                {t('resume.yes')}
              </button>{' '}
              <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
                {t('resume.no')}
              </button>
              <NotKept shown={startAgainFailed} className="survey-problem" />
            </div>
          )}
        </section>
      )}
      <p>
        <button type="button" className="survey-link-button" onClick={onChangeAge}>
          {t('age.change', { age })}
        </button>
      </p>
    </>
  );
}
