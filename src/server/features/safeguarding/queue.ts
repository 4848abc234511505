// Reads the safeguarding queue a page at a time: items still waiting for someone to act first, then those dealt
// with, each part newest first, so the newest disclosure is always the first item of the first page, however many
// arrive (a flood included). Nothing is cut off: every item is on some page, and the total says how many.
import { sql, type Kysely } from 'kysely';
import type {
  SafeguardingActionView,
  SafeguardingItemView,
  SafeguardingKind,
  SafeguardingListQuery,
  SafeguardingPage,
} from '../../../shared/safeguarding';
import type { LocalizedText } from '../../../shared/text';
import type { Database } from '../../db/schema';
import { countSamePhone, neighbourWindow, type PhoneItem } from '../../lib/same-phone';

const english = (json: string): string => (JSON.parse(json) as LocalizedText).en;

/** Every item in the queue as (kind, id, time, waiting): the two kinds in one list that the database orders and pages. */
function queueRows(db: Kysely<Database>, councilId: string) {
  const waiting = (kind: SafeguardingKind, itemId: 'p.id' | 'o.id') =>
    sql<number>`case when exists (select 1 from safeguarding_actions a where a.council_id = ${councilId} and a.kind = ${kind} and a.item_id = ${sql.ref(itemId)}) then 0 else 1 end`;
  const posts = db
    .selectFrom('wall_posts as p')
    .select([sql<SafeguardingKind>`${sql.lit('wall-post')}`.as('kind'), 'p.id', 'p.created_at', waiting('wall-post', 'p.id').as('waiting')])
    .where('p.council_id', '=', councilId)
    .where('p.status', '=', 'safeguarding');
  const ideas = db
    .selectFrom('poll_options as o')
    .innerJoin('polls as pl', 'pl.id', 'o.poll_id')
    .select([sql<SafeguardingKind>`${sql.lit('poll-suggestion')}`.as('kind'), 'o.id', 'o.created_at', waiting('poll-suggestion', 'o.id').as('waiting')])
    .where('pl.council_id', '=', councilId)
    .where('o.status', '=', 'safeguarding');
  return db.selectFrom(posts.unionAll(ideas).as('q'));
}

async function loadActions(db: Kysely<Database>, councilId: string, keys: { kind: SafeguardingKind; id: string }[]) {
  const byItem = new Map<string, SafeguardingActionView[]>();
  if (keys.length === 0) return byItem;
  const rows = await db
    .selectFrom('safeguarding_actions as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.id', 'a.kind', 'a.item_id', 'a.note', 'a.at', 's.name as staff_name'])
    .where('a.council_id', '=', councilId)
    .where('a.item_id', 'in', keys.map((k) => k.id))
    .orderBy('a.at', 'asc')
    .orderBy('a.id', 'asc')
    .execute();
  for (const r of rows) {
    const key = `${r.kind}:${r.item_id}`;
    byItem.set(key, [...(byItem.get(key) ?? []), { id: r.id, at: r.at, staffName: r.staff_name, note: r.note }]);
  }
  return byItem;
}

export async function loadSafeguardingPage(db: Kysely<Database>, councilId: string, query: SafeguardingListQuery): Promise<SafeguardingPage> {
  const [counts, page] = await Promise.all([
    queueRows(db, councilId)
      .select((eb) => [eb.fn.countAll().as('total'), eb.fn.sum<number | string | null>('q.waiting').as('waiting')])
      .executeTakeFirstOrThrow(),
    queueRows(db, councilId)
      .selectAll()
      .orderBy('q.waiting', 'desc')
      .orderBy('q.created_at', 'desc')
      .orderBy('q.id', 'asc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const postIds = page.filter((r) => r.kind === 'wall-post').map((r) => r.id);
  const ideaIds = page.filter((r) => r.kind === 'poll-suggestion').map((r) => r.id);
  const [posts, ideas, actions] = await Promise.all([
    postIds.length === 0
      ? []
      : db
          .selectFrom('wall_posts as p')
          .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
          .leftJoin('districts as d', 'd.id', 'p.district_id')
          .select(['p.id', 'p.text', 'p.created_at', 'p.device_id', 'p.withdrawn_at', 'q.text as context', 'd.name as district_name'])
          .where('p.council_id', '=', councilId)
          .where('p.id', 'in', postIds)
          .execute(),
    ideaIds.length === 0
      ? []
      : db
          .selectFrom('poll_options as o')
          .innerJoin('polls as p', 'p.id', 'o.poll_id')
          .select(['o.id', 'o.label', 'o.created_at', 'o.device_id', 'o.withdrawn_at', 'p.question'])
          .where('p.council_id', '=', councilId)
          .where('o.id', 'in', ideaIds)
          .execute(),
    loadActions(db, councilId, page),
  ]);
  const postMarks = await samePhoneWallPosts(db, councilId, posts.map((p) => ({ id: p.id, deviceId: p.device_id, createdAt: p.created_at })));
  const ideaMarks = await samePhoneIdeas(db, councilId, ideas.map((o) => ({ id: o.id, deviceId: o.device_id, createdAt: o.created_at })));
  const postById = new Map(posts.map((p) => [p.id, p]));
  const ideaById = new Map(ideas.map((o) => [o.id, o]));
  const items = page.flatMap((row): SafeguardingItemView[] => {
    const acted = actions.get(`${row.kind}:${row.id}`) ?? [];
    const post = row.kind === 'wall-post' ? postById.get(row.id) : undefined;
    if (post) {
      const context = english(post.context);
      return [{ kind: 'wall-post', id: post.id, text: post.text, context, districtName: post.district_name, createdAt: post.created_at, actions: acted, samePhone: postMarks.get(post.id) ?? null, takenBackAt: post.withdrawn_at }];
    }
    const idea = row.kind === 'poll-suggestion' ? ideaById.get(row.id) : undefined;
    if (idea) {
      const context = english(idea.question);
      return [{ kind: 'poll-suggestion', id: idea.id, text: idea.label, context, districtName: null, createdAt: idea.created_at, actions: acted, samePhone: ideaMarks.get(idea.id) ?? null, takenBackAt: idea.withdrawn_at }];
    }
    return [];
  });
  return { items, total: Number(counts.total), waiting: Number(counts.waiting ?? 0), page: query.page, pageSize: query.pageSize };
}

// The statuses of something a phone sent (a post or idea the young person took back is not counted).
const SENT_POSTS = ['pending', 'published', 'hidden', 'safeguarding'] as const;

async function samePhoneWallPosts(db: Kysely<Database>, councilId: string, items: PhoneItem[]): Promise<Map<string, number>> {
  const window = neighbourWindow(items);
  if (!window) return new Map();
  const near = await db
    .selectFrom('wall_posts')
    .select(['device_id', 'created_at'])
    .where('council_id', '=', councilId)
    .where('device_id', 'in', window.deviceIds)
    .where('status', 'in', SENT_POSTS)
    .where('created_at', '>=', window.from)
    .where('created_at', '<=', window.to)
    .execute();
  return countSamePhone(items, near.flatMap((n) => (n.device_id ? [{ deviceId: n.device_id, createdAt: n.created_at }] : [])));
}

async function samePhoneIdeas(db: Kysely<Database>, councilId: string, items: PhoneItem[]): Promise<Map<string, number>> {
  const window = neighbourWindow(items);
  if (!window) return new Map();
  const near = await db
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.device_id', 'o.created_at'])
    .where('p.council_id', '=', councilId)
    .where('o.device_id', 'in', window.deviceIds)
    .where('o.status', 'in', SENT_POSTS)
    .where('o.created_at', '>=', window.from)
    .where('o.created_at', '<=', window.to)
    .execute();
  return countSamePhone(items, near.flatMap((n) => (n.device_id ? [{ deviceId: n.device_id, createdAt: n.created_at }] : [])));
}
