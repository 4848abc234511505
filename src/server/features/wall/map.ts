// Rows to wire shapes. The wall never sends a post's original text or its phone to other phones.
import type { Selectable } from 'kysely';
import type { MyItem } from '../../../shared/my-items';
import type { WallPost, WallPrompt } from '../../../shared/wall';
import type { WallPostsTable, WallPromptsTable } from '../../db/tables/wall';
import { parseText } from '../../lib/json-column';

export function toWallPrompt(r: Selectable<WallPromptsTable>): WallPrompt {
  return {
    id: r.id,
    kind: r.kind,
    text: parseText(r.text),
    districtId: r.district_id,
    open: r.open === 1,
    sortOrder: Number(r.sort_order),
  };
}

export function toWallPost(r: Selectable<WallPostsTable>): WallPost {
  return {
    id: r.id,
    promptId: r.prompt_id,
    text: r.published_text ?? '',
    districtId: r.district_id,
    meToo: Number(r.me_too),
    publishedAt: r.decided_at ?? r.created_at,
  };
}

/** The sending phone's view of its own post, keyed by the op that made it (as the phone's outbox row is). */
export function toMyItem(r: Selectable<WallPostsTable>): MyItem {
  const base = { id: r.op_id ?? r.id, kind: 'wall-post' as const, themeIds: [], feedItemIds: [], updatedAt: r.decided_at ?? r.created_at };
  switch (r.status) {
    case 'published':
      return { ...base, state: 'published', reason: null };
    case 'safeguarding':
      return { ...base, state: 'kept-private', reason: 'safeguarding' };
    case 'hidden':
      return {
        ...base,
        state: 'kept-private',
        reason: r.decision_category === 'personal-details' ? 'personal-details' : 'not-suitable',
      };
    default:
      return { ...base, state: 'delivered', reason: null };
  }
}
