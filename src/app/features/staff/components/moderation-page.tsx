// The moderation queue (pending posts) and the private safeguarding queue. Nothing is published without a person.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSafeguardingSuggestion } from '../../../../shared/feed-staff';
import { staffFetch } from '../../../api/staff';
import { decisionProblem, type Decision, type StaffWallPost } from '../model/moderation';
import { errorText, useDate, useStaffData } from './feed-ui';

export function ModerationPage({ status, onError }: { status: 'pending' | 'safeguarding'; onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const [posts, setPosts] = useState<StaffWallPost[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    staffFetch<{ posts: StaffWallPost[] }>('GET', `/api/v1/staff/wall/posts?status=${status}`).then(
      (r) => setPosts(r.posts),
      (e: unknown) => {
        onError(e);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [status, onError]);
  useEffect(load, [load]);

  return (
    <>
      <h1>{t(status === 'pending' ? 'moderation.title' : 'safeguarding.title')}</h1>
      {status === 'safeguarding' && <p className="staff-note">{t('safeguarding.procedure')}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      {posts === null && !error && <p className="loading">{t('loading')}</p>}
      {status === 'safeguarding' && <h2>{t('safeguarding.postsTitle')}</h2>}
      {posts?.length === 0 && <p>{t(status === 'safeguarding' ? 'safeguarding.postsEmpty' : 'moderation.empty')}</p>}
      <ul className="staff-list">
        {posts?.map((p) => (
          <PostCard key={p.id} post={p} onDone={load} onError={onError} />
        ))}
      </ul>
      {status === 'safeguarding' && <SafeguardingSuggestions onError={onError} />}
    </>
  );
}

/** Name ideas for the language polls that may be about harm: read here, never published anywhere. */
function SafeguardingSuggestions({ onError }: { onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const { data, error } = useStaffData<{ suggestions: StaffSafeguardingSuggestion[] }>('/api/v1/staff/polls/safeguarding', onError);
  return (
    <section aria-labelledby="safeguarding-suggestions">
      <h2 id="safeguarding-suggestions">{t('safeguarding.suggestionsTitle')}</h2>
      {error !== null && <p className="error" role="alert">{errorText(error)}</p>}
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data?.suggestions.length === 0 && <p>{t('safeguarding.suggestionsEmpty')}</p>}
      <ul className="staff-list">
        {data?.suggestions.map((s) => (
          <li key={s.id} className="staff-card">
            <p className="staff-meta">
              {t('safeguarding.forPoll', { question: s.question.en })} · {t('safeguarding.sentOn', { date: date(s.createdAt) })}
            </p>
            <p className="staff-post-text" dir="auto">{s.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PostCard({ post, onDone, onError }: { post: StaffWallPost; onDone: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const [mode, setMode] = useState<Decision['action'] | 'edit' | null>(null);
  const [text, setText] = useState(post.text);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const details = post.flags?.personalDetails ?? [];

  const decide = async (decision: Decision) => {
    const p = decisionProblem(decision, details.length > 0);
    if (p) return setProblem(t(`moderation.problems.${p}`));
    try {
      await staffFetch('POST', `/api/v1/staff/wall/posts/${post.id}/decision`, decision);
      onDone();
    } catch (e) {
      onError(e);
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const id = `post-${post.id}`;
  return (
    <li className="staff-card" aria-labelledby={`${id}-text`}>
      <p className="staff-meta">
        {post.promptText} · {post.districtName ?? t('wholeCouncil')} · {new Date(post.createdAt).toLocaleString()}
      </p>
      <p id={`${id}-text`} className="staff-post-text" dir="auto">
        {post.text}
      </p>
      {details.length > 0 && (
        <p className="staff-flag">{t('moderation.detailsFlag', { kinds: details.join(', ') })}</p>
      )}
      {post.flags?.disclosure && <p className="staff-flag staff-flag-harm">{t('moderation.harmFlag')}</p>}
      {post.status === 'pending' && mode === null && (
        <div className="staff-actions">
          <button type="button" className="button" onClick={() => void decide({ action: 'approve', confirmNoDetails: false })}>
            {t('moderation.approve')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
            {t('moderation.edit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('hide')}>
            {t('moderation.hide')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('safeguarding')}>
            {t('moderation.safeguarding')}
          </button>
        </div>
      )}
      {details.length > 0 && post.status === 'pending' && mode === null && (
        <button type="button" className="link-button" onClick={() => void decide({ action: 'approve', confirmNoDetails: true })}>
          {t('moderation.approveChecked')}
        </button>
      )}
      {mode === 'edit' && (
        <form className="stack" onSubmit={(e) => (e.preventDefault(), void decide({ action: 'approve', text, confirmNoDetails: true }))}>
          <label htmlFor={`${id}-edit`}>{t('moderation.editLabel')}</label>
          <textarea id={`${id}-edit`} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="staff-actions">
            <button type="submit" className="button">{t('moderation.approveEdited')}</button>
            <button type="button" className="button button-secondary" onClick={() => setMode(null)}>{t('cancel')}</button>
          </div>
        </form>
      )}
      {(mode === 'hide' || mode === 'safeguarding') && (
        <form className="stack" onSubmit={(e) => (e.preventDefault(), void decide({ action: mode, reason }))}>
          <label htmlFor={`${id}-reason`}>{t('moderation.reason')}</label>
          <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="staff-actions">
            <button type="submit" className="button">{t(mode === 'hide' ? 'moderation.confirmHide' : 'moderation.confirmSafeguarding')}</button>
            <button type="button" className="button button-secondary" onClick={() => setMode(null)}>{t('cancel')}</button>
          </div>
        </form>
      )}
      {problem && <p className="error" role="alert">{problem}</p>}
      {post.reason && <p className="staff-meta">{t('moderation.recordedReason', { reason: post.reason })}</p>}
    </li>
  );
}
