// The wall's part of the one push path (wall.post, wall.metoo) and of the one pull path. A phone's own posts go
// out through the my-items kit (sources/my-items.ts), which adds their themes and answers.
import { newId } from '../../../shared/ids';
import { assessText } from '../../../shared/safety/assess-text';
import { councilSafetyTerms, isCouncilDistrict } from '../../council/load';
import { recordChanges } from '../../sync/change-log';
import type { Ports } from '../../ports/ports';
import type { OpHandlers, PullSources } from '../../sync/types';
import { toWallPost, toWallPrompt } from './map';

export const wallOpHandlers = (ports: Ports): OpHandlers => ({
  async 'wall.post'({ trx, device, op, now, takeQuota, once, insertRow }, payload) {
    // The prompt and the council's words are the same for every post of a push (a phone posts many to one prompt):
    // read once for the push (OpContext.once). No op of a push changes either.
    const prompt = await once(`wall-prompt:${payload.promptId}`, () =>
      trx
        .selectFrom('wall_prompts')
        .select(['id', 'open'])
        .where('id', '=', payload.promptId)
        .where('council_id', '=', device.councilId)
        .executeTakeFirst(),
    );
    if (!prompt) return { status: 'rejected', code: 'not-found', message: 'This part of the wall has gone.' };
    if (prompt.open !== 1) {
      return { status: 'rejected', code: 'closed', message: 'This part of the wall closed before your post arrived.' };
    }
    const districtId = payload.districtId ?? null;
    if (districtId) {
      if (!(await isCouncilDistrict(trx, device.councilId, districtId)))
        return { status: 'rejected', code: 'invalid-payload', message: 'That area is not part of your council.' };
    }
    const extraTerms = await once('council-safety-terms', () => councilSafetyTerms(trx, device.councilId));
    const flags = assessText(payload.text, { extraTerms });
    // The phone's own check may flag what this one does not (other council words, another app version): a phone can
    // only make its own words more private, never less.
    const disclosure = flags.disclosure || payload.flaggedOnDevice === true;
    // A possible disclosure is counted but never refused by a quota.
    const refused = await takeQuota({ exempt: disclosure });
    if (refused) return refused;
    // The row gets its own id: an op id is chosen by the device, so it must never be able to clash with (or probe
    // for) another row. The phone's own item stays keyed by the op id.
    const id = newId();
    // No op reads a post its own push made (a "me too" is only for a published post): written with the push's other
    // new posts in one statement on the quick path.
    await insertRow('wall_posts', {
      id,
      op_id: op.id,
      council_id: device.councilId,
      prompt_id: payload.promptId,
      device_id: device.deviceId,
      district_id: districtId,
      text: payload.text,
      published_text: null,
      // A possible disclosure goes to the private safeguarding queue and is never published.
      status: disclosure ? 'safeguarding' : 'pending',
      flags: JSON.stringify({ ...flags, disclosure, ...(payload.flaggedOnDevice ? { flaggedOnDevice: true } : {}) }),
      me_too: 0,
      created_at: now.toISOString(),
      decided_at: null,
      decided_by: null,
      decision_reason: null,
      decision_category: null,
    });
    // The duty inbox hears at once that something may be about harm (never what it says).
    if (disclosure) await ports.alerts?.enqueue(trx, { councilId: device.councilId, kind: 'safeguarding', path: '/staff/safeguarding', at: now });
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'myItems', entityId: op.id, deviceId: device.deviceId }]);
    return { status: 'accepted', ref: id };
  },

  async 'wall.metoo'({ trx, device, now }, payload) {
    const post = await trx
      .selectFrom('wall_posts')
      .select(['id', 'status'])
      .where('id', '=', payload.postId)
      .where('council_id', '=', device.councilId)
      .executeTakeFirst();
    if (!post || post.status !== 'published') {
      return { status: 'rejected', code: 'not-found', message: 'That post is not on the wall any more.' };
    }
    const already = await trx
      .selectFrom('wall_me_toos')
      .select('post_id')
      .where('post_id', '=', payload.postId)
      .where('device_id', '=', device.deviceId)
      .executeTakeFirst();
    if (already) return { status: 'rejected', code: 'already-done', message: 'You already said me too. It counts once.' };
    // The primary key (post, device) makes a concurrent second me-too fail here; the push engine then runs the op
    // again and it answers 'already-done' above.
    await trx.insertInto('wall_me_toos').values({ post_id: payload.postId, device_id: device.deviceId, created_at: now.toISOString() }).execute();
    await trx
      .updateTable('wall_posts')
      .set((eb) => ({ me_too: eb('me_too', '+', 1) }))
      .where('id', '=', payload.postId)
      .execute();
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'wallPosts', entityId: payload.postId }]);
    return { status: 'accepted' };
  },
});

export const wallPullSources: PullSources = {
  async wallPrompts(db, scope, ids) {
    const rows = await db.selectFrom('wall_prompts').selectAll().where('council_id', '=', scope.councilId).where('id', 'in', ids).execute();
    return rows.map(toWallPrompt);
  },
  async wallPosts(db, scope, ids) {
    const rows = await db
      .selectFrom('wall_posts')
      .selectAll()
      .where('council_id', '=', scope.councilId)
      .where('status', '=', 'published')
      .where('id', 'in', ids)
      .execute();
    return rows.map(toWallPost);
  },
};
