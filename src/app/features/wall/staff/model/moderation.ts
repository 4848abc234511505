// Moderation rules the staff screen checks before asking the server (which checks them again).
import type { StaffWallPostView } from '../../../../../shared/wall-staff';

export type StaffWallPost = StaffWallPostView;

export type Decision =
  | { action: 'approve'; text?: string; confirmNoDetails: boolean; confirmDoubt?: boolean }
  | { action: 'hide'; reason: string }
  /** "This may be about harm": one tap, a reason is never needed. */
  | { action: 'safeguarding'; reason?: string };

export type DecisionProblem = 'reason-required' | 'check-details' | 'empty-text' | 'confirm-doubt';

/** The safety check has some doubt about the post: approving it needs a person to confirm they read it. */
export function hasDoubt(post: Pick<StaffWallPost, 'check' | 'flags'>): boolean {
  return post.check.doubt !== 'none' || post.flags?.disclosure === true;
}

export function decisionProblem(d: Decision, hasDetailFlags: boolean, doubtful = false): DecisionProblem | null {
  if (d.action === 'approve') {
    if (d.text !== undefined && d.text.trim() === '') return 'empty-text';
    if (hasDetailFlags && !d.confirmNoDetails) return 'check-details';
    if (doubtful && !d.confirmDoubt) return 'confirm-doubt';
    return null;
  }
  if (d.action === 'hide') return d.reason.trim() === '' ? 'reason-required' : null;
  return null;
}
