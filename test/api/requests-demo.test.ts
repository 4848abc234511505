// Demoshire's demo requests, on SQLite and PostgreSQL: the staff queue is not empty (an answered stage 1 complaint,
// an advocate asked for, an urgent contact-me), the demo complaint opens with its documented check code, and topping
// up an existing Demoshire adds none twice.
import { beforeAll, expect, it } from 'vitest';
import type { RequestView } from '../../src/shared/requests/request';
import { DEMO_COUNCIL_ID, seedDemo, topUpDemo } from '../../src/server/db/seed';
import { describeOnDatabases, nextAddress, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('demo requests', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });

  it('seeds three requests of no phone, each with its first stage', async () => {
    const rows = await env.db
      .selectFrom('requests')
      .select(['ref', 'kind', 'urgent', 'device_id', 'status'])
      .where('council_id', '=', DEMO_COUNCIL_ID)
      .orderBy('ref')
      .execute();
    expect(rows).toEqual([
      { ref: 'HRD-DEMS-ADV7', kind: 'advocate', urgent: 0, device_id: null, status: 'received' },
      { ref: 'HRD-DEMS-CTC5', kind: 'contact-me', urgent: 1, device_id: null, status: 'received' },
      { ref: 'HRD-DEMS-FAM3', kind: 'complaint', urgent: 0, device_id: null, status: 'responded' },
    ]);
    expect((await env.counts('request_stages')).request_stages).toBe(3);
  });

  it('the demo complaint opens with the documented check code, answered at stage 1', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/requests/lookup',
      payload: { ref: 'HRD-DEMS-FAM3', checkCode: 'HEARD23456' },
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { request } = res.json<{ request: RequestView }>();
    expect(request).toMatchObject({
      kind: 'complaint',
      topic: 'family-time',
      stage: 1,
      status: 'responded',
      outcome: 'partly-upheld',
      dueOn: null,
      canEscalate: true,
    });
    expect(request.respondedOn).not.toBeNull();
    expect(request.nextStageBy! > request.respondedOn!).toBe(true);
    expect(request.messages.map((m) => m.from)).toEqual(['council', 'me', 'council']);
    expect(request.messages[0]!.signedAs).toBe('Cai, complaints team');
  });

  it('topping up an existing Demoshire adds no request twice', async () => {
    const before = await env.counts('requests', 'request_stages', 'request_events');
    await topUpDemo(env.db, env.now());
    expect(await env.counts('requests', 'request_stages', 'request_events')).toEqual(before);
  });
});
