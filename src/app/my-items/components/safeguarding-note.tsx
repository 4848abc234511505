// What the phone says after a young person writes something that may be about harm — only what is true: a person at
// the council WILL read it (when: the council's own stated hours), they do not know who wrote it unless told, and
// help for right now. Only once staff have recorded an action may it say a person HAS read it, never what they did.
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/pick-text';
import { useCouncil } from '../../council/use-council';
import { openSafetyHelp } from '../../ui/safety-events';
import './privacy.css';

export function SafeguardingNote({ seen, notSent, onWall = true }: { seen: boolean; notSent: boolean; onWall?: boolean }) {
  const { t, i18n } = useTranslation('privacy');
  const hours = useCouncil()?.safeguardingHours;
  const when = hours ? pickText(hours, i18n.language) : null;
  if (seen) {
    return (
      <div className="safeguarding-note" data-state="seen">
        <p>{t('honest.hasRead')}</p>
      </div>
    );
  }
  return (
    <div className="safeguarding-note" data-state="waiting">
      <p>
        {t(onWall ? 'honest.notOnWall' : 'honest.notInPoll')}{' '}
        {when ? (
          <>
            {t('honest.willReadHours')} <span lang={when.translated ? undefined : 'en'}>{when.text}</span>
          </>
        ) : (
          t('honest.willRead')
        )}
      </p>
      <p>{t('honest.anonymous')}</p>
      {notSent && <p className="safeguarding-note-offline">{t('honest.notYetSent')}</p>}
      <p className="safeguarding-note-danger">{t('honest.danger')}</p>
      <button type="button" className="button button-secondary" onClick={() => openSafetyHelp()}>
        {t('honest.moreHelp')}
      </button>
    </div>
  );
}
