// The tables added by migration 021: the local offer's items and their published versions. JSON lives in text columns.

export interface OfferItemsTable {
  id: string;
  council_id: string;
  state: 'draft' | 'published' | 'retired';
  fields: string;
  published: string | null;
  published_version: number | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
}

export interface OfferVersionsTable {
  item_id: string;
  council_id: string;
  version: number;
  published_at: string;
  published_by: string | null;
  change_note: string | null;
  changes: string;
  snapshot: string;
}

export interface OfferTables {
  offer_items: OfferItemsTable;
  offer_versions: OfferVersionsTable;
}
