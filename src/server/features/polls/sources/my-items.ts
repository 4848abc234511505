// The polls' part of "my items": the phone's own name ideas with where each has got to, and taking one back.
import type { MyItem } from '../../../../shared/my-items';
import type { MyItemSource, OwnItem, WithdrawalHandler } from '../../../my-items/types';
import { withdrawIdea } from '../service/withdraw';

export const pollMyItems: MyItemSource = {
  kind: 'poll-suggestion',
  async load(db, scope, opIds) {
    if (opIds.length === 0) return [];
    const suggestions = await db
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select([
        'o.id',
        'o.op_id',
        'o.status',
        'o.withdrawn_at',
        'o.created_at',
        'o.decided_at',
        'p.open',
        'p.adopted_option_id',
        'p.feed_item_id',
        'p.updated_at as poll_updated_at',
      ])
      .where('p.council_id', '=', scope.councilId)
      .where('o.device_id', '=', scope.deviceId)
      .where('o.op_id', 'in', [...opIds])
      .execute();
    return suggestions.map((s): OwnItem => {
      const adopted = s.adopted_option_id === s.id && s.feed_item_id !== null;
      const base = { id: s.op_id ?? s.id, kind: 'poll-suggestion' as const, themeIds: [], updatedAt: s.decided_at ?? s.created_at };
      let item: MyItem;
      if (s.status === 'safeguarding') item = { ...base, state: 'kept-private', reason: 'safeguarding', feedItemIds: [] };
      else if (s.status === 'hidden') item = { ...base, state: 'kept-private', reason: 'not-suitable', feedItemIds: [] };
      else if (adopted) item = { ...base, state: 'answered', reason: null, feedItemIds: [s.feed_item_id!], updatedAt: s.poll_updated_at };
      else {
        // A closed poll that did not choose this idea is news for the phone that suggested it.
        const updatedAt = s.open === 0 && s.poll_updated_at > base.updatedAt ? s.poll_updated_at : base.updatedAt;
        item = { ...base, state: s.status === 'published' ? 'published' : 'delivered', reason: null, feedItemIds: [], updatedAt };
      }
      return { item, rowId: s.id, status: s.status, withdrawnAt: s.withdrawn_at };
    });
  },
};

export const pollTakeBack: WithdrawalHandler = {
  kind: 'poll-suggestion',
  async find(trx, device, itemId) {
    const idea = await trx
      .selectFrom('poll_options')
      .select('id')
      .where('device_id', '=', device.deviceId)
      .where('op_id', '=', itemId)
      .executeTakeFirst();
    return idea?.id;
  },
  withdraw: (trx, input) => withdrawIdea(trx, input),
};
