// Messages both ways, oldest first, with replies still on this phone marked, and the reply box.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestMessageView } from '../../../../shared/requests/request';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../shared/text';
import { Day } from '../../../ui/day';
import { TextField } from './form-fields';

export interface PendingMessage {
  id: string;
  text: string;
  state: 'queued' | 'rejected';
}

export function RequestMessages(props: {
  messages: readonly RequestMessageView[];
  pending: readonly PendingMessage[];
  blocked: string | null;
  onReply: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation('requests');
  const [text, setText] = useState('');
  const [said, setSaid] = useState<'no' | 'sent' | 'failed'>('no');
  const sentIds = new Set(props.messages.map((m) => m.id));
  const pending = props.pending.filter((p) => !sentIds.has(p.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || props.blocked) return;
    try {
      await props.onReply(text);
      setText('');
      setSaid('sent');
    } catch {
      setSaid('failed');
    }
  };

  return (
    <section aria-labelledby="request-messages">
      <h2 id="request-messages">{t('request.messages.title')}</h2>
      {props.messages.length === 0 && pending.length === 0 && <p>{t('request.messages.none')}</p>}
      <ol className="requests-messages">
        {props.messages.map((m) => (
          <li key={m.id} className={`requests-message requests-message-${m.from}`}>
            <p className="requests-message-from">
              {m.from === 'me' ? t('request.messages.me') : (m.signedAs ?? t('request.messages.council'))} · <Day value={m.at} />
            </p>
            <p dir="auto">{m.text}</p>
          </li>
        ))}
        {pending.map((m) => (
          <li key={m.id} className="requests-message requests-message-me" data-state={m.state}>
            <p className="requests-message-from">
              {t('request.messages.me')} · {t(m.state === 'queued' ? 'request.messages.waiting' : 'request.messages.refused')}
            </p>
            <p dir="auto">{m.text}</p>
          </li>
        ))}
      </ol>
      {props.blocked ? (
        <p className="requests-note">{props.blocked}</p>
      ) : (
        <form className="requests-reply" onSubmit={(e) => void submit(e)}>
          <TextField
            label={t('request.reply.label')}
            multiline
            maxLength={MAX_YOUNG_PERSON_TEXT * 2}
            value={text}
            onChange={(v) => {
              setText(v);
              setSaid('no');
            }}
          />
          <button type="submit" className="button" disabled={!text.trim()}>
            {t('request.reply.send')}
          </button>
          <p role="status" className="requests-hint">
            {said === 'sent' ? t('request.reply.sent') : ''}
          </p>
          {said === 'failed' && (
            <p role="alert" className="requests-problem">
              {t('lookup.failed')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
