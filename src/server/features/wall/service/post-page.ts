// The moderation queue's list: paged (never cut off; the newest post always reachable), the safety check run again on
// every listed post, and posts from one phone marked as a possible flood.
import type { Kysely } from 'kysely';
import type { PostListQuery, StaffWallPostPage, StaffWallPostView } from '../../../../shared/wall-staff';
import { districtNames } from '../../../council/district-names';
import { councilSafetyTerms } from '../../../council/load';
import type { Database } from '../../../db/schema';
import { parseJsonColumn, parseText, storedFlagsSchema } from '../../../lib/json-column';
import { countSamePhone, neighbourWindow } from '../../../lib/same-phone';
import { checkPost } from './check';

/** A post's statuses that count as something the phone sent (a post taken back by the young person does not). */
const SENT = ['pending', 'published', 'hidden', 'safeguarding'] as const;

export async function loadPostPage(db: Kysely<Database>, councilId: string, query: PostListQuery): Promise<StaffWallPostPage> {
  const order = query.order ?? (query.status === 'pending' ? 'oldest' : 'newest');
  const direction = order === 'oldest' ? 'asc' : 'desc';
  const total = await db
    .selectFrom('wall_posts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('council_id', '=', councilId)
    .where('status', '=', query.status)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('wall_posts as p')
    .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
    .select([
      'p.id',
      'p.text',
      'p.published_text',
      'p.status',
      'p.prompt_id',
      'p.me_too',
      'p.created_at',
      'p.decided_at',
      'p.flags',
      'p.decision_reason',
      'p.device_id',
      'p.district_id',
      'q.text as prompt_text',
    ])
    .where('p.council_id', '=', councilId)
    .where('p.status', '=', query.status)
    // The id breaks ties, so a page boundary never repeats or skips a post made in the same millisecond.
    .orderBy('p.created_at', direction)
    .orderBy('p.id', direction)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const samePhone = await samePhoneMarks(
    db,
    councilId,
    rows.map((r) => ({ id: r.id, deviceId: r.device_id, createdAt: r.created_at })),
  );
  const extraTerms = await councilSafetyTerms(db, councilId);
  const districts = await districtNames(db, councilId);
  const posts: StaffWallPostView[] = rows.map((r) => {
    const stored = parseJsonColumn(storedFlagsSchema, r.flags);
    const check = checkPost(r.text, { extraTerms });
    return {
      id: r.id,
      text: r.text,
      publishedText: r.published_text,
      // The list is asked for one status (pending, published or hidden).
      status: r.status as StaffWallPostView['status'],
      promptId: r.prompt_id,
      promptText: parseText(r.prompt_text).en,
      districtName: r.district_id ? (districts.get(r.district_id) ?? null) : null,
      meToo: Number(r.me_too),
      createdAt: r.created_at,
      decidedAt: r.decided_at,
      // What the check said when the post arrived, or says now: a flag is never lost by re-checking.
      flags: {
        disclosure: check.disclosure || stored.disclosure === true,
        personalDetails: [...new Set([...check.personalDetails, ...(stored.personalDetails ?? [])])],
      },
      reason: r.decision_reason,
      check: { doubt: check.doubt, categories: check.categories },
      samePhone: samePhone.get(r.id) ?? null,
    };
  });
  return { posts, total: Number(total.n), page: query.page, pageSize: query.pageSize, order };
}

/** For the posts on one page: how many their phone sent within an hour of each, and how many of its posts still wait. */
async function samePhoneMarks(
  db: Kysely<Database>,
  councilId: string,
  items: { id: string; deviceId: string | null; createdAt: string }[],
): Promise<Map<string, { withinHour: number; waiting: number }>> {
  const window = neighbourWindow(items);
  if (!window) return new Map();
  const [near, waiting] = await Promise.all([
    db
      .selectFrom('wall_posts')
      .select(['device_id', 'created_at'])
      .where('council_id', '=', councilId)
      .where('device_id', 'in', window.deviceIds)
      .where('status', 'in', SENT)
      .where('created_at', '>=', window.from)
      .where('created_at', '<=', window.to)
      .execute(),
    db
      .selectFrom('wall_posts')
      .select((eb) => ['device_id', eb.fn.countAll().as('n')])
      .where('council_id', '=', councilId)
      .where('device_id', 'in', window.deviceIds)
      .where('status', '=', 'pending')
      .groupBy('device_id')
      .execute(),
  ]);
  const counts = countSamePhone(
    items,
    near.flatMap((n) => (n.device_id ? [{ deviceId: n.device_id, createdAt: n.created_at }] : [])),
  );
  const waitingBy = new Map(waiting.map((w) => [w.device_id, Number(w.n)]));
  const marks = new Map<string, { withinHour: number; waiting: number }>();
  for (const item of items) {
    const withinHour = counts.get(item.id);
    if (withinHour !== undefined && item.deviceId) marks.set(item.id, { withinHour, waiting: waitingBy.get(item.deviceId) ?? 0 });
  }
  return marks;
}
