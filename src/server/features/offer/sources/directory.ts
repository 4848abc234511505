// What the offer tells other domains about its items: their English titles by id, whatever their state.
import { offerItemInputSchema } from '../../../../shared/offer-staff';
import type { OfferItemDirectory } from '../../../ports/offer-items';

export const offerItemDirectory: OfferItemDirectory = {
  async titles(db, councilId, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('offer_items')
      .select(['id', 'fields'])
      .where('council_id', '=', councilId)
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, offerItemInputSchema.parse(JSON.parse(r.fields)).title.en]));
  },
};
