// Every published version of an item, newest first, with who published it and what changed.
import { offerFieldChangeSchema, type OfferFieldChange } from '../../../../shared/offer-staff';
import { localizedTextSchema, type LocalizedText } from '../../../../shared/text';
import type { Db } from '../../../db/schema';

export interface OfferVersionView {
  version: number;
  publishedAt: string;
  publishedBy: string;
  changeNote: LocalizedText | null;
  changes: OfferFieldChange[];
}

export async function loadHistory(db: Db, councilId: string, id: string, names: ReadonlyMap<string, string>): Promise<OfferVersionView[]> {
  const rows = await db
    .selectFrom('offer_versions')
    .selectAll()
    .where('item_id', '=', id)
    .where('council_id', '=', councilId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    publishedAt: r.published_at,
    publishedBy: r.published_by ? (names.get(r.published_by) ?? 'A former member of staff') : 'Heard demo content',
    changeNote: r.change_note ? localizedTextSchema.parse(JSON.parse(r.change_note)) : null,
    changes: offerFieldChangeSchema.array().parse(JSON.parse(r.changes)),
  }));
}
