// Graffiti wall tables. A post's id is the server's; the op that made it is kept in op_id (posts made before migration
// 005 used the op id as their own id).
import type { ColumnType } from 'kysely';

export interface WallPromptsTable {
  id: string;
  council_id: string;
  kind: 'yes-more' | 'no-more' | 'starter';
  /** JSON LocalizedText */
  text: string;
  district_id: string | null;
  open: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}
export interface WallPostsTable {
  id: string;
  council_id: string;
  prompt_id: string;
  /** The phone that sent it (never a person); only used to show that phone its own post's journey. */
  device_id: string | null;
  /** The id of the op that made it: the phone's own item is keyed by it (null for posts not made by a phone). */
  op_id: string | null;
  district_id: string | null;
  /** As written: only staff and the sending phone ever see it. */
  text: string;
  /** What the wall shows, once approved (a moderator may have removed personal details). */
  published_text: string | null;
  /** 'withdrawn': the young person took it back (its words erased); a safeguarding post stays 'safeguarding'. */
  status: 'pending' | 'published' | 'hidden' | 'safeguarding' | 'withdrawn';
  /** JSON TextAssessment at the time it arrived. */
  flags: string;
  me_too: number;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  /** For hidden posts: 'personal-details' | 'not-suitable', shown to the sender in kind words. */
  decision_category: string | null;
  /** When the young person took it back (migration 007). */
  withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface WallMeToosTable {
  post_id: string;
  device_id: string;
  created_at: string;
}
export interface WallTables {
  wall_prompts: WallPromptsTable;
  wall_posts: WallPostsTable;
  wall_me_toos: WallMeToosTable;
}
