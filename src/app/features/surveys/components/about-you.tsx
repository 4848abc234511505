// The last, optional step: whether the young person is a girl, a boy or describes themselves another way (results
// compare with the care population by sex), then "Send my answers".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_GENDERS, type SurveyGender } from '../../../../shared/survey/rules';
import { Choice, ReadAloud } from '../../../ui/read-aloud';

export interface AboutYouProps {
  gender: SurveyGender | undefined;
  onGender: (gender: SurveyGender | undefined) => void;
  onBack: () => void;
  onSend: () => void;
  sending: boolean;
  problem: ReactNode;
}

export function AboutYou({ gender, onGender, onBack, onSend, sending, problem }: AboutYouProps) {
  const { t } = useTranslation('surveys');
  return (
    <div className="survey-runner">
      <div className="survey-question">
        <h2 id="survey-about" tabIndex={-1}>
          {t('about.title')}
        </h2>
      </div>
      <fieldset className="survey-answers" aria-labelledby="survey-about-question">
        <div className="survey-question">
          <p id="survey-about-question">{t('about.question')}</p>
          <ReadAloud text={t('about.question')} label={t('common:readAloud.choice', { text: t('about.question') })} />
        </div>
        {SURVEY_GENDERS.map((g) => (
          <Choice key={g} text={t(`about.${g}`)} className="survey-choice">
            <label className="survey-option">
              <input type="radio" name="survey-gender" value={g} checked={gender === g} onChange={() => onGender(g)} />
              <span>{t(`about.${g}`)}</span>
            </label>
          </Choice>
        ))}
        <Choice text={t('about.notSay')} className="survey-choice">
          <label className="survey-option">
            <input type="radio" name="survey-gender" value="" checked={gender === undefined} onChange={() => onGender(undefined)} />
            <span>{t('about.notSay')}</span>
          </label>
        </Choice>
      </fieldset>
      {problem}
      <div className="survey-nav">
        <button type="button" className="button button-secondary" onClick={onBack} disabled={sending}>
          {t('question.back')}
        </button>
        <button type="button" className="button" onClick={onSend} disabled={sending}>
          {sending ? t('about.sending') : t('about.send')}
        </button>
      </div>
    </div>
  );
}
