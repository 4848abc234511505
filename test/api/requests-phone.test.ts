// "Ask for help" from the phone that asks, on SQLite and PostgreSQL: request.create gives a reference and a running
// clock the phone reads in myItems; request.message and request.escalate land once; another phone's request is not
// found; bad input is refused and changes nothing.
import { beforeEach, expect, it } from 'vitest';
import type { MyItem } from '../../src/shared/my-items';
import { QUOTAS, quotaHour } from '../../src/server/sync/quota';
import { describeOnDatabases, type ApiEnv, type Device } from '../fixtures/api-harness';

const CODE = '7K3Q9M2PXZ';
const contact = { method: 'text', value: '07700 900123', safeToCall: false, safeToText: true, safeToLeaveMessage: false };
const complaint = {
  kind: 'complaint',
  topic: 'family-time',
  details: 'My family time keeps being cancelled on the day.',
  contact,
  wantsAdvocate: 'no',
  checkCode: CODE,
};

describeOnDatabases('requests from the phone', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil();
    young = await env.registerDevice(council.joinCode);
  });

  async function create(payload: object = complaint, device = young) {
    const op = env.op('request.create', payload);
    const [result] = await env.pushOk(device.token, [op]);
    expect(result, JSON.stringify(result)).toMatchObject({ status: 'accepted' });
    return { opId: op.id, ref: result!.ref! };
  }

  async function myRequest(opId: string, device = young): Promise<MyItem> {
    const pulled = await env.pullOk(device.token);
    const item = (pulled.changes.myItems as MyItem[] | undefined)?.find((i) => i.id === opId);
    expect(item).toBeDefined();
    return item!;
  }

  const row = (ref: string) => env.db.selectFrom('requests').selectAll().where('ref', '=', ref).executeTakeFirstOrThrow();

  it('a complaint gets a reference, and its phone sees stage 1 due in 10 working days', async () => {
    const { opId, ref } = await create();
    expect(ref).toMatch(/^HRD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const item = await myRequest(opId);
    expect(item).toMatchObject({ kind: 'request', state: 'delivered', reason: null });
    // Received on Monday 2 March 2026 (day 0).
    expect(item.request).toMatchObject({ ref, kind: 'complaint', nation: 'england', status: 'received', stage: 1, receivedOn: '2026-03-02' });
    expect(item.request).toMatchObject({
      dueOn: '2026-03-16',
      canEscalate: false,
      ombudsman: null,
      advocacy: 'not-asked',
      urgent: false,
      messages: [],
    });
    const stored = await row(ref);
    expect(stored.check_hash).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    expect(stored.check_hash).not.toContain(CODE);
    expect(stored).toMatchObject({ device_id: young.deviceId, op_id: opId, status: 'received', urgent: 0, safety: 0 });
    const events = await env.db.selectFrom('request_events').select(['type', 'visible']).where('request_id', '=', stored.id).execute();
    expect(events).toEqual([{ type: 'created', visible: 0 }]);
  });

  it('an advocate request is asked for; a contact-me is due the same day; other kinds are due for acknowledgement', async () => {
    const advocate = await create({ ...complaint, kind: 'advocate', topic: 'where-i-live', checkCode: 'ABCDEFGH23' });
    expect((await myRequest(advocate.opId)).request).toMatchObject({ kind: 'advocate', advocacy: 'asked', dueOn: '2026-03-05', canEscalate: false });
    const contactMe = await create({ kind: 'contact-me', topic: 'other', contact, checkCode: 'ABCDEFGH24' });
    expect((await myRequest(contactMe.opId)).request).toMatchObject({ kind: 'contact-me', dueOn: '2026-03-02' });
    const wantsOne = await create({ ...complaint, wantsAdvocate: 'yes', checkCode: 'ABCDEFGH25' });
    expect((await myRequest(wantsOne.opId)).request?.advocacy).toBe('asked');
  });

  it('words that may be about harm, or an urgent send, make it urgent', async () => {
    const harm = await create({ ...complaint, details: 'my carer hits me when nobody is looking' });
    expect(await row(harm.ref)).toMatchObject({ urgent: 1, safety: 1 });
    expect((await myRequest(harm.opId)).request?.urgent).toBe(true);
    const urgent = await create({ kind: 'contact-me', topic: 'other', contact, urgent: true, checkCode: 'ABCDEFGH26' });
    expect(await row(urgent.ref)).toMatchObject({ urgent: 1, safety: 0 });
    const flagged = await create({ ...complaint, flaggedOnDevice: true, checkCode: 'ABCDEFGH27' });
    expect(await row(flagged.ref)).toMatchObject({ urgent: 1, safety: 1 });
  });

  it('a complaint about something over a year ago is accepted and flagged for staff', async () => {
    const { ref } = await create({ ...complaint, when: 'over-a-year' });
    const stored = await row(ref);
    expect(stored.happened).toBe('over-a-year');
    const types = await env.db.selectFrom('request_events').select('type').where('request_id', '=', stored.id).execute();
    expect(types.map((t) => t.type).sort()).toEqual(['created', 'over-a-year']);
  });

  it("past the hour's quota a request is refused too-many, but an urgent one still arrives", async () => {
    // This phone already sent its hour's allowance.
    const limit = QUOTAS['request.create']!.perDevice!;
    await env.db
      .insertInto('op_quotas')
      .values({ scope: 'device', subject_id: young.deviceId, kind: 'request.create', hour: quotaHour(env.now()), count: limit })
      .execute();
    const before = await env.counts('requests');
    const [refused] = await env.pushOk(young.token, [env.op('request.create', complaint)]);
    expect(refused).toMatchObject({ status: 'rejected', code: 'too-many' });
    expect(await env.counts('requests')).toEqual(before);
    const [urgent] = await env.pushOk(young.token, [
      env.op('request.create', { kind: 'contact-me', topic: 'other', contact, urgent: true, checkCode: CODE }),
    ]);
    expect(urgent).toMatchObject({ status: 'accepted' });
  });

  it('bad input is refused and changes nothing', async () => {
    const before = await env.counts('requests', 'request_stages', 'request_events');
    const results = await env.pushOk(young.token, [
      env.op('request.create', { ...complaint, checkCode: 'SHORT' }),
      env.op('request.create', { ...complaint, checkCode: 'O0O0O0O0O0' }),
      env.op('request.create', { ...complaint, details: '' }),
      env.op('request.create', { ...complaint, contact: { ...contact, value: undefined } }),
      env.op('request.create', { ...complaint, kind: 'grumble' }),
      env.op('request.message', { requestId: 'not-a-uuid', text: 'hi' }),
      env.op('request.escalate', { requestId: '7f9c5a53-4b6a-4c53-9d55-2a1c0d4c6e11', toStage: 4 }),
    ]);
    expect(results.map((r) => r.code)).toEqual(Array(7).fill('invalid-payload'));
    expect(await env.counts('requests', 'request_stages', 'request_events')).toEqual(before);
  });

  it('a message lands once, shows on the phone, and another phone cannot send to it', async () => {
    const { opId, ref } = await create();
    const message = env.op('request.message', { requestId: opId, text: 'It was cancelled again on Saturday.' });
    expect((await env.pushOk(young.token, [message]))[0]).toMatchObject({ status: 'accepted' });
    expect((await env.pushOk(young.token, [message]))[0]).toMatchObject({ status: 'duplicate' });
    const item = await myRequest(opId);
    expect(item.request?.messages).toEqual([expect.objectContaining({ from: 'me', text: 'It was cancelled again on Saturday.', signedAs: null })]);
    expect(item.state).toBe('delivered');
    const stored = await row(ref);
    expect(
      await env.db.selectFrom('request_events').select('id').where('request_id', '=', stored.id).where('type', '=', 'message-in').execute(),
    ).toHaveLength(1);

    const other = await env.registerDevice(council.joinCode);
    const before = await env.counts('request_events');
    const [theirs] = await env.pushOk(other.token, [env.op('request.message', { requestId: opId, text: 'hello' })]);
    expect(theirs).toMatchObject({ status: 'rejected', code: 'not-found' });
    const [unknown] = await env.pushOk(young.token, [
      env.op('request.message', { requestId: '7f9c5a53-4b6a-4c53-9d55-2a1c0d4c6e11', text: 'hello' }),
    ]);
    expect(unknown).toMatchObject({ status: 'rejected', code: 'not-found' });
    expect(await env.counts('request_events')).toEqual(before);
    // The other phone's pull has no item for it.
    expect(((await env.pullOk(other.token)).changes.myItems as MyItem[] | undefined) ?? []).toEqual([]);
  });

  it('a message that may be about harm makes the request urgent; a closed request takes no more messages', async () => {
    const { opId, ref } = await create();
    await env.pushOk(young.token, [env.op('request.message', { requestId: opId, text: 'my carer hits me' })]);
    expect(await row(ref)).toMatchObject({ urgent: 1, safety: 1 });
    await env.db.updateTable('requests').set({ status: 'closed' }).where('ref', '=', ref).execute();
    const [closed] = await env.pushOk(young.token, [env.op('request.message', { requestId: opId, text: 'one more thing' })]);
    expect(closed).toMatchObject({ status: 'rejected', code: 'closed' });
  });

  it('a staff reply turns the item to answered', async () => {
    const { opId, ref } = await create();
    const stored = await row(ref);
    await env.db
      .insertInto('request_events')
      .values({
        id: crypto.randomUUID(),
        request_id: stored.id,
        council_id: council.id,
        type: 'message-out',
        text: 'We are looking into it.',
        data: JSON.stringify({ signedAs: 'Sam, complaints team' }),
        visible: 1,
        at: env.now().toISOString(),
      })
      .execute();
    const item = await myRequest(opId);
    expect(item.state).toBe('answered');
    expect(item.request?.messages).toEqual([expect.objectContaining({ from: 'council', signedAs: 'Sam, complaints team' })]);
  });

  it('escalation: not before the answer or due day; then once to stage 2, late when past the window, never past the last stage', async () => {
    const { opId, ref } = await create();
    const stored = await row(ref);
    const ask = (toStage: number) => env.op('request.escalate', { requestId: opId, toStage, reason: 'Nothing changed.' });
    const [early] = await env.pushOk(young.token, [ask(2)]);
    expect(early).toMatchObject({ status: 'rejected', code: 'not-allowed' });
    expect(early!.message).toContain('2026-03-16');

    // The council answered stage 1 on 10 March; the window for stage 2 ends on 9 April (Easter skipped). Asked on 14 April.
    await env.db
      .updateTable('request_stages')
      .set({ responded_on: '2026-03-10', outcome: 'not-upheld' })
      .where('request_id', '=', stored.id)
      .execute();
    await env.db.updateTable('requests').set({ status: 'responded' }).where('id', '=', stored.id).execute();
    env.setNow(new Date('2026-04-14T09:00:00.000Z'));
    expect((await myRequest(opId)).request).toMatchObject({ canEscalate: true, nextStageBy: '2026-04-09', respondedOn: '2026-03-10' });
    const escalate = ask(2);
    expect((await env.pushOk(young.token, [escalate]))[0]).toMatchObject({ status: 'accepted' });
    expect((await env.pushOk(young.token, [escalate]))[0]).toMatchObject({ status: 'duplicate' });
    expect((await env.pushOk(young.token, [ask(2)]))[0]).toMatchObject({ status: 'rejected', code: 'already-done' });
    expect((await env.pushOk(young.token, [ask(3)]))[0]).toMatchObject({ status: 'rejected', code: 'not-allowed' });

    const stage2 = await env.db
      .selectFrom('request_stages')
      .selectAll()
      .where('request_id', '=', stored.id)
      .where('stage', '=', 2)
      .executeTakeFirstOrThrow();
    // Day 0 Tuesday 14 April; 25 working days (4 May bank holiday skipped).
    expect(stage2).toMatchObject({ opened_on: '2026-04-14', due_on: '2026-05-20', late: 1 });
    const item = await myRequest(opId);
    expect(item.request).toMatchObject({ stage: 2, status: 'received', dueOn: '2026-05-20', respondedOn: null, canEscalate: false });
    const escalated = await env.db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', '=', stored.id)
      .where('type', '=', 'escalated')
      .execute();
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({ visible: 1, text: 'Nothing changed.' });
  });

  it('only complaints escalate, and never for another phone', async () => {
    const advocate = await create({ ...complaint, kind: 'advocate' });
    const [notComplaint] = await env.pushOk(young.token, [env.op('request.escalate', { requestId: advocate.opId, toStage: 2 })]);
    expect(notComplaint).toMatchObject({ status: 'rejected', code: 'not-allowed' });
    const { opId } = await create();
    const other = await env.registerDevice(council.joinCode);
    const [theirs] = await env.pushOk(other.token, [env.op('request.escalate', { requestId: opId, toStage: 2 })]);
    expect(theirs).toMatchObject({ status: 'rejected', code: 'not-found' });
  });
});
