// Withdrawing a name idea (taken back by the young person). Name ideas are never quoted; the poll (every phone) and
// the sender's journey change. The row is locked while read (PostgreSQL), so a take-back and a decision never undo
// each other.
import { councilSafetyTerms } from '../../../council/load';
import type { Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import type { WithdrawInput } from '../../../my-items/types';
import { assessText } from '../../../../shared/safety/assess-text';
import { isPostgres, myItemChange, recordChanges } from '../../../sync/change-log';

/** The check (today's words and the council's own) has any doubt: words taken back are then kept for a person. */
async function doubtful(trx: Trx, councilId: string, text: string): Promise<boolean> {
  const check = assessText(text, { extraTerms: await councilSafetyTerms(trx, councilId) });
  return check.doubt !== 'none' || check.disclosure;
}

export async function withdrawIdea(trx: Trx, input: WithdrawInput): Promise<void> {
  const at = input.now.toISOString();
  const idea = await trx
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.id', 'o.op_id', 'o.device_id', 'o.status', 'o.withdrawn_at', 'o.poll_id', 'o.label', 'p.adopted_option_id'])
    .where('o.id', '=', input.id)
    .where('p.council_id', '=', input.councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!idea) return;
  if (input.cause === 'taken-back') {
    if (idea.withdrawn_at) return;
    // A name the council already adopted is the council's word now (its vocabulary and the feed item that says so):
    // the idea is marked taken back on the phone, but the word stays.
    const adopted = idea.adopted_option_id === idea.id;
    const keep = idea.status === 'safeguarding' || (!adopted && (await doubtful(trx, input.councilId, idea.label)));
    await trx
      .updateTable('poll_options')
      .set(
        adopted ? { withdrawn_at: at } : keep ? { withdrawn_at: at, status: 'safeguarding' } : { withdrawn_at: at, status: 'withdrawn', label: '' },
      )
      .where('id', '=', idea.id)
      .execute();
  }
  await recordChanges(trx, [{ councilId: input.councilId, collection: 'polls', entityId: idea.poll_id }, ...myItemChange(input.councilId, idea)]);
  await audit(
    trx,
    {
      councilId: input.councilId,
      staffId: input.staffId,
      action: 'poll.option.withdraw',
      entity: 'poll_option',
      entityId: idea.id,
      detail: { cause: input.cause, from: idea.status },
    },
    input.now,
  );
}
