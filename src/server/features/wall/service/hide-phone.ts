// "Hide everything still waiting from this phone", in one go, for a flood from one phone.
import type { HidePhoneResult } from '../../../../shared/wall-staff';
import { councilSafetyTerms } from '../../../council/load';
import type { Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { myItemChange, recordChanges, type Change } from '../../../sync/change-log';
import { checkPost, hasDoubt } from './check';

/** Change-log rows are written in slices, so a flood of thousands stays within every database's parameter limit. */
const CHANGES_PER_WRITE = 500;

/**
 * Hides every post still waiting from one phone, in one council: never a published post (that is a decision about
 * each), never one in the safeguarding queue, and never one the safety check (today's words and the council's own)
 * has any doubt about — a child in crisis may post many times, and those posts must still be read by a person. Each
 * sender's journey hears it on the next pull. Answers how many were hidden.
 */
export async function hideWaitingFromPhone(trx: Trx, input: { councilId: string; deviceId: string; staffId: string; now: Date }): Promise<number> {
  const waiting = await trx
    .selectFrom('wall_posts')
    .select(['id', 'text'])
    .where('council_id', '=', input.councilId)
    .where('device_id', '=', input.deviceId)
    .where('status', '=', 'pending')
    .execute();
  const extraTerms = await councilSafetyTerms(trx, input.councilId);
  const ids = waiting.filter((p) => !hasDoubt(checkPost(p.text, { extraTerms }))).map((p) => p.id);
  if (ids.length === 0) return 0;
  const hidden = await trx
    .updateTable('wall_posts')
    .set({
      status: 'hidden',
      decided_at: input.now.toISOString(),
      decided_by: input.staffId,
      decision_reason: 'Hidden with every waiting post from the same phone.',
      decision_category: 'not-suitable',
    })
    .where('council_id', '=', input.councilId)
    .where('device_id', '=', input.deviceId)
    .where('status', '=', 'pending')
    .where('id', 'in', ids)
    .returning(['id', 'op_id', 'device_id'])
    .execute();
  const changes: Change[] = hidden.flatMap((row) => myItemChange(input.councilId, row));
  for (let i = 0; i < changes.length; i += CHANGES_PER_WRITE) await recordChanges(trx, changes.slice(i, i + CHANGES_PER_WRITE));
  return hidden.length;
}

/** The staff action: the post names the phone (never shown); one audit entry for the whole flood. */
export async function hidePhoneOfPost(deps: AppDeps, staff: StaffAuth, postId: string): Promise<HidePhoneResult> {
  return deps.db.transaction().execute(async (trx) => {
    const post = await trx
      .selectFrom('wall_posts')
      .select(['id', 'device_id'])
      .where('id', '=', postId)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (!post) throw notFound('That post');
    if (!post.device_id) throw conflict('no-phone', 'This post was not sent from a phone.');
    const hidden = await hideWaitingFromPhone(trx, { councilId: staff.councilId, deviceId: post.device_id, staffId: staff.staffId, now: deps.now() });
    // How many, never their words or the phone.
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'wall.post.hide-phone',
        entity: 'wall_post',
        entityId: post.id,
        detail: { count: hidden },
      },
      deps.now(),
    );
    return { hidden };
  });
}
