// A name idea for an open poll: the shared write box; a person checks the idea before it joins the poll.
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/poll';
import { PrivacyLink } from '../../../my-items/components/privacy-notice';
import { SentMessage } from '../../../my-items/components/sent-message';
import { ComposeBox } from '../../../ui/compose-box';
import { suggestName } from '../data/polls-data';
import { MAX_NAME_LENGTH } from '../model/polls-model';

export function SuggestForm({ poll }: { poll: Poll }) {
  const { t } = useTranslation('feed');
  const inputId = `poll-${poll.id}-suggest`;
  return (
    <ComposeBox
      ids={{ input: inputId, note: `${inputId}-note` }}
      label={t('names.suggest.label')}
      note={
        <>
          {t('names.suggest.note')} <PrivacyLink />
        </>
      }
      maxLength={MAX_NAME_LENGTH}
      texts={{ detailsWarning: t('names.suggest.detailsWarning'), send: t('names.suggest.send'), sendAnyway: t('names.suggest.sendAnyway') }}
      classes={{ form: 'poll-suggest stack', button: 'button button-secondary', warning: 'feed-warning', sent: 'feed-sent' }}
      onSend={(words, flaggedOnDevice) => suggestName(poll.id, words, { flaggedOnDevice })}
      sentMessage={(sent) => (
        <SentMessage
          itemId={sent.id}
          flagged={sent.flagged}
          onWall={false}
          texts={{ sending: t('names.suggest.sending'), savedOffline: t('names.suggest.savedOffline'), sent: t('names.suggest.sent') }}
        />
      )}
    />
  );
}
