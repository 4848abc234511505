// "You said, we did" tables. Localized text columns hold JSON LocalizedText.
import type { ColumnType } from 'kysely';
import type { FeedStatus, Reaction, SourceKind } from '../../../shared/feed';

export interface ThemesTable {
  id: string;
  council_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}
export interface ThemePostsTable {
  theme_id: string;
  post_id: string;
  added_at: string;
}
export interface FeedItemsTable {
  id: string;
  council_id: string;
  state: 'draft' | 'published';
  said: string;
  did: string;
  status: FeedStatus;
  cant_do_reason: string | null;
  district_id: string | null;
  responsible: string;
  start_on: string | null;
  due_on: string | null;
  created_at: string;
  created_by: string | null;
  published_at: string | null;
  updated_at: string;
}
export interface FeedItemSourcesTable {
  feed_item_id: string;
  kind: SourceKind;
  source_id: string;
  quote: string | null;
  position: number;
  /** When the quoted words were withdrawn (quote erased; the row stays as the notice to staff). Migration 007. */
  withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface FeedUpdatesTable {
  id: string;
  feed_item_id: string;
  at: string;
  status: FeedStatus;
  text: string;
  created_by: string | null;
}
export interface FeedReactionsTable {
  item_id: string;
  device_id: string;
  reaction: Reaction;
  updated_at: string;
  /** When the phone made this reaction (its op's createdAt, as UTC ISO), or null if kept before migration 023. */
  made_at: string | null;
}
export interface PollsTable {
  id: string;
  council_id: string;
  term: string;
  question: string;
  open: number;
  adopted_option_id: string | null;
  feed_item_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface PollOptionsTable {
  id: string;
  poll_id: string;
  label: string;
  /** A suggestion that may be about harm is 'safeguarding': never shown to young people, never approvable. */
  status: 'published' | 'pending' | 'hidden' | 'safeguarding' | 'withdrawn';
  /** The phone that suggested it (null for staff options); only used to show that phone its journey. */
  device_id: string | null;
  /** The id of the op that suggested it: the phone's own item is keyed by it (null for staff options). */
  op_id: string | null;
  flags: string;
  votes: number;
  sort_order: number;
  created_at: string;
  decided_at: string | null;
  /** When the young person took it back (migration 007). */
  withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Staff's Welsh and Arabic wording, JSON `{ cy?, ar? }`, or null (migration 010). */
  translations: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface PollVotesTable {
  poll_id: string;
  device_id: string;
  option_id: string;
  created_at: string;
}
export interface FeedTables {
  themes: ThemesTable;
  theme_posts: ThemePostsTable;
  feed_items: FeedItemsTable;
  feed_item_sources: FeedItemSourcesTable;
  feed_updates: FeedUpdatesTable;
  feed_reactions: FeedReactionsTable;
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_votes: PollVotesTable;
}
