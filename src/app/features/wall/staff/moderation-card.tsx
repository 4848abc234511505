// One post in the moderation queue. "This may be about harm" is one tap; approving a post the safety check has any
// doubt about asks the moderator to confirm first; posts from one phone in a flood are marked (never saying which
// phone), and everything still waiting from that phone can be hidden in one go after a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffApiError } from '../../../api/request';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { decidePost, hideWaitingFromPhone } from './api';
import { ConfirmPanel, TextForm } from './moderation-panels';
import { PostFlags } from './post-flags';
import { decisionProblem, hasDoubt, type Decision, type StaffWallPost } from './model/moderation';
import { formatTime } from '../../../ui/staff/dates';

type Mode = 'edit' | 'hide' | 'confirm-doubt' | null;

interface Props {
  post: StaffWallPost;
  /** After a change: the list reloads and says `notice` politely (focus moves on to the next post). */
  onDone: (notice: string) => void;
  onError: (e: unknown) => void;
}

export function PostCard({ post, onDone, onError }: Props) {
  const { t, i18n } = useTranslation('staff');
  const [mode, setMode] = useState<Mode>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ask, confirmDialog] = useConfirm();
  const [text, setText] = useState(post.text);
  const [reason, setReason] = useState('');
  // The approval waiting for the moderator to confirm the safety check's doubt.
  const [toConfirm, setToConfirm] = useState<Extract<Decision, { action: 'approve' }> | null>(null);
  const details = post.flags?.personalDetails ?? [];
  const doubtful = hasDoubt(post);
  const close = () => setMode(null);

  const decide = async (decision: Decision) => {
    const p = decisionProblem(decision, details.length > 0, doubtful);
    if (p === 'confirm-doubt' && decision.action === 'approve') {
      setToConfirm(decision);
      setMode('confirm-doubt');
      return;
    }
    if (p) return setProblem(t(`moderation.problems.${p}`));
    // Hiding takes the words out of every theme and quote for good: the moderator confirms first.
    if (
      decision.action === 'hide' &&
      !(await ask({ title: t('confirm.hidePost.title'), what: t('confirm.hidePost.what'), confirm: t('moderation.confirmHide') }))
    ) {
      return;
    }
    setBusy(true);
    try {
      await decidePost(post.id, decision);
      onDone(decision.action === 'safeguarding' ? t('moderation.movedToSafeguarding') : t(`moderation.done.${decision.action}`));
    } catch (e) {
      // The server's check may have doubts the list did not show (an edit added worrying words): confirm first.
      if (e instanceof StaffApiError && e.code === 'confirm-doubt' && decision.action === 'approve') {
        setToConfirm(decision);
        setMode('confirm-doubt');
      } else {
        onError(e);
        setProblem(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const hidePhone = async () => {
    const waiting = post.samePhone?.waiting ?? 0;
    const yes = await ask({
      title: t('confirm.hidePhone.title'),
      what: t('moderation.hidePhoneConfirm', { count: waiting }),
      confirm: t('moderation.hidePhoneYes', { count: waiting }),
    });
    if (!yes) return;
    setBusy(true);
    try {
      const { hidden } = await hideWaitingFromPhone(post.id);
      onDone(t('moderation.hiddenFromPhone', { count: hidden }));
    } catch (e) {
      onError(e);
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const id = `post-${post.id}`;
  const harm = (
    <button type="button" className="button button-secondary" disabled={busy} onClick={() => void decide({ action: 'safeguarding' })}>
      {t('moderation.safeguarding')}
    </button>
  );
  return (
    <li className="staff-card" aria-labelledby={`${id}-text`} tabIndex={-1}>
      <p className="staff-meta">
        {post.promptText} · {post.districtName ?? t('wholeCouncil')} · {formatTime(post.createdAt, i18n.language)}
      </p>
      <p id={`${id}-text`} className="staff-post-text" dir="auto">
        {post.text}
      </p>
      <PostFlags post={post} doubtful={doubtful} onHidePhone={mode === null ? () => void hidePhone() : null} />
      {post.status === 'pending' && mode === null && (
        <div className="staff-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void decide({ action: 'approve', confirmNoDetails: false })}>
            {t('moderation.approve')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
            {t('moderation.edit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('hide')}>
            {t('moderation.hide')}
          </button>
          {harm}
        </div>
      )}
      {details.length > 0 && post.status === 'pending' && mode === null && (
        <button type="button" className="link-button" onClick={() => void decide({ action: 'approve', confirmNoDetails: true })}>
          {t('moderation.approveChecked')}
        </button>
      )}
      {mode === 'edit' && (
        <TextForm
          id={`${id}-edit`}
          label={t('moderation.editLabel')}
          text={text}
          onText={setText}
          submit={t('moderation.approveEdited')}
          onSubmit={() => void decide({ action: 'approve', text, confirmNoDetails: true })}
          onCancel={close}
        />
      )}
      {mode === 'hide' && (
        <TextForm
          id={`${id}-reason`}
          label={t('moderation.reason')}
          text={reason}
          onText={setReason}
          submit={t('moderation.confirmHide')}
          onSubmit={() => void decide({ action: 'hide', reason })}
          onCancel={close}
        />
      )}
      {mode === 'confirm-doubt' && toConfirm && (
        <ConfirmPanel
          id={`${id}-doubt`}
          question={t('moderation.confirmDoubt')}
          confirm={t('moderation.confirmDoubtApprove')}
          busy={busy}
          onConfirm={() => void decide({ ...toConfirm, confirmDoubt: true })}
          onCancel={close}
          other={harm}
        />
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {post.reason && <p className="staff-meta">{t('moderation.recordedReason', { reason: post.reason })}</p>}
      {confirmDialog}
    </li>
  );
}
