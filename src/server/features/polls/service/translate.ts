// Staff give a poll option Welsh and Arabic words, so each phone shows it in its own language; the label stays as
// first written, and phones fall back to it.
import type { StaffPollView } from '../../../../shared/feed-staff';
import type { PollOptionTranslations } from '../../../../shared/poll';
import { audit } from '../../../lib/audit';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { lockStaffOption } from './option-lock';
import { loadPollView, readTranslations } from './views';

export async function setOptionTranslations(
  deps: AppDeps,
  staff: StaffAuth,
  params: { id: string; optionId: string },
  translations: PollOptionTranslations,
): Promise<StaffPollView> {
  await deps.db.transaction().execute(async (trx) => {
    const option = await lockStaffOption(trx, staff.councilId, params);
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
