// Push is idempotent forever: the same op pushed 2, 5 or 50 times, one after another or all at once, is applied
// once and answers 'duplicate' after the first; bad input is a 4xx that changes nothing. Runs on SQLite and PostgreSQL.
// The engine is tested with a small op handler of its own (restored afterwards), so these tests do not depend on
// what any feature does with an op.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpResult } from '../../src/shared/protocol';
import { recordChanges } from '../../src/server/sync/change-log';
import { opHandlers } from '../../src/server/sync/registry';
import type { OpHandlers } from '../../src/server/sync/types';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

const saved: OpHandlers = { ...opHandlers };
beforeAll(() => {
  // Records one device-only change per applied op; text "please reject" writes first and then rejects, to show
  // that a rejection leaves no effect behind.
  // "Me too" here is once per device and post through a unique key of its own, so two different op ids for the same
  // post race on that key, as a feature's uniqueness rule would.
  opHandlers['wall.metoo'] = async ({ trx, device, op }, payload) => {
    const entityId = `metoo:${device.deviceId}:${payload.postId}`;
    const seen = await trx.selectFrom('ops').select('id').where('type', '=', 'test.metoo-key').where('id', '=', entityId).executeTakeFirst();
    if (seen) return { status: 'rejected', code: 'already-done', message: 'You said me too already.' };
    await trx
      .insertInto('ops')
      .values({
        id: entityId,
        council_id: device.councilId,
        device_id: device.deviceId,
        type: 'test.metoo-key',
        result: '{}',
        received_on: '2026-03-02',
      })
      .execute();
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'myItems', entityId: op.id, deviceId: device.deviceId }]);
    return { status: 'accepted' };
  };
  opHandlers['wall.post'] = async ({ trx, device, op }, payload) => {
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'myItems', entityId: op.id, deviceId: device.deviceId }]);
    if (payload.text === 'please reject') return { status: 'rejected', code: 'closed', message: 'This wall is closed.' };
    return { status: 'accepted', ref: `ref-${op.id}` };
  };
});
afterAll(() => {
  for (const key of Object.keys(opHandlers) as (keyof OpHandlers)[]) delete opHandlers[key];
  Object.assign(opHandlers, saved);
});

const post = (text = 'More days out with my brother') => ({ promptId: 'yes-more', text });

describeOnDatabases('sync push', (harness) => {
  let env: ApiEnv;
  let device: Device;

  const effects = async (opId: string) => (await env.db.selectFrom('change_log').select('seq').where('entity_id', '=', opId).execute()).length;
  const opRows = async (opId: string) => (await env.db.selectFrom('ops').select('id').where('id', '=', opId).execute()).length;

  beforeEach(async () => {
    env = harness();
    const council = await env.createCouncil();
    device = await env.registerDevice(council.joinCode);
  });

  it('accepts a new op with its ref and stores one idempotency record without the time of day', async () => {
    const op = env.op('wall.post', post());
    const [result] = await env.pushOk(device.token, [op]);
    expect(result).toEqual({ id: op.id, status: 'accepted', ref: `ref-${op.id}` });
    const row = await env.db.selectFrom('ops').selectAll().where('id', '=', op.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ device_id: device.deviceId, type: 'wall.post', received_on: '2026-03-02' });
    expect(await effects(op.id)).toBe(1);
  });

  for (const times of [2, 5, 50]) {
    it(`applies an op pushed ${times} times one after another once, then answers duplicate`, async () => {
      const op = env.op('wall.post', post());
      const results: OpResult[] = [];
      for (let i = 0; i < times; i += 1) results.push(...(await env.pushOk(device.token, [op])));
      expect(results[0]).toEqual({ id: op.id, status: 'accepted', ref: `ref-${op.id}` });
      for (const r of results.slice(1)) expect(r).toEqual({ id: op.id, status: 'duplicate', ref: `ref-${op.id}` });
      expect(await opRows(op.id)).toBe(1);
      expect(await effects(op.id)).toBe(1);
    });

    it(`applies an op pushed ${times} times at once exactly once`, async () => {
      const op = env.op('wall.post', post());
      const responses = await Promise.all(Array.from({ length: times }, () => env.push(device.token, [op])));
      for (const res of responses) expect(res.statusCode, res.body).toBe(200);
      const statuses = responses.map((r) => r.json<{ results: OpResult[] }>().results[0]?.status);
      expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(times - 1);
      expect(await opRows(op.id)).toBe(1);
      expect(await effects(op.id)).toBe(1);
    });
  }

  it('answers for itself an op that raced a different op on a feature key', async () => {
    const postId = crypto.randomUUID();
    const ops = Array.from({ length: 8 }, () => env.op('wall.metoo', { postId }));
    const responses = await Promise.all(ops.map((op) => env.push(device.token, [op])));
    const results = responses.map((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json<{ results: OpResult[] }>().results[0];
    });
    expect(results.filter((r) => r?.status === 'accepted')).toHaveLength(1);
    expect(results.filter((r) => r?.status === 'rejected' && r.code === 'already-done')).toHaveLength(7);
  });

  it('treats a repeat inside one batch as a duplicate', async () => {
    const op = env.op('wall.post', post());
    const results = await env.pushOk(device.token, [op, op, op]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(await effects(op.id)).toBe(1);
  });

  it('applies the new ops of a push that also holds one seen before, once, and numbers their changes without a gap', async () => {
    const seen = env.op('wall.post', post());
    await env.pushOk(device.token, [seen]);
    const fresh = [env.op('wall.post', post('one')), env.op('wall.post', post('two'))];
    const results = await env.pushOk(device.token, [fresh[0]!, seen, fresh[1]!]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'accepted']);
    for (const op of [seen, ...fresh]) {
      expect(await effects(op.id)).toBe(1);
      expect(await opRows(op.id)).toBe(1);
    }
    const numbers = await env.db
      .selectFrom('change_log')
      .select('council_seq')
      .where('council_id', '=', device.council.id)
      .orderBy('council_seq')
      .execute();
    const values = numbers.map((r) => Number(r.council_seq));
    expect(values).toEqual(values.map((_, i) => values[0]! + i));
  });

  it('answers as a repeat, changing nothing, an op whose id is kept among the anonymous ops', async () => {
    const op = env.op('wall.post', post());
    await env.db
      .insertInto('anonymous_ops')
      .values({
        id: op.id,
        council_id: device.council.id,
        type: 'survey.submit',
        result: JSON.stringify({ status: 'accepted' }),
        received_on: '2026-03-01',
      })
      .execute();
    const other = env.op('wall.post', post('another'));
    const results = await env.pushOk(device.token, [op, other]);
    expect(results).toEqual([
      { id: op.id, status: 'duplicate' },
      { id: other.id, status: 'accepted', ref: `ref-${other.id}` },
    ]);
    expect(await effects(op.id)).toBe(0);
    expect(await opRows(op.id)).toBe(0);
    expect(await effects(other.id)).toBe(1);
  });

  it('rolls back a rejected op, keeps the rejection and answers it again on a repeat', async () => {
    const op = env.op('wall.post', post('please reject'));
    const first = await env.pushOk(device.token, [op]);
    expect(first).toEqual([{ id: op.id, status: 'rejected', code: 'closed', message: 'This wall is closed.' }]);
    expect(await effects(op.id)).toBe(0);
    expect(await opRows(op.id)).toBe(1);
    expect(await env.pushOk(device.token, [op])).toEqual(first);
  });

  it('rejects unknown op types and invalid payloads per op, without sinking the batch', async () => {
    const unknown = env.op('wall.shout', post());
    const tooLong = env.op('wall.post', post('x'.repeat(5000)));
    const wrongType = env.op('wall.post', { promptId: 7, text: ['no'] });
    const empty = env.op('wall.post', post('   '));
    const good = env.op('wall.post', post());
    const results = await env.pushOk(device.token, [unknown, tooLong, wrongType, empty, good]);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'unknown-type'],
      ['rejected', 'invalid-payload'],
      ['rejected', 'invalid-payload'],
      ['rejected', 'invalid-payload'],
      ['accepted', undefined],
    ]);
    for (const r of results.slice(0, 4)) expect(r.message).toMatch(/\w/);
    expect(results[1]?.message).toMatch(/^text:/);
    for (const op of [unknown, tooLong, wrongType, empty]) expect(await effects(op.id)).toBe(0);
  });

  it("never leaks another device's op result: a reused op id is not-allowed", async () => {
    const op = env.op('wall.post', post());
    await env.pushOk(device.token, [op]);
    const sameCouncil = await env.registerDevice(
      (await env.db.selectFrom('councils').select('join_code').where('id', '=', device.council.id).executeTakeFirstOrThrow()).join_code,
    );
    const other = await env.createCouncil();
    const otherCouncil = await env.registerDevice(other.joinCode);
    for (const stranger of [sameCouncil, otherCouncil]) {
      const [result] = await env.pushOk(stranger.token, [op]);
      expect(result).toEqual({ id: op.id, status: 'rejected', code: 'not-allowed', message: expect.any(String) });
      expect(result?.ref).toBeUndefined();
    }
    expect(await effects(op.id)).toBe(1);
  });

  describe('bad requests answer 4xx { code, message } and change nothing', () => {
    const tables = ['ops', 'change_log', 'devices'] as const;

    const cases: [string, () => Promise<{ statusCode: number } & Parameters<typeof expectErrorBody>[0]>, number, string][] = [
      [
        'no token',
        () => env.app.inject({ method: 'POST', url: '/api/v1/sync/push', payload: { protocol: 1, ops: [env.op('wall.post', post())] } }),
        401,
        'unauthorized',
      ],
      ['a forged token', () => env.push('A'.repeat(43), [env.op('wall.post', post())]), 401, 'unauthorized'],
      [
        'a malformed header',
        () =>
          env.app.inject({ method: 'POST', url: '/api/v1/sync/push', headers: { authorization: 'Basic abc' }, payload: { protocol: 1, ops: [] } }),
        401,
        'unauthorized',
      ],
      [
        'malformed JSON',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization, 'content-type': 'application/json' },
            payload: '{"protocol":1,"ops":[',
          }),
        400,
        'invalid-json',
      ],
      [
        'a text body',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization, 'content-type': 'text/plain' },
            payload: 'hello',
          }),
        415,
        'unsupported-media-type',
      ],
      [
        'another protocol',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization },
            payload: { protocol: 2, ops: [env.op('wall.post', post())] },
          }),
        400,
        'protocol-mismatch',
      ],
      [
        'no protocol',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization },
            payload: { ops: [env.op('wall.post', post())] },
          }),
        400,
        'protocol-mismatch',
      ],
      [
        'a body that is not an object',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization },
            payload: [1, 2] as unknown as string,
          }),
        400,
        'invalid-input',
      ],
      ['no ops', () => env.push(device.token, []), 400, 'invalid-input'],
      [
        'too many ops',
        () =>
          env.push(
            device.token,
            Array.from({ length: 51 }, () => env.op('wall.post', post())),
          ),
        400,
        'invalid-input',
      ],
      ['an op id that is not a UUID', () => env.push(device.token, [{ ...env.op('wall.post', post()), id: 'op-1' }]), 400, 'invalid-input'],
      ['a bad createdAt', () => env.push(device.token, [{ ...env.op('wall.post', post()), createdAt: 'yesterday' }]), 400, 'invalid-input'],
      [
        'ops that are not a list',
        () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            headers: { authorization: device.authorization },
            payload: { protocol: 1, ops: 'all of them' },
          }),
        400,
        'invalid-input',
      ],
      ['a body over 64 KB', () => env.push(device.token, [env.op('wall.post', post('y'.repeat(70_000)))]), 413, 'too-large'],
    ];
    for (const [what, send, status, code] of cases) {
      it(`${what} → ${status} ${code}`, async () => {
        const before = await env.counts(...tables);
        expectErrorBody(await send(), status, code);
        expect(await env.counts(...tables)).toEqual(before);
      });
    }

    it('names the field that is wrong', async () => {
      const res = await env.push(device.token, [{ ...env.op('wall.post', post()), id: 'op-1' }]);
      expect(res.json<{ message: string }>().message).toMatch(/^ops\.0\.id: /);
    });
  });

  it('keeps no client address and no time of day with an op', async () => {
    const op = env.op('wall.post', post());
    await env.pushOk(device.token, [op]);
    const row = await env.db.selectFrom('ops').selectAll().where('id', '=', op.id).executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(['council_id', 'device_id', 'id', 'received_on', 'result', 'type']);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|10\.77\./);
  });
});
