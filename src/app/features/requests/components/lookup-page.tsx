// /help/reference — "I have a reference": the reference and check code open a request from any phone, online only.
// What it shows lives in this screen only, never in the phone's storage (it may be someone else's phone).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import { checkCodeSchema, requestRefSchema, type RequestView } from '../../../../shared/requests/request';
import { ApiError, requestLookupApi, type RequestLookup } from '../../../api/client';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useOnline } from '../../../ui/use-online';
import { TextField } from './form-fields';
import { RequestDetail } from './request-detail';
import './requests.css';

type Problem = 'badRef' | 'badCode' | 'notFound' | 'tooMany' | 'offline' | 'failed';

function problemOf(e: unknown): Problem {
  if (!(e instanceof ApiError)) return 'failed';
  if (e.kind === 'rate-limited') return 'tooMany';
  if (e.kind === 'network') return 'offline';
  return e.code === 'not-found' ? 'notFound' : 'failed';
}

export default function LookupPage() {
  const { t } = useTranslation('requests');
  const online = useOnline();
  const [ref, setRef] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [found, setFound] = useState<{ key: RequestLookup; view: RequestView } | null>(null);
  // One id per reply or ask until the server has answered it: pressing send again after a lost answer repeats the same
  // one (the server stores it once), never a second copy.
  const replyId = useRef(newId());
  const escalateId = useRef(newId());

  const open = async (e: FormEvent) => {
    e.preventDefault();
    const r = requestRefSchema.safeParse(ref);
    const c = checkCodeSchema.safeParse(code);
    if (!r.success) return setProblem('badRef');
    if (!c.success) return setProblem('badCode');
    if (!online) return setProblem('offline');
    setBusy(true);
    setProblem(null);
    try {
      const key = { ref: r.data, checkCode: c.data };
      const answer = await requestLookupApi.lookup(key);
      setFound({ key, view: answer.request });
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };

  // A reply or an ask goes straight to the server; its answer is the request as it is now.
  const act = async (send: (key: RequestLookup) => Promise<{ request: RequestView }>) => {
    if (!found) return;
    const { request } = await send(found.key);
    setFound({ key: found.key, view: request });
  };

  return (
    <>
      <BackLink href="/help">{t('back')}</BackLink>
      <ScreenTitle>{t('lookup.title')}</ScreenTitle>
      <p className="requests-note">{t('lookup.shared')}</p>
      {found ? (
        <>
          <RequestDetail
            view={found.view}
            actions={{
              reply: (text) =>
                act((key) => requestLookupApi.message(key, replyId.current, text)).then(() => {
                  replyId.current = newId();
                }),
              escalate: (toStage, reason) =>
                act((key) => requestLookupApi.escalate(key, escalateId.current, toStage, reason.trim() || undefined)).then(() => {
                  escalateId.current = newId();
                }),
              blocked: online ? null : t('lookup.offlineActions'),
              pending: [],
              askedFor: null,
            }}
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setFound(null);
              setCode('');
            }}
          >
            {t('lookup.close')}
          </button>
        </>
      ) : (
        <form className="requests-lookup" onSubmit={(e) => void open(e)} noValidate>
          <p>{t('lookup.intro')}</p>
          {!online && <p className="requests-note">{t('lookup.offline')}</p>}
          <TextField label={t('lookup.ref')} maxLength={20} value={ref} onChange={setRef} />
          <TextField label={t('lookup.code')} maxLength={20} value={code} onChange={setCode} />
          {problem && (
            <p className="requests-problem" role="alert">
              {t(`lookup.${problem}`)}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('lookup.opening') : t('lookup.open')}
          </button>
        </form>
      )}
    </>
  );
}
