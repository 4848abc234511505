// Demoshire's local offer: every demo item published as version 1 when the demo is made; a demo made before an item
// was added gets only the items it lacks.
import { offerItemInputSchema } from '../../../shared/offer-staff';
import type { Trx } from '../../db/schema';
import { recordChanges } from '../../sync/change-log';
import { DEMO_OFFER, type DemoOfferItem } from './demo-offer';
import { toPhoneItem } from './service/phone-item';

/** Publishes these items (version 1, published now) unless the council has an item with the same id; answers the ids added. */
export async function seedOfferItems(
  trx: Trx,
  councilId: string,
  now: Date,
  items: readonly DemoOfferItem[],
  staffId: string | null,
): Promise<string[]> {
  if (items.length === 0) return [];
  const have = new Set(
    (
      await trx
        .selectFrom('offer_items')
        .select('id')
        .where(
          'id',
          'in',
          items.map((i) => i.id),
        )
        .execute()
    ).map((r) => r.id),
  );
  const missing = items.filter((i) => !have.has(i.id));
  if (missing.length === 0) return [];
  const at = now.toISOString();
  const rows = missing.map((item) => {
    const fields = offerItemInputSchema.parse(item.input);
    return { id: item.id, fields, json: JSON.stringify(fields), phone: JSON.stringify(toPhoneItem(item.id, fields, 1, at, null)) };
  });
  await trx
    .insertInto('offer_items')
    .values(
      rows.map((r) => ({
        id: r.id,
        council_id: councilId,
        state: 'published' as const,
        fields: r.json,
        published: r.phone,
        published_version: 1,
        published_at: at,
        created_at: at,
        updated_at: at,
        updated_by: staffId,
        retired_at: null,
        retired_by: null,
        retired_reason: null,
      })),
    )
    .execute();
  await trx
    .insertInto('offer_versions')
    .values(
      rows.map((r) => ({
        item_id: r.id,
        council_id: councilId,
        version: 1,
        published_at: at,
        published_by: staffId,
        change_note: null,
        changes: '[]',
        snapshot: r.json,
      })),
    )
    .execute();
  await recordChanges(
    trx,
    rows.map((r) => ({ councilId, collection: 'offerItems' as const, entityId: r.id })),
  );
  return rows.map((r) => r.id);
}

export const seedDemoOffer = (trx: Trx, councilId: string, now: Date) => seedOfferItems(trx, councilId, now, DEMO_OFFER, null);
