// The safeguarding queue: wall posts and name ideas that may be a disclosure of harm. They are never published; staff
// follow the council's procedure and record here what they did, so the queue shows what still needs someone. It is
// paged, never cut off: what still waits comes first, newest first, so a new disclosure is the first item of page 1
// however many others (a flood) there are; items from a phone that sent many are marked, never hidden.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardingActionView, SafeguardingItemView } from '../../../../shared/safeguarding';
import { fetchSafeguardingPage, staffFetch } from '../../../api/staff';
import { errorText, useDate } from './feed-ui';
import { Pager, usePage } from './pager';

type OnError = (e: unknown) => void;

export function SafeguardingPage({ onError }: { onError: OnError }) {
  const { t } = useTranslation('staff');
  const [page, setPage] = useState(1);
  const load = useCallback(() => fetchSafeguardingPage(page), [page]);
  const { data, error, reload } = usePage(load, onError);
  // Said politely after a record is saved: the card moves to "Dealt with", so its form (and focus) goes away.
  const [notice, setNotice] = useState('');
  const recorded = () => {
    setNotice(t('safeguarding.recorded'));
    reload();
  };
  const waiting = data?.items.filter((i) => i.actions.length === 0) ?? [];
  const dealtWith = data?.items.filter((i) => i.actions.length > 0) ?? [];
  return (
    <>
      <h1>{t('safeguarding.title')}</h1>
      <p className="staff-note">{t('safeguarding.procedure')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      {error !== null && <p className="error" role="alert">{errorText(error)}</p>}
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          <QueueSection
            id="safeguarding-waiting"
            title={t('safeguarding.waiting', { n: data.waiting })}
            empty={t(data.waiting === 0 ? 'safeguarding.noneWaiting' : 'safeguarding.onOtherPages')}
            items={waiting}
            onDone={recorded}
            onError={onError}
          />
          <QueueSection
            id="safeguarding-dealt-with"
            title={t('safeguarding.dealtWith', { n: data.total - data.waiting })}
            empty={t(data.total === data.waiting ? 'safeguarding.noneDealtWith' : 'safeguarding.onOtherPages')}
            items={dealtWith}
            onDone={recorded}
            onError={onError}
          />
          <Pager label={t('safeguarding.pages')} page={page} total={data.total} pageSize={data.pageSize} onPage={setPage} />
        </>
      )}
    </>
  );
}

function QueueSection(props: { id: string; title: string; empty: string; items: SafeguardingItemView[]; onDone: () => void; onError: OnError }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 && <p>{props.empty}</p>}
      <ul className="staff-list">
        {props.items.map((item) => (
          <ItemCard key={`${item.kind}:${item.id}`} item={item} onDone={props.onDone} onError={props.onError} />
        ))}
      </ul>
    </section>
  );
}

function ItemCard({ item, onDone, onError }: { item: SafeguardingItemView; onDone: () => void; onError: OnError }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `sg-${item.id}`;
  const first = item.actions.length === 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return setProblem(t('safeguarding.noteRequired'));
    setProblem(null);
    setBusy(true);
    try {
      await staffFetch('POST', '/api/v1/staff/safeguarding/actions', { kind: item.kind, id: item.id, note });
      setNote('');
      onDone();
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="staff-card">
      <p className="staff-meta">
        {t(item.kind === 'wall-post' ? 'safeguarding.kindWallPost' : 'safeguarding.kindSuggestion')} ·{' '}
        {t(item.kind === 'wall-post' ? 'safeguarding.onWall' : 'safeguarding.forPoll', { where: item.context })}
        {item.districtName && (
          <>
            {' '}
            · <bdi>{item.districtName}</bdi>
          </>
        )}{' '}
        · {t('safeguarding.sentOn', { date: date(item.createdAt) })}
      </p>
      <p className="staff-post-text" dir="auto">
        {item.text}
      </p>
      {item.samePhone !== null && <p className="staff-flag">{t('safeguarding.samePhone', { count: item.samePhone })}</p>}
      {item.takenBackAt && <p className="staff-flag">{t('safeguarding.takenBack', { date: date(item.takenBackAt) })}</p>}
      {item.actions.length > 0 && <Actions actions={item.actions} />}
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-note`}>{t(first ? 'safeguarding.actionLabel' : 'safeguarding.followUpLabel')}</label>
        <p id={`${id}-hint`} className="small">
          {t('safeguarding.actionHint')}
        </p>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} className="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className={first ? 'button' : 'button button-secondary'} disabled={busy}>
          {t(first ? 'safeguarding.record' : 'safeguarding.addNote')}
        </button>
      </form>
    </li>
  );
}

function Actions({ actions }: { actions: readonly SafeguardingActionView[] }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  return (
    <div>
      <h3 className="staff-small-heading">{t('safeguarding.whatWasDone')}</h3>
      <ol className="staff-timeline">
        {actions.map((a) => (
          <li key={a.id}>
            <p className="staff-meta">{t('safeguarding.actionBy', { date: date(a.at), name: a.staffName })}</p>
            <p className="staff-post-text" dir="auto">
              {a.note}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
