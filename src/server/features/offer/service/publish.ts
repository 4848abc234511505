// Publishing and retiring: the only ways phones' copy of the offer changes. A publish records a version with what
// changed since the last one; both record a change so phones pull it (a retired item goes out as a tombstone).
import type { OfferCheck, OfferFieldChange } from '../../../../shared/offer-staff';
import { londonDate } from '../../../../shared/requests/clock';
import type { LocalizedText } from '../../../../shared/text';
import { loadCouncilRecord } from '../../../council/load';
import type { Db, Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { offerChecks } from './checks';
import { fieldChanges, sameValue } from './fields';
import { toPhoneItem } from './phone-item';
import { loadItem, loadItems, lockItem, offerAfterPublish, type LoadedItem } from './store';

export type PublishOutcome =
  { published: true; item: LoadedItem; changes: OfferFieldChange[]; checks: OfferCheck[] } | { published: false; checks: OfferCheck[] };

/** The checks on the council's offer with `target`'s draft published (null: the offer as phones have it). */
export async function checksFor(db: Db, councilId: string, now: Date, target: LoadedItem | null): Promise<OfferCheck[]> {
  const council = await loadCouncilRecord(db, councilId);
  const items = await loadItems(db, councilId);
  return offerChecks({ nation: council?.settings.nation ?? 'england', items: offerAfterPublish(items, target), today: londonDate(now) });
}

async function lockLive(trx: Trx, staff: StaffAuth, id: string): Promise<LoadedItem> {
  const item = await lockItem(trx, staff.councilId, id);
  if (!item) throw notFound('That offer item');
  if (item.row.state === 'retired') throw conflict('item-retired', 'This item was retired already.');
  return item;
}

export async function publishItem(
  deps: AppDeps,
  staff: StaffAuth,
  id: string,
  input: { changeNote: LocalizedText | null; acknowledgeChecks: boolean },
): Promise<PublishOutcome> {
  const now = deps.now();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (trx): Promise<PublishOutcome> => {
    const item = await lockLive(trx, staff, id);
    if (item.publishedFields && sameValue(item.fields, item.publishedFields)) {
      throw conflict('nothing-to-publish', 'This item has no changes since it was last published.');
    }
    const checks = await checksFor(trx, staff.councilId, now, item);
    if (checks.length > 0 && !input.acknowledgeChecks) return { published: false, checks };

    const version = (item.row.published_version ?? 0) + 1;
    // The first version has nothing before it to compare with.
    const changes = item.publishedFields ? fieldChanges(item.publishedFields, item.fields) : [];
    await trx
      .insertInto('offer_versions')
      .values({
        item_id: id,
        council_id: staff.councilId,
        version,
        published_at: at,
        published_by: staff.staffId,
        change_note: input.changeNote ? JSON.stringify(input.changeNote) : null,
        changes: JSON.stringify(changes),
        snapshot: item.row.fields,
      })
      .execute();
    await trx
      .updateTable('offer_items')
      .set({
        state: 'published',
        published: JSON.stringify(toPhoneItem(id, item.fields, version, at, input.changeNote)),
        published_version: version,
        published_at: at,
        updated_at: at,
        updated_by: staff.staffId,
      })
      .where('id', '=', id)
      .execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'offerItems', entityId: id }]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'offer.publish',
        entity: 'offer-item',
        entityId: id,
        detail: { version, changed: changes.map((c) => c.field), acknowledged: checks.map((c) => c.code) },
      },
      now,
    );
    return { published: true, item: (await loadItem(trx, staff.councilId, id))!, changes, checks };
  });
}

export async function retireItem(deps: AppDeps, staff: StaffAuth, id: string, reason: string): Promise<LoadedItem> {
  const now = deps.now();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const item = await lockLive(trx, staff, id);
    await trx
      .updateTable('offer_items')
      .set({ state: 'retired', retired_at: at, retired_by: staff.staffId, retired_reason: reason, updated_at: at, updated_by: staff.staffId })
      .where('id', '=', id)
      .execute();
    // A draft never reached a phone; a published item goes out as a tombstone.
    if (item.row.state === 'published') await recordChanges(trx, [{ councilId: staff.councilId, collection: 'offerItems', entityId: id }]);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'offer.retire', entity: 'offer-item', entityId: id, detail: { reason } },
      now,
    );
    return (await loadItem(trx, staff.councilId, id))!;
  });
}
