// Why an item is for the young person ("Because you are 19"), and "Ask your PA" when an answer was "I'm not sure".
import { useTranslation } from 'react-i18next';
import { useCouncil } from '../../../council/use-council';
import type { ForMe } from '../model/for-me';

export function Reasons({ forMe }: { forMe: ForMe }) {
  const { t } = useTranslation('offer');
  const council = useCouncil()?.name ?? t('reasons.theCouncil');
  if (!forMe.reasons.length && !forMe.askPa) return null;
  return (
    <div className="offer-reasons">
      {forMe.reasons.length > 0 && (
        <ul aria-label={t('reasons.title')}>
          {forMe.reasons.map((r) => (
            <li key={r.key}>{t(r.key as 'reasons.age', { ...r.values, council })}</li>
          ))}
        </ul>
      )}
      {forMe.askPa && <p className="offer-ask-pa">{t('forMe.askPa')}</p>}
    </div>
  );
}
