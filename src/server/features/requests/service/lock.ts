// A request's row read for a change: on PostgreSQL it stays locked until the transaction ends, so two changes to one
// request (a reply and an escalation, or the same one sent twice) take turns. SQLite has one writer anyway.
import type { Trx } from '../../../db/schema';
import { isPostgres } from '../../../sync/change-log';
import type { RequestRow } from './view';

export function lockRequest(trx: Trx, id: string): Promise<RequestRow> {
  return trx
    .selectFrom('requests')
    .selectAll()
    .where('id', '=', id)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirstOrThrow();
}
