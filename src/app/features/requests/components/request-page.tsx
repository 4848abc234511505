// /help/mine/:id — one of this phone's requests: "not sent yet" until delivered (a refusal stays, with its reason),
// then its reference, its check code (large once, then behind a button), and where it is.
import { useTranslation } from 'react-i18next';
import { refusalKey } from '../../../api/refusal';
import { discardRejected } from '../../../my-items/data/outbox-status';
import type { OutboxRow } from '../../../storage/rows';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { navigate, useRoute } from '../../../ui/router';
import { useOnline } from '../../../ui/use-online';
import { askNextStage, replyToRequest, useMyRequest, useRequestOutbox } from '../data/request-data';
import { CheckCodeBox } from './check-code-box';
import { RequestDetail, type RequestActions } from './request-detail';
import './requests.css';
import { useKeep } from '../../../ui/kit/kept';

export default function RequestPage() {
  const id = useRoute('/help/mine/:id')?.id ?? '';
  const { t } = useTranslation('requests');
  const item = useMyRequest(id);
  const outbox = useRequestOutbox(id);
  const online = useOnline();
  const create = outbox.find((r) => r.id === id);

  const actions: RequestActions = {
    reply: (text) => replyToRequest(id, text),
    escalate: (toStage, reason) => askNextStage(id, toStage, reason),
    blocked: null,
    pending: outbox
      .filter((r) => r.type === 'request.message')
      .map((r) => ({ id: r.id, text: (r.payload as { text: string }).text, state: r.state })),
    askedFor:
      Math.max(
        0,
        ...outbox.filter((r) => r.type === 'request.escalate' && r.state === 'queued').map((r) => (r.payload as { toStage: number }).toStage),
      ) || null,
  };

  return (
    <>
      <BackLink href="/help">{t('request.mine')}</BackLink>
      <ScreenTitle>{item?.request ? t(`kind.${item.request.kind}`) : t('request.title')}</ScreenTitle>
      {item === undefined && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {item === null && <p>{t('request.notFound')}</p>}
      {item && item.delivery === 'rejected' && create && <Refused op={create} />}
      {item && item.delivery === 'not-sent' && (
        <p className="requests-note" role="status">
          {online ? t('request.notSentOnline') : t('request.notSentYet')}
        </p>
      )}
      {item && item.delivery === 'delivered' && !item.request && (
        <>
          <p role="status">{t('request.sent')}</p>
          <p className="requests-hint">{t('request.code.waiting')}</p>
        </>
      )}
      {item?.request && <RequestDetail view={item.request} actions={actions} code={<CheckCodeBox requestId={id} />} />}
    </>
  );
}

function Refused({ op }: { op: OutboxRow }) {
  const { t } = useTranslation('requests');
  // Only once it is gone from the phone does the screen go back to "Ask for help"; otherwise it stays and says so.
  const letGo = useKeep();
  return (
    <div className="requests-problem" role="alert">
      <p>{t('request.refused')}</p>
      <p>{t(`common:${refusalKey(op.code)}`)}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          letGo.keep(
            () => discardRejected(op.id),
            () => navigate('/help'),
          )
        }
      >
        {t('request.letGo')}
      </button>
      {/* Inside the alert above, so it is read out when it appears. */}
      {letGo.failed() && <p>{t('common:notSaved')}</p>}
    </div>
  );
}
