// What must hold after every chaos history, checked against the server's database and the phone's IndexedDB: every op
// the phone made reached the server exactly once (or was cancelled by the phone itself), the server holds no op the
// phone never made, each op's effect is stored once, every refusal is on the phone with its reason, nothing waits to
// be sent, and a pull after the cursor is empty. And a normalised dump of what the phone's history left on the server,
// the same on SQLite and PostgreSQL for the same seed.
import { sql } from 'kysely';
import type { PullResponse } from '../../src/shared/protocol';
import type { ApiEnv } from '../fixtures/api-harness';
import { madeOps, type Page } from './chaos-page';
import type { Actions, World } from './chaos-world';

type Result = { status: string; code?: string };

/** Counts of op ids among rows: a problem for any id stored more than once. */
function once(rows: Array<{ op_id: string | null }>, what: string, problems: string[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const r of rows) if (r.op_id) n.set(r.op_id, (n.get(r.op_id) ?? 0) + 1);
  for (const [id, c] of n) if (c > 1) problems.push(`op ${id} made ${c} ${what}`);
  return n;
}

export async function serverResults(env: ApiEnv, deviceId: string): Promise<Map<string, Result>> {
  const ids = [...madeOps.keys()];
  const own = await env.db.selectFrom('ops').select(['id', 'result']).where('device_id', '=', deviceId).execute();
  const anonymous = ids.length ? await env.db.selectFrom('anonymous_ops').select(['id', 'result']).where('id', 'in', ids).execute() : [];
  return new Map([...own, ...anonymous].map((o) => [o.id, JSON.parse(o.result) as Result]));
}

/** Survey responses stored for the council: released, or held back until enough have come to mix them. */
export async function surveyRows(env: ApiEnv, councilId: string): Promise<number> {
  const row = await sql<{ n: number }>`select (select count(*) from survey_responses where council_id = ${councilId})
    + (select count(*) from survey_held where council_id = ${councilId}) as n`.execute(env.db);
  return Number(row.rows[0]?.n);
}

export async function check(env: ApiEnv, page: Page, world: World, done: Actions, surveysBefore: number): Promise<string[]> {
  const problems: string[] = [];
  const device = (await page.db.meta.get('device'))?.value as { deviceId: string; token: string };
  const results = await serverResults(env, device.deviceId);
  const accepted = (id: string) => results.get(id)?.status === 'accepted';

  for (const [id, op] of madeOps) {
    if (!results.has(id) && !done.cancelled.has(id)) problems.push(`op ${id} (${op.type}) never reached the server`);
  }
  for (const id of results.keys()) if (!madeOps.has(id)) problems.push(`the server holds op ${id}, which the phone never queued`);

  // Each op's effect is stored once, and an accepted op's effect is there.
  const posts = await env.db.selectFrom('wall_posts').select(['op_id', 'text']).where('device_id', '=', device.deviceId).execute();
  const options = await env.db.selectFrom('poll_options').select(['op_id', 'label']).where('device_id', '=', device.deviceId).execute();
  const requests = await env.db.selectFrom('requests').select(['op_id', 'details']).where('device_id', '=', device.deviceId).execute();
  const events = await env.db
    .selectFrom('request_events')
    .select(['request_events.op_id'])
    .where('request_events.op_id', 'in', [...madeOps.keys(), ''])
    .execute();
  const made = {
    'wall.post': once(posts, 'posts', problems),
    'poll.suggest': once(options, 'name ideas', problems),
    'request.create': once(requests, 'requests', problems),
  };
  const eventCounts = once(events, 'request events', problems);
  for (const [id, op] of madeOps) {
    const stored = op.type in made ? (made[op.type as keyof typeof made].get(id) ?? 0) : undefined;
    if (stored !== undefined && accepted(id) && stored !== 1) problems.push(`accepted ${op.type} ${id} is stored ${stored} times`);
    if (stored !== undefined && !accepted(id) && stored !== 0) problems.push(`${op.type} ${id} was not accepted but is stored`);
    if (op.type === 'request.message' && accepted(id) && eventCounts.get(id) !== 1)
      problems.push(`accepted reply ${id} is stored ${eventCounts.get(id) ?? 0} times`);
  }
  for (const p of posts)
    if (p.op_id && madeOps.get(p.op_id) && (madeOps.get(p.op_id)!.payload as { text: string }).text !== p.text && p.text !== '') {
      problems.push(`post ${p.op_id} is stored with other words`);
    }
  const acceptedSurveys = [...madeOps].filter(([id, o]) => o.type === 'survey.submit' && accepted(id)).length;
  const surveys = await surveyRows(env, world.councilId);
  if (surveys - surveysBefore !== acceptedSurveys)
    problems.push(`${surveys - surveysBefore} survey responses stored for ${acceptedSurveys} accepted`);

  const meToos = await env.db.selectFrom('wall_me_toos').select(['post_id']).where('device_id', '=', device.deviceId).execute();
  const tapped = [...madeOps].filter(([id, o]) => o.type === 'wall.metoo' && accepted(id)).map(([, o]) => (o.payload as { postId: string }).postId);
  if (JSON.stringify(meToos.map((m) => m.post_id).sort()) !== JSON.stringify(tapped.sort()))
    problems.push(`me-toos stored ${meToos.length}, accepted ${tapped.length}`);
  const counters = await sql<{ id: string; counted: number; n: number }>`
    select p.id, p.me_too as counted, (select count(*) from wall_me_toos m where m.post_id = p.id) as n
    from wall_posts p where p.council_id = ${world.councilId}
    union all
    select o.id, o.votes as counted, (select count(*) from poll_votes v where v.option_id = o.id) as n
    from poll_options o where o.poll_id = ${world.poll}`.execute(env.db);
  for (const c of counters.rows) if (Number(c.counted) !== Number(c.n)) problems.push(`${c.id} counts ${c.counted} but has ${c.n}`);
  const votes = await env.db.selectFrom('poll_votes').select('option_id').where('device_id', '=', device.deviceId).execute();
  if (votes.length > 1) problems.push(`the phone voted ${votes.length} times in one poll`);
  const reaction = await env.db.selectFrom('feed_reactions').select('reaction').where('device_id', '=', device.deviceId).executeTakeFirst();
  const mine = await page.db.myReactions.get(world.feedItem);
  if (reaction?.reaction !== mine?.reaction) problems.push(`the server keeps reaction ${reaction?.reaction}, the phone shows ${mine?.reaction}`);

  // Nothing waits; a refusal stays on the phone with its reason; the phone agrees with the server.
  const outbox = await page.db.outbox.toArray();
  for (const row of outbox) {
    if (row.state !== 'rejected') problems.push(`op ${row.id} (${row.type}) is still waiting to be sent`);
    else if (!row.code || !row.message) problems.push(`rejected op ${row.id} has no reason`);
    else if (results.get(row.id)?.status !== 'rejected') problems.push(`op ${row.id} shows as refused but the server took it`);
  }
  for (const [id, r] of results) {
    if (r.status === 'rejected' && !done.cancelled.has(id) && !outbox.some((o) => o.id === id && o.code === r.code)) {
      problems.push(`refused op ${id} (${madeOps.get(id)?.type}) is not shown with its reason`);
    }
  }
  for (const id of done.mine) {
    const item = await page.db.myItems.get(id);
    const op = madeOps.get(id)?.payload as { text?: string; label?: string } | undefined;
    if (!item) problems.push(`the phone lost its item ${id}`);
    else if (!item.withdrawn && item.text !== (op?.text ?? op?.label)) problems.push(`the phone lost the words of ${id}`);
    else if (!item.withdrawn && item.delivery !== (results.get(id)?.status === 'rejected' ? 'rejected' : 'delivered')) {
      problems.push(`item ${id} shows ${item.delivery}`);
    }
  }

  const cursor = (await page.db.meta.get('cursor'))?.value as string;
  for (let i = 0; i < 2; i++) {
    const res: PullResponse = await page.api.pull(device.token, cursor);
    const changed = Object.values(res.changes).some((rows) => Array.isArray(rows) && rows.length > 0);
    if (changed || res.cursor !== cursor || res.more) problems.push(`a pull after cursor ${cursor} returned changes`);
  }
  return problems;
}

/**
 * What the history left on the server, in stable names: each op the young person made (in order) with its answer,
 * and the rows it made. Moderation and take-backs happen whenever the network lets them, so statuses of posts, and
 * anything withdrawn, are left out.
 */
export async function dump(env: ApiEnv, world: World, done: Actions, deviceId: string): Promise<string[]> {
  const results = await serverResults(env, deviceId);
  const out: string[] = [];
  for (const [id, what] of done.ops) {
    // A changed reaction replaces one still waiting, so how many were sent depends on timing: the kept one is compared.
    if (done.cancelled.has(id) || what.startsWith('feed.react')) continue;
    const r = results.get(id);
    out.push(`op ${what} → ${r ? `${r.status}${r.code ? `:${r.code}` : ''}` : 'missing'}`);
  }
  const name = (id: string | null) => (id ? (world.names.get(id) ?? 'unknown') : 'none');
  const rows = (kind: string, list: string[]) => out.push(...list.sort().map((r) => `${kind} ${r}`));
  const byDevice = <T extends 'wall_posts' | 'poll_options' | 'requests' | 'poll_votes' | 'feed_reactions' | 'wall_me_toos'>(t: T) =>
    env.db.selectFrom(t as 'wall_posts').where('device_id', '=', deviceId);
  rows(
    'post',
    (await byDevice('wall_posts').select(['prompt_id', 'text', 'status']).execute())
      .filter((p) => p.status !== 'withdrawn')
      .map((p) => `${name(p.prompt_id)} ${p.text}`),
  );
  rows(
    'name idea',
    (await env.db.selectFrom('poll_options').select(['label', 'status']).where('device_id', '=', deviceId).execute())
      .filter((o) => o.status !== 'withdrawn')
      .map((o) => o.label),
  );
  const requests = await env.db
    .selectFrom('requests')
    .select(['id', 'kind', 'topic', 'details', 'stage', 'status'])
    .where('device_id', '=', deviceId)
    .execute();
  rows(
    'request',
    requests.map((r) => `${r.kind} ${r.topic} ${r.details} stage ${r.stage} ${r.status}`),
  );
  const events = requests.length
    ? await env.db
        .selectFrom('request_events')
        .select(['type', 'text'])
        .where(
          'request_id',
          'in',
          requests.map((r) => r.id),
        )
        .where('op_id', 'is not', null)
        .execute()
    : [];
  rows(
    'request event',
    events.map((e) => `${e.type} ${e.text ?? ''}`),
  );
  rows(
    'vote',
    (await env.db.selectFrom('poll_votes').select('option_id').where('device_id', '=', deviceId).execute()).map((v) => name(v.option_id)),
  );
  rows(
    'reaction',
    (await env.db.selectFrom('feed_reactions').select('reaction').where('device_id', '=', deviceId).execute()).map((r) => r.reaction),
  );
  rows(
    'me too',
    (await env.db.selectFrom('wall_me_toos').select('post_id').where('device_id', '=', deviceId).execute()).map((m) => name(m.post_id)),
  );
  return out;
}

/** The lines that differ between two dumps of the same seed (empty when the databases agree). */
export function diverges(a: readonly string[], b: readonly string[]): string[] {
  const count = (list: readonly string[]) => list.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const out: string[] = [];
  for (const l of new Set([...a, ...b])) if ((ca.get(l) ?? 0) !== (cb.get(l) ?? 0)) out.push(`${l} (${ca.get(l) ?? 0} against ${cb.get(l) ?? 0})`);
  if (out.length === 0 && a.join('\n') !== b.join('\n')) out.push('the ops were answered in another order');
  return out;
}
