// Staff writing the offer: a new item starts as a draft; changing it changes the working copy only (phones keep the
// published version until an admin publishes); a retired item stays as it was.
import { newId } from '../../../../shared/ids';
import type { OfferItemFields } from '../../../../shared/offer-staff';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { fieldChanges } from './fields';
import { loadItem, lockItem, type LoadedItem } from './store';

export async function createItem(deps: AppDeps, staff: StaffAuth, fields: OfferItemFields): Promise<LoadedItem> {
  const id = newId();
  const at = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('offer_items')
      .values({
        id,
        council_id: staff.councilId,
        state: 'draft',
        fields: JSON.stringify(fields),
        published: null,
        published_version: null,
        published_at: null,
        created_at: at,
        updated_at: at,
        updated_by: staff.staffId,
        retired_at: null,
        retired_by: null,
        retired_reason: null,
      })
      .execute();
    await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'offer.create', entity: 'offer-item', entityId: id }, deps.now());
  });
  return (await loadItem(deps.db, staff.councilId, id))!;
}

export async function updateItem(deps: AppDeps, staff: StaffAuth, id: string, fields: OfferItemFields): Promise<LoadedItem> {
  await deps.db.transaction().execute(async (trx) => {
    const item = await lockItem(trx, staff.councilId, id);
    if (!item) throw notFound('That offer item');
    if (item.row.state === 'retired') throw conflict('item-retired', 'This item was retired; it cannot be changed.');
    await trx
      .updateTable('offer_items')
      .set({ fields: JSON.stringify(fields), updated_at: deps.now().toISOString(), updated_by: staff.staffId })
      .where('id', '=', id)
      .execute();
    const changed = fieldChanges(item.fields, fields).map((c) => c.field);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'offer.update', entity: 'offer-item', entityId: id, detail: { changed } },
      deps.now(),
    );
  });
  return (await loadItem(deps.db, staff.councilId, id))!;
}
