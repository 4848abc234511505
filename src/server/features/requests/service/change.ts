// Every change to a request reaches the phone that made it: its updatedAt moves and a myItems change is recorded for
// that phone, in the same transaction as the change. The staff casework calls this after each action too.
import type { Trx } from '../../../db/schema';
import { myItemChange, recordChanges } from '../../../sync/change-log';

export interface ChangedRequest {
  id: string;
  council_id: string;
  op_id: string | null;
  device_id: string | null;
}

export async function recordRequestChange(trx: Trx, row: ChangedRequest, now: Date): Promise<void> {
  await trx.updateTable('requests').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
  // A request staff keyed in, or one made before its phone was forgotten, has no phone to tell.
  await recordChanges(trx, myItemChange(row.council_id, row));
}
