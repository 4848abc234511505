// The wall's part of "my items": the phone's own posts with where each has got to, and taking one back.
import type { Selectable } from 'kysely';
import type { Db } from '../../../db/schema';
import type { WallPostsTable } from '../../../db/tables/wall';
import type { MyItemSource, OwnItem, WithdrawalHandler } from '../../../my-items/types';
import { toMyItem } from '../map';
import { withdrawPost } from '../service/withdraw';

const own = (p: Selectable<WallPostsTable>): OwnItem => ({ item: toMyItem(p), rowId: p.id, status: p.status, withdrawnAt: p.withdrawn_at });

export const wallMyItems: MyItemSource = {
  kind: 'wall-post',
  async load(db: Db, scope, opIds) {
    if (opIds.length === 0) return [];
    const posts = await db
      .selectFrom('wall_posts')
      .selectAll()
      .where('council_id', '=', scope.councilId)
      .where('device_id', '=', scope.deviceId)
      .where('op_id', 'in', [...opIds])
      .execute();
    return posts.map(own);
  },
};

export const wallTakeBack: WithdrawalHandler = {
  kind: 'wall-post',
  async find(trx, device, itemId) {
    const post = await trx
      .selectFrom('wall_posts')
      .select('id')
      .where('council_id', '=', device.councilId)
      .where('device_id', '=', device.deviceId)
      .where('op_id', '=', itemId)
      .executeTakeFirst();
    return post?.id;
  },
  withdraw: withdrawPost,
};
