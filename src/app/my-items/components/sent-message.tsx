// What the screen says after "Send": only what is true now. Never "Sent!" while the words are still on this phone;
// after words that may be about harm, the honest safeguarding note instead; after a refusal, plainly that nothing was
// sent (never "a person will read it"), and for words that may be about harm, help for right now all the same.
import { useTranslation } from 'react-i18next';
import { openSafetyHelp } from '../../ui/safety-events';
import { useOnline } from '../../ui/use-online';
import { useMyItem } from '../data/use-my-items';
import { SafeguardingNote } from './safeguarding-note';

export interface SentTexts {
  /** Online, on its way this second. */
  sending: string;
  /** Offline: kept on this phone until it is online. */
  savedOffline: string;
  /** The server has it. */
  sent: string;
}

/**
 * The server refused it, so nobody at the council has it. The reason is in the status bar. A child who wrote words
 * that may be about harm may be in danger now, so the help (999, Childline) stays in front of them.
 */
function RefusedNote({ flagged }: { flagged: boolean }) {
  const { t } = useTranslation('privacy');
  if (!flagged) return <p data-state="refused">{t('honest.refused')}</p>;
  return (
    <div className="safeguarding-note" data-state="refused">
      <p>{t('honest.refusedFlagged')}</p>
      <p className="safeguarding-note-danger">{t('honest.danger')}</p>
      <button type="button" className="button button-secondary" onClick={() => openSafetyHelp()}>
        {t('honest.moreHelp')}
      </button>
    </div>
  );
}

export function SentMessage({ itemId, flagged, texts, onWall }: { itemId: string; flagged: boolean; texts: SentTexts; onWall: boolean }) {
  const item = useMyItem(itemId);
  const online = useOnline();
  if (!item || item.withdrawn) return null;
  const mayBeHarm = flagged || item.flaggedOnDevice === true || (item.state === 'kept-private' && item.reason === 'safeguarding');
  // Looked at first: after a refusal, "a person will read it" would be untrue.
  if (item.delivery === 'rejected') return <RefusedNote flagged={mayBeHarm} />;
  const notSent = item.delivery === 'not-sent';
  if (mayBeHarm) return <SafeguardingNote seen={Boolean(item.seenByPerson)} notSent={notSent} onWall={onWall} />;
  return <p>{notSent ? (online ? texts.sending : texts.savedOffline) : texts.sent}</p>;
}
