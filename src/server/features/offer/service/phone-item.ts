// The item as phones get it: the working copy without what is for staff only (the owner, the check-by day), with the
// version, when it was published and the note on what changed.
import type { OfferItem } from '../../../../shared/offer';
import type { OfferItemFields } from '../../../../shared/offer-staff';
import type { LocalizedText } from '../../../../shared/text';

export function toPhoneItem(id: string, fields: OfferItemFields, version: number, publishedAt: string, changeNote: LocalizedText | null): OfferItem {
  const { owner: _owner, checkBy: _checkBy, ...shown } = fields;
  return { id, ...shown, version, publishedAt, changeNote };
}
