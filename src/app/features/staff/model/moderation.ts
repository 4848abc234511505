// Moderation rules the staff screen checks before asking the server (which checks them again).
export interface StaffWallPost {
  id: string;
  text: string;
  status: 'pending' | 'published' | 'hidden' | 'safeguarding';
  promptText: string;
  districtName: string | null;
  createdAt: string;
  flags: { disclosure: boolean; personalDetails: string[] } | null;
  reason: string | null;
}

export type Decision =
  | { action: 'approve'; text?: string; confirmNoDetails: boolean }
  | { action: 'hide' | 'safeguarding'; reason: string };

export type DecisionProblem = 'reason-required' | 'check-details' | 'empty-text';

export function decisionProblem(d: Decision, hasDetailFlags: boolean): DecisionProblem | null {
  if (d.action === 'approve') {
    if (d.text !== undefined && d.text.trim() === '') return 'empty-text';
    if (hasDetailFlags && !d.confirmNoDetails) return 'check-details';
    return null;
  }
  return d.reason.trim() === '' ? 'reason-required' : null;
}
