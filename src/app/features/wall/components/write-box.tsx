// Writing on a prompt: the shared write box, with the unfinished words kept as a draft on this phone.
import { useTranslation } from 'react-i18next';
import { PrivacyLink } from '../../../my-items/components/privacy-notice';
import { SentMessage } from '../../../my-items/components/sent-message';
import { ComposeBox } from '../../../ui/compose-box';
import { saveDraft, sendPost } from '../data/wall-data';
import { useDistrict, useDraft } from '../data/use-wall';
import { MAX_POST_LENGTH } from '../model/wall-model';

export function WriteBox({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const district = useDistrict();
  const draft = useDraft(promptId);
  return (
    <ComposeBox
      ids={{ input: 'wall-text', note: 'wall-note', count: 'wall-count' }}
      label={t('write.label')}
      note={
        <>
          {t('write.note')} <PrivacyLink />
        </>
      }
      multiline
      maxLength={MAX_POST_LENGTH}
      draft={draft?.text}
      onDraft={(v) => saveDraft(promptId, v)}
      count={(count) => t('write.count', { count, max: MAX_POST_LENGTH })}
      texts={{ detailsWarning: t('write.detailsWarning'), send: t('write.send'), sendAnyway: t('write.sendAnyway') }}
      classes={{ form: 'wall-write stack', button: 'button', warning: 'wall-warning', sent: 'wall-sent' }}
      onSend={(words, flaggedOnDevice) => sendPost(promptId, words, { districtId: district, flaggedOnDevice })}
      sentMessage={(sent) => (
        <SentMessage
          itemId={sent.id}
          flagged={sent.flagged}
          onWall
          texts={{ sending: t('write.sending'), savedOffline: t('write.savedOffline'), sent: t('write.sent') }}
        />
      )}
    />
  );
}
