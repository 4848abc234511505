// A moderator's decision on one post: approve (perhaps edited), hide, or move to the safeguarding queue. Moderation is
// the last line: doubt and personal details must be confirmed by a person before anything is published.
import type { DecisionInput } from '../../../../shared/wall-staff';
import { councilSafetyTerms } from '../../../council/load';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import { parseJsonColumn, storedFlagsSchema } from '../../../lib/json-column';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { isPostgres, myItemChange, recordChanges } from '../../../sync/change-log';
import { checkPost, hasDoubt } from './check';
import { withdrawPost } from './withdraw';

export async function decidePost(deps: AppDeps, ports: Ports, staff: StaffAuth, postId: string, body: DecisionInput) {
  const now = deps.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    // Locked while decided (PostgreSQL), so a young person's take-back arriving at the same moment waits for this
    // decision and then sees it, instead of one undoing the other.
    const post = await trx
      .selectFrom('wall_posts')
      .selectAll()
      .where('id', '=', postId)
      .where('council_id', '=', staff.councilId)
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .executeTakeFirst();
    if (!post) throw notFound('That post');
    const flags = parseJsonColumn(storedFlagsSchema, post.flags);
    // A post in the safeguarding queue stays there: staff record what they did in the queue, never decide it away.
    if (post.status === 'safeguarding') throw conflict('safeguarding', 'A post in the safeguarding queue is never published or hidden.');
    if (post.status === 'withdrawn') throw conflict('withdrawn', 'The young person took this post back, so it is not there any more.');
    if (body.action === 'approve') {
      if (post.status === 'published') throw conflict('already-published', 'This post is already on the wall.');
      if (!body.text && (flags.personalDetails?.length ?? 0) > 0 && !body.confirmNoDetails) {
        throw conflict('personal-details', 'This post may have personal details. Edit them out, or confirm you checked it.');
      }
      // A post the safety check has any doubt about (as written, or as edited) is published only when a person
      // confirms they read it and it is not about harm.
      const extraTerms = await councilSafetyTerms(trx, staff.councilId);
      const doubtful = (text: string) => hasDoubt(checkPost(text, { extraTerms }));
      if (!body.confirmDoubt && (doubtful(post.text) || (body.text !== undefined && doubtful(body.text)))) {
        throw conflict(
          'confirm-doubt',
          'The safety check has doubts about this post. Read it again, then confirm it is not about harm, or move it to safeguarding.',
        );
      }
    }
    const status = body.action === 'approve' ? 'published' : body.action === 'hide' ? 'hidden' : 'safeguarding';
    await trx
      .updateTable('wall_posts')
      .set({
        status,
        published_text: body.action === 'approve' ? (body.text ?? post.text) : null,
        decided_at: now,
        decided_by: staff.staffId,
        decision_reason: body.action === 'approve' ? null : (body.reason ?? null),
        decision_category: body.action === 'hide' ? body.category : null,
      })
      .where('id', '=', post.id)
      .execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'wallPosts', entityId: post.id }, ...myItemChange(staff.councilId, post)]);
    // Words moved to safeguarding or hidden leave every quote and theme page too, whatever state they were in
    // (a post hidden late for personal details must not stay quoted on every phone).
    if (status !== 'published') {
      await withdrawPost(trx, { councilId: staff.councilId, id: post.id, cause: status, staffId: staff.staffId, now: deps.now() }, ports);
    }
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: `wall.post.${body.action}`,
        entity: 'wall_post',
        entityId: post.id,
        detail: {
          from: post.status,
          ...(body.action === 'approve' ? { edited: body.text !== undefined && body.text !== post.text } : { reason: body.reason }),
        },
      },
      deps.now(),
    );
    return { id: post.id, status };
  });
}
