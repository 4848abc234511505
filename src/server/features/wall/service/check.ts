// The safety check as moderation runs it today, so better word lists (and a council's own words) apply to posts sent
// before them.
import { assessText, type AssessOptions } from '../../../../shared/safety/assess-text';
import type { PostCheckView } from '../../../../shared/wall-staff';
import { councilSafetyTerms } from '../../../council/load';
import type { Db } from '../../../db/schema';

/** What the safety check says about a text, in the shape staff see. */
export interface PostCheck extends PostCheckView {
  disclosure: boolean;
  personalDetails: string[];
}

export function checkPost(text: string, options: AssessOptions = {}): PostCheck {
  const result = assessText(text, options);
  return { disclosure: result.disclosure, personalDetails: [...result.personalDetails], doubt: result.doubt, categories: [...result.categories] };
}

/** The check has doubt: a moderator must confirm before such a post is approved. */
export const hasDoubt = (check: Pick<PostCheck, 'doubt' | 'disclosure'>): boolean => check.doubt !== 'none' || check.disclosure;

/** The check (today's words and the council's own) has any doubt: words taken back are then kept for a person. */
export async function doubtful(db: Db, councilId: string, text: string): Promise<boolean> {
  return hasDoubt(checkPost(text, { extraTerms: await councilSafetyTerms(db, councilId) }));
}
