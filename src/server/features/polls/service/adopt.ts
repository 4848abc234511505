// Adopting a name: the council's word changes, the poll closes, and "you said, we did" says so (published through
// the feed's answers port).
import type { z } from 'zod';
import type { pollAdoptSchema, StaffPollView } from '../../../../shared/feed-staff';
import { updateCouncilSettingsJson } from '../../../council/load';
import { audit } from '../../../lib/audit';
import { badRequest, conflict, notFound } from '../../../lib/errors';
import { parseText } from '../../../lib/json-column';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { recordChanges } from '../../../sync/change-log';
import { loadPollView, suggesterChanges } from './views';

export async function adoptName(
  deps: AppDeps,
  ports: Ports,
  staff: StaffAuth,
  pollId: string,
  body: z.output<typeof pollAdoptSchema>,
): Promise<StaffPollView> {
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const poll = await trx.selectFrom('polls').selectAll().where('id', '=', pollId).where('council_id', '=', staff.councilId).executeTakeFirst();
    if (!poll) throw notFound('That poll');
    if (poll.adopted_option_id) throw conflict('already-adopted', 'This poll already has an adopted name.');
    const option = await trx
      .selectFrom('poll_options')
      .select(['id', 'label', 'status', 'device_id'])
      .where('id', '=', body.optionId)
      .where('poll_id', '=', pollId)
      .executeTakeFirst();
    if (!option || option.status !== 'published') throw badRequest('invalid-input', 'optionId: choose a published option of this poll.');

    // The council's own word for the term, in English; Welsh and Arabic keep theirs until staff set them.
    await updateCouncilSettingsJson(trx, staff.councilId, (settings) => ({
      ...settings,
      vocabulary: { ...settings.vocabulary, en: { ...(settings.vocabulary.en ?? {}), [poll.term]: option.label } },
    }));

    if (!ports.feedAnswers) throw new Error('No domain publishes "you said, we did" answers.');
    const question = parseText(poll.question);
    const itemId = await ports.feedAnswers.publish(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        at: now,
        item: {
          said: { en: `${question.en} You said: call it "${option.label}".` },
          did: body.did,
          status: 'done',
          cantDoReason: null,
          districtId: null,
          responsible: body.responsible,
          startOn: now.slice(0, 10),
          dueOn: null,
          sources: [{ kind: 'poll', id: poll.id }],
        },
      },
      ports,
    );
    await trx
      .updateTable('polls')
      .set({ adopted_option_id: option.id, feed_item_id: itemId, open: 0, updated_at: now })
      .where('id', '=', poll.id)
      .execute();
    await recordChanges(trx, [
      { councilId: staff.councilId, collection: 'council', entityId: staff.councilId },
      { councilId: staff.councilId, collection: 'polls', entityId: poll.id },
      { councilId: staff.councilId, collection: 'feedItems', entityId: itemId },
      // The chosen idea is answered; every other idea's poll has closed: each phone that suggested one hears.
      ...(await suggesterChanges(trx, staff.councilId, poll.id)),
    ]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'poll.adopt',
        entity: 'poll',
        entityId: poll.id,
        detail: { term: poll.term, label: option.label, feedItemId: itemId },
      },
      deps.now(),
    );
  });
  return loadPollView(deps.db, staff.councilId, pollId);
}
