// Wall posts as other domains may see them (themes count and list them; answers reach the phones that sent them),
// answered by the domain that holds the posts, so nobody else reads its tables.
import type { LocalizedText } from '../../shared/text';
import type { PromptKind } from '../../shared/wall';
import type { Db } from '../db/schema';

export type PostStatus = 'pending' | 'published' | 'hidden' | 'safeguarding' | 'withdrawn';

export interface PostFacts {
  id: string;
  status: PostStatus;
  /** The phone that sent it and the op that made it (what the phone's own item is keyed by). */
  deviceId: string | null;
  opId: string | null;
  meToo: number;
  createdAt: string;
  districtId: string | null;
}

export interface PostDetail extends PostFacts {
  text: string;
  publishedText: string | null;
  promptKind: PromptKind;
  promptText: LocalizedText;
}

export interface PostDirectory {
  /** These posts of this council (ids of other councils are left out). */
  facts(db: Db, councilId: string, ids: readonly string[]): Promise<PostFacts[]>;
  /** The same with their words and prompt, oldest first: only for staff screens. */
  details(db: Db, councilId: string, ids: readonly string[]): Promise<PostDetail[]>;
  /** The council's published posts with their words (the demo seed quotes them). */
  published(db: Db, councilId: string): Promise<Array<{ id: string; text: string }>>;
}

/** When no domain holds posts there are none. */
export const NO_POSTS: PostDirectory = {
  facts: () => Promise.resolve([]),
  details: () => Promise.resolve([]),
  published: () => Promise.resolve([]),
};
