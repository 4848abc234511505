// After sending: thank you, what the council will do with the answers (the version's own words), and whether the
// answers are still waiting for a signal or have arrived.
import { useTranslation } from 'react-i18next';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { ScreenTitle } from '../../../ui/read-aloud';
import { BackLink } from '../../../ui/kit/back-link';
import { useSendState } from '../data/use-surveys';
import { wordsLanguage } from '../model/survey-model';

export function ThankYou({ version }: { version: SurveyVersion }) {
  const { t, i18n } = useTranslation('surveys');
  const lang = wordsLanguage(i18n.language);
  const state = useSendState(version.id);
  return (
    <>
      <ScreenTitle>{t('thanks.title')}</ScreenTitle>
      <p>{version.afterwards[lang]}</p>
      <p className={`survey-status survey-status-${state ?? 'loading'}`} role="status">
        {state ? t(`thanks.${state}`) : ''}
      </p>
      <BackLink href="/">{t('thanks.home')}</BackLink>
    </>
  );
}
