// The polls' part of the one push path (poll.vote, poll.suggest) and of the one pull path (polls). A phone's own
// name ideas go out through the my-items kit (sources.ts).
import { newId } from '../../../shared/ids';
import { assessText } from '../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../council/load';
import { recordChanges } from '../../sync/change-log';
import type { Ports } from '../../ports/ports';
import type { OpHandlers, PullSources } from '../../sync/types';
import { loadPolls } from './service/views';

export const pollOpHandlers = (ports: Ports): OpHandlers => ({
  async 'poll.vote'({ trx, device, now }, payload) {
    const poll = await trx
      .selectFrom('polls')
      .select(['id', 'open'])
      .where('id', '=', payload.pollId)
      .where('council_id', '=', device.councilId)
      .executeTakeFirst();
    if (!poll) return { status: 'rejected', code: 'not-found', message: 'That poll is not there any more.' };
    if (poll.open !== 1) return { status: 'rejected', code: 'closed', message: 'This poll closed before your vote arrived.' };
    const option = await trx
      .selectFrom('poll_options')
      .select('id')
      .where('id', '=', payload.optionId)
      .where('poll_id', '=', payload.pollId)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (!option) return { status: 'rejected', code: 'not-found', message: 'That choice is not in the poll any more.' };
    const already = await trx
      .selectFrom('poll_votes')
      .select('option_id')
      .where('poll_id', '=', payload.pollId)
      .where('device_id', '=', device.deviceId)
      .executeTakeFirst();
    if (already) return { status: 'rejected', code: 'already-done', message: 'You already voted. Each phone votes once.' };
    // The primary key (poll, device) stops a concurrent second vote; the engine re-runs it and it answers above.
    await trx
      .insertInto('poll_votes')
      .values({ poll_id: payload.pollId, device_id: device.deviceId, option_id: payload.optionId, created_at: now.toISOString() })
      .execute();
    await trx
      .updateTable('poll_options')
      .set((eb) => ({ votes: eb('votes', '+', 1) }))
      .where('id', '=', payload.optionId)
      .execute();
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'polls', entityId: payload.pollId }]);
    return { status: 'accepted' };
  },

  async 'poll.suggest'({ trx, device, op, now, takeQuota, once }, payload) {
    const poll = await trx
      .selectFrom('polls')
      .select(['id', 'open'])
      .where('id', '=', payload.pollId)
      .where('council_id', '=', device.councilId)
      .executeTakeFirst();
    if (!poll) return { status: 'rejected', code: 'not-found', message: 'That poll is not there any more.' };
    if (poll.open !== 1) return { status: 'rejected', code: 'closed', message: 'This poll closed before your idea arrived.' };
    // The council's words are the same for every op of the push: read once for it (OpContext.once).
    const extraTerms = await once('council-safety-terms', () => councilSafetyTerms(trx, device.councilId));
    const flags = assessText(payload.label, { extraTerms });
    // As for wall posts: the phone's flag can only make the idea more private, and a possible disclosure is counted
    // but never refused by a quota.
    const disclosure = flags.disclosure || payload.flaggedOnDevice === true;
    const refused = await takeQuota({ exempt: disclosure });
    if (refused) return refused;
    const max = await trx
      .selectFrom('poll_options')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .where('poll_id', '=', payload.pollId)
      .executeTakeFirst();
    // The row gets its own id (a device-chosen op id must never clash with another row); the phone's item keeps the op id.
    const id = newId();
    await trx
      .insertInto('poll_options')
      .values({
        id,
        op_id: op.id,
        poll_id: payload.pollId,
        label: payload.label,
        status: disclosure ? 'safeguarding' : 'pending',
        device_id: device.deviceId,
        flags: JSON.stringify({ ...flags, disclosure, ...(payload.flaggedOnDevice ? { flaggedOnDevice: true } : {}) }),
        votes: 0,
        sort_order: Number(max?.m ?? 0) + 1,
        created_at: now.toISOString(),
        decided_at: null,
      })
      .execute();
    // The duty inbox hears at once that something may be about harm (never what it says).
    if (disclosure) await ports.alerts?.enqueue(trx, { councilId: device.councilId, kind: 'safeguarding', path: '/staff/safeguarding', at: now });
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'myItems', entityId: op.id, deviceId: device.deviceId }]);
    return { status: 'accepted', ref: id };
  },
});

export const pollPullSources: PullSources = {
  polls: (db, scope, ids) => loadPolls(db, scope.councilId, ids),
};
