// Staff give a poll option Welsh and Arabic words, so each phone shows it in its own language; the label stays as
// first written, and phones fall back to it.
import type { StaffPollView } from '../../../../shared/feed-staff';
import type { PollOptionTranslations } from '../../../../shared/poll';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { isPostgres, recordChanges } from '../../../sync/change-log';
import { loadPollView, readTranslations } from './views';

export async function setOptionTranslations(
  deps: AppDeps,
  staff: StaffAuth,
  params: { id: string; optionId: string },
  translations: PollOptionTranslations,
): Promise<StaffPollView> {
  await deps.db.transaction().execute(async (trx) => {
    const option = await trx
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select(['o.id', 'o.status', 'o.translations'])
      .where('o.id', '=', params.optionId)
      .where('o.poll_id', '=', params.id)
      .where('p.council_id', '=', staff.councilId)
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .executeTakeFirst();
    if (!option) throw notFound('That choice');
    // As for decisions: words that may be about harm, or that were taken back, are on no staff poll screen.
    if (option.status === 'safeguarding') throw conflict('safeguarding', 'A suggestion that may be about harm is never published.');
    if (option.status === 'withdrawn') throw conflict('withdrawn', 'The young person took this suggestion back, so it is not there any more.');
    const before = readTranslations(option.translations);
    if (before.cy === translations.cy && before.ar === translations.ar) return; // no change: nothing moves on any phone
    const stored = translations.cy || translations.ar ? JSON.stringify(translations) : null;
    await trx.updateTable('poll_options').set({ translations: stored }).where('id', '=', option.id).execute();
    // Phones see published options only; a pending one reaches them with its words when it is approved.
    if (option.status === 'published') await recordChanges(trx, [{ councilId: staff.councilId, collection: 'polls', entityId: params.id }]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'poll.option.translate',
        entity: 'poll_option',
        entityId: option.id,
        detail: { languages: Object.keys(translations) },
      },
      deps.now(),
    );
  });
  return loadPollView(deps.db, staff.councilId, params.id);
}
