// Opening a request from another device with its reference and check code, on SQLite and PostgreSQL: the right pair
// answers the young person's view; a wrong reference or code answers the same 404; wrong tries are limited per
// reference and per address (429 with Retry-After, even for the right code); replying and asking for the next stage
// from there land once.
import { beforeEach, expect, it } from 'vitest';
import type { RequestView } from '../../src/shared/requests/request';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv, type Device } from '../fixtures/api-harness';

const CODE = '7K3Q9M2PXZ';
const contact = { method: 'phone', value: '07700 900123', safeToCall: true, safeToText: false, safeToLeaveMessage: false };
const complaint = { kind: 'complaint', topic: 'school', details: 'Nobody helped me get to my new school for three weeks.', contact, checkCode: CODE };

describeOnDatabases('requests by reference and check code', (harness) => {
  let env: ApiEnv;
  let young: Device;
  let opId: string;
  let ref: string;

  beforeEach(async () => {
    env = harness();
    const council = await env.createCouncil();
    young = await env.registerDevice(council.joinCode);
    const op = env.op('request.create', complaint);
    const [result] = await env.pushOk(young.token, [op]);
    opId = op.id;
    ref = result!.ref!;
  });

  const post = (url: string, payload: object, remoteAddress = nextAddress()) =>
    env.app.inject({ method: 'POST', url: `/api/v1/requests/lookup${url}`, payload, remoteAddress });

  it('the right reference and code (in any case, with spaces or dashes) open the request', async () => {
    const res = await post('', { ref: ref.toLowerCase(), checkCode: '7k3q-9m2p xz' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ requestId: string; request: RequestView }>();
    expect(body.requestId).toBe(opId);
    expect(body.request).toMatchObject({ ref, kind: 'complaint', stage: 1, dueOn: '2026-03-16', messages: [] });
  });

  it('a wrong code and an unknown reference get the same 404, and are counted', async () => {
    const wrong = await post('', { ref, checkCode: 'ABCDEFGH23' });
    expectErrorBody(wrong, 404, 'not-found');
    const unknown = await post('', { ref: 'HRD-2222-3333', checkCode: CODE });
    expectErrorBody(unknown, 404, 'not-found');
    expect(unknown.json()).toEqual(wrong.json());
    const counted = await env.db
      .selectFrom('request_lookup_failures')
      .select(['scope', 'subject', 'count'])
      .where('scope', '=', 'ref')
      .where('subject', 'in', [ref, 'HRD-2222-3333'])
      .execute();
    expect(counted.sort((a, b) => a.subject.localeCompare(b.subject))).toEqual([
      { scope: 'ref', subject: 'HRD-2222-3333', count: 1 },
      { scope: 'ref', subject: ref, count: 1 },
    ]);
  });

  it('bad input is 400 and counts nothing', async () => {
    const before = await env.counts('request_lookup_failures', 'request_events');
    expectErrorBody(await post('', { ref: 'HRD-1234', checkCode: CODE }), 400, 'invalid-input');
    expectErrorBody(await post('', { ref, checkCode: 'short' }), 400, 'invalid-input');
    expectErrorBody(await post('/message', { ref, checkCode: CODE, id: 'nope', text: 'hi' }), 400, 'invalid-input');
    expectErrorBody(await post('/escalate', { ref, checkCode: CODE, id: crypto.randomUUID(), toStage: 5 }), 400, 'invalid-input');
    expect(await env.counts('request_lookup_failures', 'request_events')).toEqual(before);
  });

  it('five wrong codes for one reference in an hour refuse every try, the right code too, until the next hour', async () => {
    for (let i = 0; i < 5; i += 1) expectErrorBody(await post('', { ref, checkCode: 'ABCDEFGH23' }), 404, 'not-found');
    const locked = await post('', { ref, checkCode: CODE });
    expectErrorBody(locked, 429, 'too-many-tries');
    // 10:00 UTC: the hour ends in an hour.
    expect(locked.headers['retry-after']).toBe('3600');
    env.advance(60 * 60_000);
    expect((await post('', { ref, checkCode: CODE })).statusCode).toBe(200);
  });

  it('twenty wrong tries from one address in an hour refuse it, whatever the reference', async () => {
    const address = nextAddress();
    for (let i = 0; i < 20; i += 1) {
      expectErrorBody(await post('', { ref: `HRD-2222-${'ABCDEFGHJKMNPQRSTUVW'[i]!}222`, checkCode: CODE }, address), 404, 'not-found');
    }
    expectErrorBody(await post('', { ref, checkCode: CODE }, address), 429, 'too-many-tries');
    expect((await post('', { ref, checkCode: CODE })).statusCode).toBe(200);
  });

  it('a reply from another device lands once and shows on the phone that made the request', async () => {
    const id = crypto.randomUUID();
    const reply = { ref, checkCode: CODE, id, text: 'I am writing from the library computer.' };
    const first = await post('/message', reply);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ request: RequestView }>().request.messages).toEqual([expect.objectContaining({ from: 'me', text: reply.text })]);
    const again = await post('/message', reply);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ request: RequestView }>().request.messages).toHaveLength(1);
    const pulled = await env.pullOk(young.token);
    const item = (pulled.changes.myItems as Array<{ id: string; request?: RequestView }>).find((i) => i.id === opId);
    expect(item?.request?.messages).toHaveLength(1);
    // A wrong code sends nothing.
    expectErrorBody(await post('/message', { ...reply, id: crypto.randomUUID(), checkCode: 'ABCDEFGH23' }), 404, 'not-found');
    expect((await env.db.selectFrom('request_events').select('id').where('type', '=', 'message-in').execute()).length).toBe(1);
  });

  it('asking for the next stage from another device follows the same rules and lands once', async () => {
    const ask = { ref, checkCode: CODE, id: crypto.randomUUID(), toStage: 2, reason: 'Still no bus pass.' };
    expectErrorBody(await post('/escalate', ask), 409, 'not-allowed');
    // Stage 1 was due on 16 March and not answered: from the 17th the young person may ask.
    env.setNow(new Date('2026-03-17T09:00:00.000Z'));
    const res = await post('/escalate', ask);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ request: RequestView }>().request).toMatchObject({ stage: 2, status: 'received', dueOn: '2026-04-23' });
    expect((await post('/escalate', ask)).statusCode).toBe(200);
    expectErrorBody(await post('/escalate', { ...ask, id: crypto.randomUUID() }), 409, 'already-done');
    expect(await env.db.selectFrom('request_events').select('id').where('type', '=', 'escalated').execute()).toHaveLength(1);
    // The same id cannot be used again for a message.
    expectErrorBody(await post('/message', { ref, checkCode: CODE, id: ask.id, text: 'hello' }), 409, 'not-allowed');
  });

  it('a closed request opens but takes no reply', async () => {
    await env.db.updateTable('requests').set({ status: 'closed' }).where('ref', '=', ref).execute();
    expect((await post('', { ref, checkCode: CODE })).json<{ request: RequestView }>().request).toMatchObject({
      status: 'closed',
      ombudsman: 'lgsco',
    });
    expectErrorBody(await post('/message', { ref, checkCode: CODE, id: crypto.randomUUID(), text: 'hello' }), 409, 'closed');
  });
});
