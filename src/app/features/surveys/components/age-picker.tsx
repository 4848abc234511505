// "How old are you?" with big buttons, asked once (kept on this phone only). 16–18-year-olds are then asked whether
// they are still in care or have left, which decides between the 11–18 survey and the care leavers' one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyProfile } from '../../../storage/rows';
import { ScreenTitle } from '../../../ui/read-aloud';
import { AGES, asksAboutLeavingCare } from '../model/survey-model';

export function AgePicker({ onChosen }: { onChosen: (profile: SurveyProfile) => void }) {
  const { t } = useTranslation('surveys');
  const [age, setAge] = useState<number | null>(null);

  if (age !== null) {
    return (
      <>
        <ScreenTitle>{t('age.careQuestion')}</ScreenTitle>
        <div className="survey-big-choices">
          <button type="button" className="button survey-big" onClick={() => onChosen({ age, leftCare: false })}>
            {t('age.inCare')}
          </button>
          <button type="button" className="button survey-big" onClick={() => onChosen({ age, leftCare: true })}>
            {t('age.leftCare')}
          </button>
        </div>
        <button type="button" className="button button-secondary" onClick={() => setAge(null)}>
          {t('age.otherAge')}
        </button>
      </>
    );
  }

  return (
    <>
      <ScreenTitle>{t('age.title')}</ScreenTitle>
      <p>{t('age.intro')}</p>
      <ul className="survey-ages">
        {AGES.map((a) => (
          <li key={a}>
            <button type="button" className="survey-age" onClick={() => (asksAboutLeavingCare(a) ? setAge(a) : onChosen({ age: a }))}>
              {a}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
