// A pulse check-in on the home screen: offered once while its window is open, to the age band it is for. "Answer"
// opens it in the survey screens; "Not now" puts it aside for good. Never shown again once answered or put aside.
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../ui/kit/button';
import { Link } from '../../../ui/router';
import { putAside } from '../data/survey-data';
import { useFinished, useProfile, useSurveys } from '../data/use-surveys';
import { bandForAge, dayOf, pulseToOffer, wordsLanguage } from '../model/survey-model';
import './surveys.css';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export default function PulseCard() {
  const { t, i18n } = useTranslation('surveys');
  const surveys = useSurveys();
  const profile = useProfile();
  const finished = useFinished();
  const notNow = useKeep();
  if (!surveys || !profile || !finished) return null;
  const pulse = pulseToOffer(surveys, bandForAge(profile.age, profile.leftCare), finished, dayOf(new Date()));
  if (!pulse) return null;
  const lang = wordsLanguage(i18n.language);
  return (
    <section className="survey-pulse" aria-labelledby="survey-pulse-title">
      <h2 id="survey-pulse-title">{t('pulse.title')}</h2>
      <p>{t('pulse.body', { title: pulse.title[lang], count: pulse.questions.length })}</p>
      <div className="survey-nav">
        <Link href={`/survey/${pulse.id}`} className={buttonClass()}>
          {t('pulse.answer')}
        </Link>
        {/* Put aside, the card goes (the list it reads changes); when the phone could not keep that, it stays and says so. */}
        <button type="button" className="button button-secondary" onClick={() => notNow.keep(() => putAside(pulse))}>
          {t('pulse.notNow')}
        </button>
      </div>
      <NotKept shown={notNow.failed()} className="survey-problem" />
    </section>
  );
}
