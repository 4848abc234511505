// The quick push path on its own (the API suites run it through real pushes on both databases): one transaction for
// the usual push, and nothing kept — null — whenever anything is unusual, so the op-by-op path gives the answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Op } from '../../shared/protocol';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { recordChanges } from './change-log';
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
