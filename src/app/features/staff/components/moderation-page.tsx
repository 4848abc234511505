// The moderation queue: pending posts. Nothing is published without a person; a post that may be a disclosure goes
// to the safeguarding queue (safeguarding-page.tsx).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffFetch } from '../../../api/staff';
import { decisionProblem, type Decision, type StaffWallPost } from '../model/moderation';

export function ModerationPage({ onError }: { onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const [posts, setPosts] = useState<StaffWallPost[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    staffFetch<{ posts: StaffWallPost[] }>('GET', '/api/v1/staff/wall/posts?status=pending').then(
      (r) => setPosts(r.posts),
      (e: unknown) => {
        onError(e);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [onError]);
  useEffect(load, [load]);

  return (
    <>
      <h1>{t('moderation.title')}</h1>
      {error && <p className="error" role="alert">{error}</p>}
      {posts === null && !error && <p className="loading">{t('loading')}</p>}
      {posts?.length === 0 && <p>{t('moderation.empty')}</p>}
      <ul className="staff-list">
        {posts?.map((p) => (
          <PostCard key={p.id} post={p} onDone={load} onError={onError} />
        ))}
      </ul>
    </>
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
