// The quick push path on its own (the API suites run it through real pushes on both databases): one transaction for
// the usual push, and nothing kept — null — whenever anything is unusual, so the op-by-op path gives the answers.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../shared/protocol';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { recordChanges } from './change-log';
import { groupLimits } from './group-commit';
import { pushOps } from './push';
import { quickPush } from './quick-push';
import { quotaCounters, quotaHour, takeQuotasAtOnce } from './quota';
import type { OpHandlers } from './types';

const NOW = new Date('2026-03-02T10:30:00.000Z');
const device = { deviceId: 'phone-1', councilId: 'council-1' };
let counter = 0;
const opId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const post = (text: string, id = opId()): Op => ({ id, type: 'wall.post', payload: { promptId: 'prompt-1', text }, createdAt: NOW.toISOString() });

/**
 * A wall.post that writes a district row (so a rollback shows), records a change, takes its quota as the real one does
 * (exempt when the words say "harm"), and refuses "no".
 */
const handlers: OpHandlers = {
  async 'wall.post'({ trx, device: d, op, takeQuota }, payload) {
    if (payload.text === 'no') return { status: 'rejected', code: 'closed', message: 'No.' };
    const refused = await takeQuota({ exempt: payload.text.includes('harm') });
    if (refused) return refused;
    await trx
      .insertInto('districts')
      .values({ id: `d-${op.id}`, council_id: d.councilId, name: payload.text, sort_order: 0 })
      .execute();
    await recordChanges(trx, [{ councilId: d.councilId, collection: 'myItems', entityId: op.id, deviceId: d.deviceId }]);
    return { status: 'accepted', ref: `d-${op.id}` };
  },
};

describe('quickPush', () => {
  let db: Kysely<Database>;
  const deps = () => ({ db, now: () => NOW });
  const count = async (table: 'ops' | 'districts' | 'change_log' | 'op_quotas' | 'council_seq') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const nothingKept = async () => {
    expect(await count('ops')).toBe(0);
    expect(await count('districts')).toBe(0);
    expect(await count('change_log')).toBe(0);
    expect(await count('op_quotas')).toBe(0);
  };

  beforeEach(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
    await db
      .insertInto('councils')
      .values({ id: 'council-1', name: 'Test', join_code: 'TEST', settings: '{}', created_at: NOW.toISOString() })
      .execute();
  });
  afterEach(() => db.destroy());

  it('applies a whole push at once: every op accepted, its record, its quota counts and one change-log number each', async () => {
    const ops = [post('one'), post('two'), post('may be harm')];
    const results = await quickPush(deps(), device, ops, handlers);
    expect(results).toEqual(ops.map((op) => ({ id: op.id, status: 'accepted', ref: `d-${op.id}` })));
    expect(await count('districts')).toBe(3);
    const records = await db.selectFrom('ops').selectAll().orderBy('id').execute();
    expect(records.map((r) => [r.id, r.device_id, r.council_id, r.type, JSON.parse(r.result), r.received_on])).toEqual(
      ops.map((op) => [op.id, 'phone-1', 'council-1', 'wall.post', { status: 'accepted', ref: `d-${op.id}` }, '2026-03-02']),
    );
    const quotas = await db
      .selectFrom('op_quotas')
      .select(['scope', 'subject_id', 'kind', 'hour', 'count'])
      .orderBy('kind')
      .orderBy('scope')
      .execute();
    expect(quotas).toEqual([
      { scope: 'council', subject_id: 'council-1', kind: 'wall.post', hour: quotaHour(NOW), count: 2 },
      { scope: 'device', subject_id: 'phone-1', kind: 'wall.post', hour: quotaHour(NOW), count: 2 },
      { scope: 'device', subject_id: 'phone-1', kind: 'wall.post:possible-harm', hour: quotaHour(NOW), count: 1 },
    ]);
    const log = await db.selectFrom('change_log').select(['entity_id', 'council_seq']).orderBy('seq').execute();
    expect(log.map((r) => [r.entity_id, Number(r.council_seq)])).toEqual(ops.map((op, i) => [op.id, i + 1]));
    const seq = await db.selectFrom('council_seq').select('seq').executeTakeFirstOrThrow();
    expect(Number(seq.seq)).toBe(3);

    // A second push adds to the same counters and goes on numbering.
    expect(await quickPush(deps(), device, [post('three')], handlers)).toHaveLength(1);
    const phone = await db
      .selectFrom('op_quotas')
      .select('count')
      .where('scope', '=', 'device')
      .where('kind', '=', 'wall.post')
      .executeTakeFirstOrThrow();
    expect(phone.count).toBe(3);
    expect(Number((await db.selectFrom('change_log').select('council_seq').orderBy('seq', 'desc').executeTakeFirstOrThrow()).council_seq)).toBe(4);
  });

  it('keeps nothing and answers null when an op is refused, so the op-by-op path answers', async () => {
    expect(await quickPush(deps(), device, [post('one'), post('no'), post('three')], handlers)).toBeNull();
    await nothingKept();
  });

  it('answers null for an op id seen before, one repeated in the push, or an op that is not valid', async () => {
    const first = post('one');
    expect(await quickPush(deps(), device, [first], handlers)).not.toBeNull();
    expect(await quickPush(deps(), device, [post('two'), first], handlers)).toBeNull();
    expect(await count('ops')).toBe(1);
    const twice = post('again');
    expect(await quickPush(deps(), device, [twice, twice], handlers)).toBeNull();
    expect(await quickPush(deps(), device, [post('   ')], handlers)).toBeNull();
    expect(await quickPush(deps(), device, [{ ...post('x'), type: 'wall.unknown' }], handlers)).toBeNull();
    expect(await quickPush(deps(), device, [{ ...post('x'), type: 'wall.metoo' }], handlers)).toBeNull(); // no handler here
    expect(await count('ops')).toBe(1);
    expect(await count('districts')).toBe(1);
  });

  it('answers null and keeps nothing when the push would take a counter past its limit, and not when it reaches it', async () => {
    const hour = quotaHour(NOW);
    await db.insertInto('op_quotas').values({ scope: 'device', subject_id: 'phone-1', kind: 'wall.post', hour, count: 58 }).execute();
    expect(await quickPush(deps(), device, [post('a'), post('b'), post('c')], handlers)).toBeNull();
    expect(await count('districts')).toBe(0);
    expect((await db.selectFrom('op_quotas').select('count').where('subject_id', '=', 'phone-1').executeTakeFirstOrThrow()).count).toBe(58);
    // This process remembers the phone's counter as past its limit this hour: its next push goes op by op at once.
    expect(await quickPush(deps(), device, [post('d')], handlers)).toBeNull();
    expect(await count('districts')).toBe(0);
    // Exactly up to the limit (60 an hour per phone) is still accepted (another phone, the same counts).
    const other = { ...device, deviceId: 'phone-2' };
    await db.insertInto('op_quotas').values({ scope: 'device', subject_id: 'phone-2', kind: 'wall.post', hour, count: 58 }).execute();
    expect(await quickPush(deps(), other, [post('a'), post('b')], handlers)).toHaveLength(2);
  });

  it('answers null when a handler fails, and when an op id clashes at the end with a record made meanwhile', async () => {
    const failing: OpHandlers = {
      'wall.post': () => Promise.reject(new Error('the disk is full')),
    };
    expect(await quickPush(deps(), device, [post('one')], failing)).toBeNull();
    // A record of the op id that appears after the look-up (another server process): the insert clashes, all rolls back.
    const late = post('late');
    const racing: OpHandlers = {
      async 'wall.post'(ctx, payload) {
        if (ctx.op.id === late.id) {
          await ctx.trx
            .insertInto('ops')
            .values({ id: late.id, council_id: 'council-1', device_id: 'phone-2', type: 'wall.post', result: '{}', received_on: '2026-03-02' })
            .execute();
        }
        return handlers['wall.post']!(ctx, payload);
      },
    };
    expect(await quickPush(deps(), device, [post('first'), late], racing)).toBeNull();
    await nothingKept();
  });
});

describe('group commit on SQLite', () => {
  // A SQLite database whose COMMITs are counted, and made to fail on demand (as a full or failing disk would).
  let db: Kysely<Database>;
  const disk = { commits: 0, failCommits: 0 };
  const msLimit = groupLimits.ms;
  const deps = () => ({ db, now: () => NOW });
  // Phones of their own: the quick path remembers, for this process, the counters the tests above took past a limit.
  const phone = (n: number) => ({ deviceId: `group-phone-${n}`, councilId: 'council-1' });
  const kept = async () => (await db.selectFrom('districts').select('name').orderBy('name').execute()).map((r) => r.name);
  const records = async () =>
    Number(
      (
        await db
          .selectFrom('ops')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeEach(async () => {
    const database = new SQLite(':memory:');
    database.pragma('foreign_keys = ON');
    const prepare = database.prepare.bind(database);
    database.prepare = ((source: string) => {
      if (source === 'commit') {
        if (disk.failCommits > 0) {
          disk.failCommits -= 1;
          throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        }
        disk.commits += 1;
      }
      return prepare(source);
    }) as SQLite.Database['prepare'];
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    await migrateToLatest(db);
    await db
      .insertInto('councils')
      .values({ id: 'council-1', name: 'Test', join_code: 'TEST', settings: '{}', created_at: NOW.toISOString() })
      .execute();
    disk.commits = 0;
    disk.failCommits = 0;
    // No time limit here: a busy machine must not split a group these tests expect whole.
    groupLimits.ms = Infinity;
  });
  afterEach(async () => {
    groupLimits.ms = msLimit;
    await db.destroy();
  });

  it('runs pushes that arrive together in one transaction with ONE commit, and answers each its own results', async () => {
    const a = [post('a1'), post('a2')];
    const b = [post('b1')];
    const [ra, rb] = await Promise.all([quickPush(deps(), phone(1), a, handlers), quickPush(deps(), phone(2), b, handlers)]);
    expect(ra).toEqual(a.map((op) => ({ id: op.id, status: 'accepted', ref: `d-${op.id}` })));
    expect(rb).toEqual(b.map((op) => ({ id: op.id, status: 'accepted', ref: `d-${op.id}` })));
    expect(disk.commits).toBe(1);
    expect(await kept()).toEqual(['a1', 'a2', 'b1']);
    // Each push numbered its own changes, one after the other in the council's sequence.
    const log = await db.selectFrom('change_log').select(['entity_id', 'council_seq']).orderBy('seq').execute();
    expect(log.map((r) => [r.entity_id, Number(r.council_seq)])).toEqual([...a, ...b].map((op, i) => [op.id, i + 1]));

    // Negative control: the same pushes one after another commit once each.
    await quickPush(deps(), phone(1), [post('c1')], handlers);
    await quickPush(deps(), phone(2), [post('d1')], handlers);
    expect(disk.commits).toBe(3);
  });

  it('takes at most groupLimits.members pushes into one commit, and keeps every push', async () => {
    const commitsWhenRun: number[] = [];
    const counting: OpHandlers = {
      'wall.post'(ctx, payload) {
        commitsWhenRun.push(disk.commits);
        return handlers['wall.post']!(ctx, payload);
      },
    };
    const pushes = Array.from({ length: groupLimits.members + 8 }, (_, i) => quickPush(deps(), phone(i), [post(`p${i}`)], counting));
    const results = await Promise.all(pushes);
    expect(results.every((r) => r?.[0]?.status === 'accepted')).toBe(true);
    // Pushes run before the same commit belong to one group.
    const groupSizes = new Map<number, number>();
    for (const c of commitsWhenRun) groupSizes.set(c, (groupSizes.get(c) ?? 0) + 1);
    expect([...groupSizes.values()]).toEqual([groupLimits.members, 8]);
    expect(disk.commits).toBe(2);
    expect(await records()).toBe(groupLimits.members + 8);
  });

  it('a push that fails in the group keeps nothing and costs the others nothing; it then goes op by op', async () => {
    const failing: OpHandlers = {
      'wall.post'(ctx, payload) {
        if (payload.text === 'boom') return Promise.reject(new Error('the handler broke'));
        return handlers['wall.post']!(ctx, payload);
      },
    };
    const a = [post('a1'), post('a2')];
    const refused = [post('b1'), post('no')];
    const broken = [post('c1'), post('boom')];
    const d = [post('d1')];
    const [ra, rRefused, rBroken, rd] = await Promise.all([
      quickPush(deps(), phone(1), a, failing),
      quickPush(deps(), phone(2), refused, failing),
      quickPush(deps(), phone(3), broken, failing),
      quickPush(deps(), phone(4), d, failing),
    ]);
    expect(ra?.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(rd?.map((r) => r.status)).toEqual(['accepted']);
    expect(rRefused).toBeNull();
    expect(rBroken).toBeNull();
    expect(disk.commits).toBe(1);
    // Only the two good pushes are kept: rows, records, quota counts and change-log numbers (1 to 3, no gaps).
    expect(await kept()).toEqual(['a1', 'a2', 'd1']);
    expect(await records()).toBe(3);
    const log = await db.selectFrom('change_log').select(['entity_id', 'council_seq']).orderBy('seq').execute();
    expect(log.map((r) => [r.entity_id, Number(r.council_seq)])).toEqual([...a, ...d].map((op, i) => [op.id, i + 1]));
    const counted = await db.selectFrom('op_quotas').select(['subject_id', 'count']).where('scope', '=', 'device').orderBy('subject_id').execute();
    expect(counted).toEqual([
      { subject_id: 'group-phone-1', count: 2 },
      { subject_id: 'group-phone-4', count: 1 },
    ]);

    // The whole push path: the refused push is answered op by op after the group committed (one op kept, one refused).
    const again = [post('e1'), post('no')];
    const [re, rf] = await Promise.all([pushOps(deps(), phone(5), again, failing), pushOps(deps(), phone(6), [post('f1')], failing)]);
    expect(re.map((r) => r.status)).toEqual(['accepted', 'rejected']);
    expect(rf.map((r) => r.status)).toEqual(['accepted']);
    expect(await kept()).toEqual(['a1', 'a2', 'd1', 'e1', 'f1']);
  });

  it('answers nothing accepted when the COMMIT fails: every push of the group answers null and nothing is kept', async () => {
    disk.failCommits = 1;
    const a = [post('a1'), post('a2')];
    const b = [post('b1')];
    const [ra, rb] = await Promise.all([quickPush(deps(), phone(1), a, handlers), quickPush(deps(), phone(2), b, handlers)]);
    expect(ra).toBeNull();
    expect(rb).toBeNull();
    expect(disk.failCommits).toBe(0); // the COMMIT was tried, once, for both
    expect(await kept()).toEqual([]);
    expect(await records()).toBe(0);
    expect(await db.selectFrom('change_log').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('op_quotas').selectAll().execute()).toEqual([]);

    // Negative control: with the disk working again the same pushes are accepted in one commit.
    const [ra2, rb2] = await Promise.all([quickPush(deps(), phone(1), a, handlers), quickPush(deps(), phone(2), b, handlers)]);
    expect(ra2?.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(rb2?.map((r) => r.status)).toEqual(['accepted']);
    expect(disk.commits).toBe(1);
    expect(await kept()).toEqual(['a1', 'a2', 'b1']);
  });

  it('through the whole push path, a failed group COMMIT is followed by each push op by op, answered after its own commit', async () => {
    disk.failCommits = 1;
    const a = [post('a1'), post('a2')];
    const b = [post('b1')];
    const [ra, rb] = await Promise.all([pushOps(deps(), phone(1), a, handlers), pushOps(deps(), phone(2), b, handlers)]);
    expect(ra.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(rb.map((r) => r.status)).toEqual(['accepted']);
    expect(disk.commits).toBe(2); // one per push on the op-by-op path
    expect(await kept()).toEqual(['a1', 'a2', 'b1']);
    expect(await records()).toBe(3);

    // And when that commit fails too, the push fails as a whole: an error, not an answer.
    disk.failCommits = 2;
    await expect(pushOps(deps(), phone(3), [post('c1')], handlers)).rejects.toThrow('disk I/O error');
    expect(await kept()).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('takeQuotasAtOnce', () => {
  let db: Kysely<Database>;
  beforeEach(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
  });
  afterEach(() => db.destroy());

  it('adds many ops to their counters in one statement and says whether every counter stays within its limit', async () => {
    const takes = quotaCounters(device, 'wall.post').map((counter) => ({ counter, count: 30 }));
    expect(takes.map((t) => [t.counter.scope, t.counter.limit])).toEqual([
      ['device', 60],
      ['council', 3000],
    ]);
    expect(await takeQuotasAtOnce(db, takes, NOW)).toEqual([]);
    expect(await takeQuotasAtOnce(db, takes, NOW)).toEqual([]); // 60: at the phone's limit
    expect(await takeQuotasAtOnce(db, [{ counter: takes[0]!.counter, count: 1 }], NOW)).toEqual([takes[0]!.counter]); // 61: past it
    expect(await takeQuotasAtOnce(db, [], NOW)).toEqual([]);
    const rows = await db.selectFrom('op_quotas').select(['scope', 'count']).orderBy('scope').execute();
    expect(rows).toEqual([
      { scope: 'council', count: 60 },
      { scope: 'device', count: 61 },
    ]);
  });
});
