// "I'm not happy — ask for the next stage": the young person's right; the council cannot block it. One press opens a
// short confirm with an optional reason, so a stray tap does not send it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../shared/text';
import { TextField } from './form-fields';

export function EscalateBox(props: { toStage: 2 | 3; asked: boolean; blocked: string | null; onAsk: (reason: string) => Promise<void> }) {
  const { t } = useTranslation('requests');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failed, setFailed] = useState(false);
  const stage = props.toStage;
  if (props.asked) {
    return (
      <p className="requests-note" role="status">
        {t('request.escalate.waiting', { stage })}
      </p>
    );
  }
  const ask = async () => {
    try {
      await props.onAsk(reason);
      setOpen(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="requests-escalate card" aria-labelledby="request-escalate">
      <h2 id="request-escalate">{t('request.escalate.title')}</h2>
      <p>{t('request.escalate.about')}</p>
      {props.blocked ? (
        <p className="requests-note">{props.blocked}</p>
      ) : open ? (
        <>
          <TextField label={t('request.escalate.reason')} multiline maxLength={MAX_YOUNG_PERSON_TEXT * 2} value={reason} onChange={setReason} />
          <div className="requests-nav">
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t('request.escalate.cancel')}
            </button>
            <button type="button" className="button" onClick={() => void ask()}>
              {t('request.escalate.confirm', { stage })}
            </button>
          </div>
          {failed && (
            <p role="alert" className="requests-problem">
              {t('lookup.failed')}
            </p>
          )}
        </>
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('request.escalate.button', { stage })}
        </button>
      )}
    </section>
  );
}
