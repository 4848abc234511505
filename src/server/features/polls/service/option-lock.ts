// The one way a staff action reaches a poll option: found in the member's own council (locked for the change on
// PostgreSQL), and never one kept private for safeguarding or taken back by the young person — those are on no staff
// poll screen, so deciding on them or wording them is refused.
import { conflict, notFound } from '../../../lib/errors';
import type { Trx } from '../../../db/schema';
import { isPostgres } from '../../../sync/change-log';

export async function lockStaffOption(trx: Trx, councilId: string, params: { id: string; optionId: string }) {
  const option = await trx
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.id', 'o.status', 'o.device_id', 'o.op_id', 'o.label', 'o.translations'])
    .where('o.id', '=', params.optionId)
    .where('o.poll_id', '=', params.id)
    .where('p.council_id', '=', councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!option) throw notFound('That choice');
  if (option.status === 'safeguarding') throw conflict('safeguarding', 'A suggestion that may be about harm is never published.');
  if (option.status === 'withdrawn') throw conflict('withdrawn', 'The young person took this suggestion back, so it is not there any more.');
  return option;
}
