// The moderation queue's reads and bulk action: paged lists (never cut off; the newest post always reachable), the
// safety check run again on every listed post, posts from one phone marked as a flood, and "hide everything still
// waiting from this phone" in one go.
import type { Kysely, Transaction } from 'kysely';
import { assessText, type AssessOptions } from '../../../shared/safety/assess-text';
import type { LocalizedText } from '../../../shared/text';
import type { PostCheckView, PostListQuery, StaffWallPostPage, StaffWallPostView } from '../../../shared/wall-staff';
import type { Database } from '../../db/schema';
import { countSamePhone, neighbourWindow } from '../../lib/same-phone';
import { councilSafetyTerms } from '../../council/load';
import { myItemChange, recordChanges, type Change } from '../../sync/change-log';

/** What the safety check says about a text, in the shape staff see. */
export interface PostCheck extends PostCheckView {
  disclosure: boolean;
  personalDetails: string[];
}

/** Runs the safety check as it is today, so better word lists (and a council's own words) apply to posts sent before them. */
export function checkPost(text: string, options: AssessOptions = {}): PostCheck {
  const result = assessText(text, options);
  return { disclosure: result.disclosure, personalDetails: [...result.personalDetails], doubt: result.doubt, categories: [...result.categories] };
}

/** The check has doubt: a moderator must confirm before such a post is approved. */
export const hasDoubt = (check: Pick<PostCheck, 'doubt' | 'disclosure'>): boolean => check.doubt !== 'none' || check.disclosure;

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
    .leftJoin('districts as d', 'd.id', 'p.district_id')
    .select([
      'p.id', 'p.text', 'p.published_text', 'p.status', 'p.prompt_id', 'p.me_too', 'p.created_at', 'p.decided_at',
      'p.flags', 'p.decision_reason', 'p.device_id', 'q.text as prompt_text', 'd.name as district_name',
    ])
    .where('p.council_id', '=', councilId)
    .where('p.status', '=', query.status)
    // The id breaks ties, so a page boundary never repeats or skips a post made in the same millisecond.
    .orderBy('p.created_at', direction)
    .orderBy('p.id', direction)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const samePhone = await samePhoneMarks(db, councilId, rows.map((r) => ({ id: r.id, deviceId: r.device_id, createdAt: r.created_at })));
  const extraTerms = await councilSafetyTerms(db, councilId);
  const posts: StaffWallPostView[] = rows.map((r) => {
    const stored = JSON.parse(r.flags) as { disclosure?: boolean; personalDetails?: string[] };
    const check = checkPost(r.text, { extraTerms });
    return {
      id: r.id,
      text: r.text,
      publishedText: r.published_text,
      // The list is asked for one status (pending, published or hidden).
      status: r.status as StaffWallPostView['status'],
      promptId: r.prompt_id,
      promptText: (JSON.parse(r.prompt_text) as LocalizedText).en,
      districtName: r.district_name,
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

/** Change-log rows are written in slices, so a flood of thousands stays within every database's parameter limit. */
const CHANGES_PER_WRITE = 500;

/**
 * Hides every post still waiting from one phone, in one council: never a published post (that is a decision about
 * each), never one in the safeguarding queue, and never one the safety check (today's words and the council's own)
 * has any doubt about — a child in crisis may post many times, and those posts must still be read by a person. Each
 * sender's journey hears it on the next pull. Answers how many were hidden.
 */
export async function hideWaitingFromPhone(
  trx: Transaction<Database>,
  input: { councilId: string; deviceId: string; staffId: string; now: Date },
): Promise<number> {
  const waiting = await trx
    .selectFrom('wall_posts')
    .select(['id', 'text'])
    .where('council_id', '=', input.councilId)
    .where('device_id', '=', input.deviceId)
    .where('status', '=', 'pending')
    .execute();
  const extraTerms = await councilSafetyTerms(trx, input.councilId);
  const ids = waiting.filter((p) => !hasDoubt(checkPost(p.text, { extraTerms }))).map((p) => p.id);
  if (ids.length === 0) return 0;
  const hidden = await trx
    .updateTable('wall_posts')
    .set({
      status: 'hidden',
      decided_at: input.now.toISOString(),
      decided_by: input.staffId,
      decision_reason: 'Hidden with every waiting post from the same phone.',
      decision_category: 'not-suitable',
    })
    .where('council_id', '=', input.councilId)
    .where('device_id', '=', input.deviceId)
    .where('status', '=', 'pending')
    .where('id', 'in', ids)
    .returning(['id', 'op_id', 'device_id'])
    .execute();
  const changes: Change[] = hidden.flatMap((row) => myItemChange(input.councilId, row));
  for (let i = 0; i < changes.length; i += CHANGES_PER_WRITE) await recordChanges(trx, changes.slice(i, i + CHANGES_PER_WRITE));
  return hidden.length;
}
