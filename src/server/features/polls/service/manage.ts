// Staff run a language poll: create it, open or close it, and decide on the names young people suggested.
import type { z } from 'zod';
import type { pollCreateSchema, pollOptionDecisionSchema, StaffPollView } from '../../../../shared/feed-staff';
import { newId } from '../../../../shared/ids';
import { assessText } from '../../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../../council/load';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { myItemChange, recordChanges } from '../../../sync/change-log';
import { lockStaffOption } from './option-lock';
import { loadPollView, suggesterChanges } from './views';

export async function createPoll(deps: AppDeps, staff: StaffAuth, body: z.output<typeof pollCreateSchema>): Promise<StaffPollView> {
  const now = deps.now().toISOString();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('polls')
      .values({
        id,
        council_id: staff.councilId,
        term: body.term,
        question: JSON.stringify(body.question),
        open: 1,
        adopted_option_id: null,
        feed_item_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const labels = [...new Set(body.options)];
    await trx
      .insertInto('poll_options')
      .values(
        labels.map((label, i) => ({
          id: newId(),
          poll_id: id,
          label,
          status: 'published' as const,
          device_id: null,
          flags: '{}',
          votes: 0,
          sort_order: i,
          created_at: now,
          decided_at: now,
        })),
      )
      .execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'polls', entityId: id }]);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'poll.create', entity: 'poll', entityId: id, detail: { term: body.term } },
      deps.now(),
    );
  });
  return loadPollView(deps.db, staff.councilId, id);
}

export async function setPollOpen(deps: AppDeps, staff: StaffAuth, id: string, open: boolean): Promise<StaffPollView> {
  await deps.db.transaction().execute(async (trx) => {
    const poll = await trx.selectFrom('polls').select(['open']).where('id', '=', id).where('council_id', '=', staff.councilId).executeTakeFirst();
    if (!poll) throw notFound('That poll');
    if ((poll.open === 1) === open) return; // no change: nothing moves on anyone's phone
    await trx
      .updateTable('polls')
      .set({ open: open ? 1 : 0, updated_at: deps.now().toISOString() })
      .where('id', '=', id)
      .execute();
    // Each phone that suggested a name learns the poll has closed (or opened again) on its own journey.
    await recordChanges(trx, [
      { councilId: staff.councilId, collection: 'polls', entityId: id },
      ...(await suggesterChanges(trx, staff.councilId, id)),
    ]);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: open ? 'poll.open' : 'poll.close', entity: 'poll', entityId: id },
      deps.now(),
    );
  });
  return loadPollView(deps.db, staff.councilId, id);
}

export async function decideOption(
  deps: AppDeps,
  staff: StaffAuth,
  params: { id: string; optionId: string },
  body: z.output<typeof pollOptionDecisionSchema>,
): Promise<StaffPollView> {
  await deps.db.transaction().execute(async (trx) => {
    const option = await lockStaffOption(trx, staff.councilId, params);
    // Moderation is the last line here too: an idea the check has any doubt about (today's words and the council's
    // own) reaches every phone's poll only when a person confirms it is not about harm.
    if (body.action === 'approve' && !body.confirmDoubt) {
      const extraTerms = await councilSafetyTerms(trx, staff.councilId);
      const check = assessText(option.label, { extraTerms });
      if (check.disclosure || check.doubt !== 'none') {
        throw conflict('confirm-doubt', 'The safety check has doubts about this idea. Read it again, then confirm it is not about harm.');
      }
    }
    const status = body.action === 'approve' ? 'published' : 'hidden';
    await trx.updateTable('poll_options').set({ status, decided_at: deps.now().toISOString() }).where('id', '=', option.id).execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'polls', entityId: params.id }, ...myItemChange(staff.councilId, option)]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: `poll.option.${body.action}`,
        entity: 'poll_option',
        entityId: option.id,
        detail: { from: option.status },
      },
      deps.now(),
    );
  });
  return loadPollView(deps.db, staff.councilId, params.id);
}
