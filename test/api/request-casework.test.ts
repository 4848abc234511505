// Staff casework on "Ask for help" through the real API on SQLite and PostgreSQL: the triage queue and its badge,
// a case, every action on it (each recorded for the phone and audited), refusals that change nothing, another
// council's request never found, roles other than complaints and admin refused.
import { beforeEach, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { DEFAULT_TIMESCALES } from '../../src/shared/requests/clock';
import { englandAndWalesHolidays } from '../../src/shared/requests/bank-holidays';
import type { ComplaintsReport, QueueResponse, RequestCase, RequestsSummary } from '../../src/shared/requests/staff';
import { openStage } from '../../src/shared/requests/stage-clock';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

export interface SeedRequest {
  kind?: string;
  topic?: string;
  urgent?: boolean;
  receivedOn?: string;
  deviceId?: string | null;
  nation?: 'england' | 'wales';
  asker?: string;
  onBehalf?: boolean;
  happened?: string | null;
}

/** A request as the requests room stores one that arrived from a phone, with its first stage open. */
async function seedRequest(env: ApiEnv, councilId: string, r: SeedRequest = {}): Promise<string> {
  const id = newId();
  const receivedOn = r.receivedOn ?? '2026-03-02';
  const nation = r.nation ?? 'england';
  const due = openStage(nation, DEFAULT_TIMESCALES[nation], 1, receivedOn, englandAndWalesHolidays());
  const at = `${receivedOn}T09:00:00.000Z`;
  await env.db
    .insertInto('requests')
    .values({
      id,
      council_id: councilId,
      op_id: newId(),
      device_id: r.deviceId ?? null,
      ref: `HRD-${id.slice(0, 4).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
      check_hash: 'salt:hash',
      kind: r.kind ?? 'complaint',
      topic: r.topic ?? 'where-i-live',
      details: 'My room is cold and nobody fixes the heater.',
      wanted: 'Fix the heater.',
      on_behalf: r.onBehalf ? JSON.stringify({ name: 'Pat', relationship: 'foster carer' }) : null,
      contact: JSON.stringify({
        method: 'text',
        value: '07700 900123',
        safeToCall: false,
        safeToText: true,
        safeToLeaveMessage: false,
        bestTimes: ['after-school'],
      }),
      wants_advocate: 'yes',
      language: null,
      happened: r.happened ?? 'recent',
      asker: r.asker ?? 'in-care',
      urgent: r.urgent ? 1 : 0,
      safety: 0,
      nation,
      offer_item_id: null,
      status: 'received',
      stage: 1,
      assigned_to: null,
      advocacy: 'asked',
      contacted_at: null,
      acknowledged_at: null,
      received_on: receivedOn,
      created_at: at,
      updated_at: at,
      closed_at: null,
    })
    .execute();
  await env.db
    .insertInto('request_stages')
    .values({ request_id: id, stage: 1, council_id: councilId, opened_on: receivedOn, due_on: due.dueOn, stopped_days: 0, late: 0 })
    .execute();
  return id;
}

describeOnDatabases('request casework', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let staff: ReturnType<ApiEnv['staff']>;
  let memberId: string;
  let member: { email: string; password: string };
  /** Moves the clock and signs in again (a session ends after a while without use). */
  const at = async (iso: string) => {
    env.setNow(new Date(iso));
    staff = env.staff(await env.signInStaff(member.email, member.password));
  };
  const url = (id: string, path = '') => `/api/v1/staff/requests/${id}${path}`;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Caseshire', outOfHoursPhone: '0300 123 4567' });
    const made = await env.createStaff(council.id, { roles: ['complaints'], name: 'Sam' });
    memberId = made.id;
    member = made;
    staff = env.staff(await env.signInStaff(member.email, member.password));
  });

  it('orders the queue urgent first, then overdue, with out-of-hours help while urgent ones wait', async () => {
    await at('2026-03-20T10:00:00Z');
    const later = await seedRequest(env, council.id, { receivedOn: '2026-03-18' });
    const overdue = await seedRequest(env, council.id, { receivedOn: '2026-03-02' });
    const urgent = await seedRequest(env, council.id, { receivedOn: '2026-03-19', urgent: true, kind: 'contact-me' });
    const res = await staff('GET', '/api/v1/staff/requests');
    expect(res.statusCode, res.body).toBe(200);
    const queue = res.json<QueueResponse>();
    expect(queue.items.map((i) => i.id)).toEqual([urgent, overdue, later]);
    expect(queue.items[1]).toMatchObject({ clock: 'overdue', dueOn: '2026-03-16', contacted: false, ageDays: 14 });
    expect(queue.outOfHours).toEqual({ phone: '0300 123 4567', hours: null });
    const page2 = (await staff('GET', '/api/v1/staff/requests?page=2&pageSize=2')).json<QueueResponse>();
    expect(page2).toMatchObject({ total: 3, page: 2 });
    expect(page2.items.map((i) => i.id)).toEqual([later]);

    const summary = (await staff('GET', '/api/v1/staff/requests/summary')).json<RequestsSummary>();
    expect(summary).toEqual({ waiting: 3, urgent: 1, overdue: 1, dueSoon: 0, mine: 0, oldestWaitingAt: '2026-03-02T09:00:00.000Z' });
    expect(await auditActions(env.db, council.id)).toContain('request.queue.view');
    // The staff navigation's count says the same.
    const waiting = (await staff('GET', '/api/v1/staff/waiting')).json<Record<string, unknown>>();
    expect(waiting['requests']).toEqual({ waiting: 3, overdue: 1, oldestAt: '2026-03-02T09:00:00.000Z' });
  });

  it('will not stop the clock of a stage already past its due day (the young person may ask for the next stage)', async () => {
    await at('2026-03-20T10:00:00Z');
    const overdue = await seedRequest(env, council.id, { receivedOn: '2026-03-02' });
    const before = await env.counts('request_stages', 'request_events');
    expectErrorBody(
      await staff('POST', url(overdue, '/clock'), { stage: 1, action: 'stop', reason: 'Waiting for a statement.' }),
      409,
      'clock-overdue',
    );
    expect(await env.counts('request_stages', 'request_events')).toEqual(before);
  });

  it('shows a whole case and takes every action, telling the phone and auditing each', async () => {
    const phone = await env.registerDevice(council.joinCode);
    const id = await seedRequest(env, council.id, { deviceId: phone.deviceId });
    const changes = async () =>
      (
        await env.db
          .selectFrom('change_log')
          .select('entity_id')
          .where('collection', '=', 'myItems')
          .where('device_id', '=', phone.deviceId)
          .execute()
      ).length;
    const got = await staff('GET', url(id));
    expect(got.statusCode, got.body).toBe(200);
    const c = got.json<{ request: RequestCase }>().request;
    expect(c).toMatchObject({
      details: 'My room is cold and nobody fixes the heater.',
      contact: { safeToCall: false, safeToText: true },
      lastStage: 3,
    });
    expect(c.stages[0]).toMatchObject({ stage: 1, dueOn: '2026-03-16', maxDueOn: '2026-03-30', clock: 'on-time' });

    const post = async (path: string, body?: unknown) => {
      const res = await staff('POST', url(id, path), body);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      return res.json<{ request: RequestCase }>().request;
    };
    expect((await post('/assign', { staffId: memberId })).assignedTo).toEqual({ id: memberId, name: 'Sam' });
    expect((await post('/acknowledge')).status).toBe('in-progress');
    expect((await post('/contacted', { note: 'Texted after school.' })).contacted).toBe(true);
    expect((await post('/advocacy', { state: 'referred' })).advocacy).toBe('referred');
    const messageId = newId();
    await post('/messages', { id: messageId, text: 'We are looking into it.', signedAs: 'Sam, complaints team' });
    const again = await post('/messages', { id: messageId, text: 'We are looking into it.' });
    expect(again.events.filter((e) => e.type === 'message-out')).toHaveLength(1);
    await post('/notes', { text: 'Heater repair booked.' });
    expect((await post('/extend', { stage: 1, to: '2026-03-20', reason: 'Waiting for the landlord.' })).stages[0]?.currentDueOn).toBe('2026-03-20');
    await at('2026-03-04T10:00:00Z');
    expect((await post('/clock', { stage: 1, action: 'stop', reason: 'Waiting for a statement.' })).clock).toBe('stopped');
    await at('2026-03-06T10:00:00Z');
    const restarted = await post('/clock', { stage: 1, action: 'restart', reason: 'Statement came.' });
    expect(restarted.stages[0]).toMatchObject({ stoppedDays: 2, currentDueOn: '2026-03-24' });
    const answered = await post('/respond', { stage: 1, outcome: 'upheld', text: 'We are fixing your heater this week.' });
    expect(answered).toMatchObject({ status: 'responded', clock: 'answered', dueOn: null });
    expect(answered.stages[0]).toMatchObject({ respondedOn: '2026-03-06', outcome: 'upheld', nextStageBy: '2026-04-07' });
    expect(answered.events.filter((e) => e.visible).map((e) => e.text)).toEqual(['We are looking into it.', 'We are fixing your heater this week.']);
    expect((await post('/learning', { stage: 1, learning: 'Check heaters before winter.' })).stages[0]?.learning).toBe(
      'Check heaters before winter.',
    );
    const closed = await post('/close', { reason: 'They are happy now.' });
    expect(closed.status).toBe('closed');
    await post('/notes', { text: 'A note after closing.' });
    expect(await changes()).toBe(13);
    const actions = await auditActions(env.db, council.id);
    for (const a of [
      'assign',
      'acknowledge',
      'contacted',
      'advocacy',
      'message',
      'note',
      'extend',
      'clock-stop',
      'clock-restart',
      'respond',
      'learning',
      'close',
    ])
      expect(actions).toContain(`request.${a}`);
    expect(actions).toContain('request.view');
  });

  it('closes a request that is not a complaint with its answer, and a Welsh complaint after stage 2', async () => {
    const question = await seedRequest(env, council.id, { kind: 'question' });
    const res = await staff('POST', url(question, '/respond'), { stage: 1, outcome: 'resolved', text: 'Yes, you can have the bus pass.' });
    expect(res.json<{ request: RequestCase }>().request).toMatchObject({ status: 'closed', lastStage: 1 });
    expect(res.json<{ request: RequestCase }>().request.closedAt).not.toBeNull();
    expectErrorBody(await staff('POST', url(question, '/respond'), { stage: 1, outcome: 'resolved', text: 'Again' }), 409, 'request-closed');
  });

  it('records England’s stage 3 milestones only at stage 3', async () => {
    const id = await seedRequest(env, council.id);
    expectErrorBody(await staff('POST', url(id, '/panel'), { panelOn: '2026-03-02' }), 400, 'no-panel-stage');
    await env.db.updateTable('request_stages').set({ responded_on: '2026-03-03', outcome: 'not-upheld' }).where('request_id', '=', id).execute();
    await env.db.updateTable('requests').set({ stage: 3 }).where('id', '=', id).execute();
    await env.db
      .insertInto('request_stages')
      .values({ request_id: id, stage: 3, council_id: council.id, opened_on: '2026-03-02', due_on: '2026-04-14', stopped_days: 0, late: 1 })
      .execute();
    await at('2026-04-20T10:00:00Z');
    expectErrorBody(await staff('POST', url(id, '/report'), { reportOn: '2026-04-17' }), 400, 'panel-first');
    expectErrorBody(await staff('POST', url(id, '/panel'), { panelOn: '2026-04-21' }), 400, 'date-in-future');
    await staff('POST', url(id, '/panel'), { panelOn: '2026-04-10' });
    const res = await staff('POST', url(id, '/report'), { reportOn: '2026-04-17' });
    const c = res.json<{ request: RequestCase }>().request;
    expect(c.stages.find((s) => s.stage === 3)).toMatchObject({ panelOn: '2026-04-10', reportOn: '2026-04-17', currentDueOn: '2026-05-11' });
    expect(c.flags.lateEscalation).toBe(true);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const id = await seedRequest(env, council.id);
    const other = await env.createCouncil();
    const stranger = await env.createStaff(other.id, { roles: ['complaints'] });
    // Someone of this council who cannot open requests.
    const moderatorHere = await env.createStaff(council.id, { roles: ['moderator'] });
    const before = await env.counts('requests', 'request_stages', 'request_events', 'change_log', 'audit_log');
    const bad: [string, unknown, number, string?][] = [
      ['/assign', { staffId: stranger.id }, 400, 'unknown-staff'],
      ['/assign', { staffId: moderatorHere.id }, 400, 'unknown-staff'],
      ['/assign', {}, 400],
      ['/contacted', { note: '' }, 400],
      ['/advocacy', { state: 'asked' }, 400],
      ['/messages', { id: 'not-a-uuid', text: 'Hi' }, 400],
      ['/notes', { text: '   ' }, 400],
      ['/respond', { stage: 2, outcome: 'upheld', text: 'x' }, 400, 'not-current-stage'],
      ['/respond', { stage: 1, outcome: 'maybe', text: 'x' }, 400],
      ['/extend', { stage: 1, to: '2026-03-31', reason: 'Busy' }, 400, 'past-max-due'],
      ['/extend', { stage: 1, to: '2026-03-13', reason: 'Busy' }, 400, 'extension-not-later'],
      ['/extend', { stage: 1, to: '31/03/2026', reason: 'Busy' }, 400],
      ['/clock', { stage: 1, action: 'restart', reason: 'x' }, 409, 'clock-running'],
      ['/learning', { stage: 2, learning: 'x' }, 400, 'no-such-stage'],
      ['/close', {}, 400],
    ];
    for (const [path, body, status, code] of bad) expectErrorBody(await staff('POST', url(id, path), body), status, code);
    const pastMax = await staff('POST', url(id, '/extend'), { stage: 1, to: '2026-03-31', reason: 'Busy' });
    expect(pastMax.json<{ message: string }>().message).toContain('2026-03-30');
    expectErrorBody(await staff('GET', '/api/v1/staff/requests?status=maybe'), 400);
    expectErrorBody(await staff('GET', '/api/v1/staff/requests/report?from=2026-12-31&to=2026-01-01'), 400);
    expectErrorBody(await staff('GET', url('not-a-uuid')), 400);
    expect(await env.counts('requests', 'request_stages', 'request_events', 'change_log', 'audit_log')).toEqual(before);
  });

  it('never finds another council’s request, refuses other roles and anyone signed out', async () => {
    const other = await env.createCouncil();
    const theirs = await seedRequest(env, other.id);
    const mine = await seedRequest(env, council.id);
    const before = await env.counts('requests', 'request_stages', 'request_events', 'change_log');
    const posts: [string, unknown][] = [
      ['/assign', { staffId: null }],
      ['/acknowledge', undefined],
      ['/contacted', { note: 'x' }],
      ['/advocacy', { state: 'referred' }],
      ['/messages', { id: newId(), text: 'x' }],
      ['/notes', { text: 'x' }],
      ['/respond', { stage: 1, outcome: 'upheld', text: 'x' }],
      ['/extend', { stage: 1, to: '2026-03-20', reason: 'x' }],
      ['/clock', { stage: 1, action: 'stop', reason: 'x' }],
      ['/panel', { panelOn: '2026-03-02' }],
      ['/report', { reportOn: '2026-03-02' }],
      ['/close', { reason: 'x' }],
      ['/learning', { stage: 1, learning: 'x' }],
    ];
    expectErrorBody(await staff('GET', url(theirs)), 404, 'not-found');
    for (const [path, body] of posts) expectErrorBody(await staff('POST', url(theirs, path), body), 404, 'not-found');
    for (const role of ['participation', 'iro', 'moderator'] as const) {
      const m = await env.createStaff(council.id, { roles: [role] });
      const as = env.staff(await env.signInStaff(m.email, m.password));
      for (const path of ['', '/summary', '/report?from=2026-01-01&to=2026-12-31', `/${mine}`])
        expectErrorBody(await as('GET', `/api/v1/staff/requests${path}`), 403);
      for (const [path, body] of posts) expectErrorBody(await as('POST', url(mine, path), body), 403);
    }
    const out = env.staff('');
    expectErrorBody(await out('GET', '/api/v1/staff/requests'), 401);
    expectErrorBody(await out('GET', '/api/v1/staff/requests/summary'), 401);
    for (const [path, body] of posts) expectErrorBody(await out('POST', url(mine, path), body), 401);
    expect(await env.counts('requests', 'request_stages', 'request_events', 'change_log')).toEqual(before);
  });

  it('counts the complaints report as a direct SQL count does, and downloads it as CSV', async () => {
    const other = await env.createCouncil();
    await seedRequest(env, other.id);
    const seeds: SeedRequest[] = [
      { kind: 'complaint', topic: 'school', asker: 'in-care' },
      { kind: 'complaint', topic: 'school', asker: 'care-leaver', happened: 'over-a-year' },
      { kind: 'complaint', topic: 'money', onBehalf: true },
      { kind: 'question', topic: 'money', asker: 'care-leaver' },
      { kind: 'compliment', topic: 'health' },
      { kind: 'complaint', topic: 'school', receivedOn: '2025-12-01' },
    ];
    const ids = [];
    for (const seed of seeds) ids.push(await seedRequest(env, council.id, seed));
    // One answered on time (day 10), one late (day 11, no extension), one still open.
    await env.db.updateTable('request_stages').set({ responded_on: '2026-03-16', outcome: 'upheld' }).where('request_id', '=', ids[0]!).execute();
    await env.db.updateTable('request_stages').set({ responded_on: '2026-03-17', outcome: 'not-upheld' }).where('request_id', '=', ids[1]!).execute();
    await env.db
      .insertInto('request_stages')
      .values({ request_id: ids[1]!, stage: 2, council_id: council.id, opened_on: '2026-05-01', due_on: '2026-06-05', stopped_days: 0, late: 1 })
      .execute();
    await env.db.updateTable('requests').set({ stage: 2 }).where('id', '=', ids[1]!).execute();

    const res = await staff('GET', '/api/v1/staff/requests/report?from=2026-01-01&to=2026-12-31');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<ComplaintsReport>();
    const sqlCounts = async (column: 'kind' | 'topic') => {
      const rows = await env.db
        .selectFrom('requests')
        .select([column, (eb) => eb.fn.countAll<number>().as('n')])
        .where('council_id', '=', council.id)
        .where('received_on', '>=', '2026-01-01')
        .where('received_on', '<=', '2026-12-31')
        .groupBy(column)
        .execute();
      return Object.fromEntries(rows.map((r) => [r[column], Number(r.n)]));
    };
    expect(report.byKind).toEqual(await sqlCounts('kind'));
    expect(report.byTopic).toEqual(await sqlCounts('topic'));
    expect(report).toMatchObject({
      total: 5,
      byStage: { '1': 2, '2': 1 },
      byOutcome: { '1:upheld': 1, '1:not-upheld': 1 },
      byWho: { 'in-care': 2, 'care-leaver': 2, 'on-behalf': 1 },
      stagesAnswered: 2,
      stagesOnTime: 1,
      lateEscalations: 1,
      outOfTime: 1,
    });
    const csv = await staff('GET', '/api/v1/staff/requests/report.csv?from=2026-01-01&to=2026-12-31');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('kind,complaint,3\r\n');
    expect(csv.body).toContain('timeliness,answered on time,1\r\n');
    expect(csv.body).not.toContain('heater');
    expect(await auditActions(env.db, council.id)).toEqual(expect.arrayContaining(['request.report.view', 'request.report.export']));
  });

  it('lets "you said, we did" cite a request topic once the council has had 5 requests on it', async () => {
    const officer = await env.createStaff(council.id, { roles: ['participation'] });
    const participation = env.staff(await env.signInStaff(officer.email, officer.password));
    const item = {
      said: { en: 'You told us about school.' },
      did: { en: 'We meet every virtual school head this term.' },
      status: 'planned',
      responsible: 'Head of Service',
      sources: [{ kind: 'request-theme', id: 'school' }],
    };
    for (let i = 0; i < 4; i++) await seedRequest(env, council.id, { topic: 'school' });
    expectErrorBody(await participation('POST', '/api/v1/staff/feed', item), 400, 'invalid-input');
    await seedRequest(env, council.id, { topic: 'school', kind: 'question' });
    expect((await participation('POST', '/api/v1/staff/feed', item)).statusCode).toBe(201);
    expectErrorBody(
      await participation('POST', '/api/v1/staff/feed', { ...item, sources: [{ kind: 'request-theme', id: 'not-a-topic' }] }),
      400,
      'invalid-input',
    );
  });

  it('lists request topics for the feed editor as counts for a period, never words, to the feed roles of this council only', async () => {
    const officer = await env.createStaff(council.id, { roles: ['participation'] });
    const participation = env.staff(await env.signInStaff(officer.email, officer.password));
    for (let i = 0; i < 6; i++) await seedRequest(env, council.id, { topic: 'where-i-live', receivedOn: '2026-03-02' });
    await seedRequest(env, council.id, { topic: 'where-i-live', receivedOn: '2025-01-10' });
    for (let i = 0; i < 2; i++) await seedRequest(env, council.id, { topic: 'school', receivedOn: '2026-03-02' });
    const res = await participation('GET', '/api/v1/staff/feed/request-topics?from=2026-01-01&to=2026-12-31');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ from: string; to: string; minimum: number; topics: { topic: string; count: number | null; citable: boolean }[] }>();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-12-31', minimum: 5 });
    const byTopic = new Map(body.topics.map((t) => [t.topic, t]));
    expect(byTopic.get('where-i-live')).toEqual({ topic: 'where-i-live', count: 6, citable: true });
    // Two requests: said as "fewer than 5", never as 2, and not citable.
    expect(byTopic.get('school')).toEqual({ topic: 'school', count: null, citable: false });
    expect(byTopic.get('health')).toEqual({ topic: 'health', count: 0, citable: false });
    expect(res.body).not.toContain('heater');
    expect(res.body).not.toContain('HRD-');
    // Another period counts only its own requests; a topic stays citable by everything the council has had.
    const before = (await participation('GET', '/api/v1/staff/feed/request-topics?from=2025-01-01&to=2025-12-31')).json<typeof body>();
    expect(before.topics.find((t) => t.topic === 'where-i-live')).toEqual({ topic: 'where-i-live', count: null, citable: true });
    // No dates: the year up to today.
    const year = (await participation('GET', '/api/v1/staff/feed/request-topics')).json<typeof body>();
    expect(year.to).toBe(env.now().toISOString().slice(0, 10));
    // Bad input: a clear 400.
    for (const q of ['?from=2026-13-01', '?from=2026-05-01&to=2026-04-01', '?to=yesterday']) {
      expectErrorBody(await participation('GET', `/api/v1/staff/feed/request-topics${q}`), 400, 'invalid-input');
    }
    // Complaints staff and IROs do not edit the feed; another council's feed staff see only their own (none).
    for (const role of ['complaints', 'iro'] as const) {
      const member = await env.createStaff(council.id, { roles: [role] });
      const them = env.staff(await env.signInStaff(member.email, member.password));
      expectErrorBody(await them('GET', '/api/v1/staff/feed/request-topics'), 403);
    }
    const other = await env.createCouncil();
    const stranger = await env.createStaff(other.id, { roles: ['participation'] });
    const theirs = (
      await env.staff(await env.signInStaff(stranger.email, stranger.password))(
        'GET',
        '/api/v1/staff/feed/request-topics?from=2026-01-01&to=2026-12-31',
      )
    ).json<typeof body>();
    expect(theirs.topics.every((t) => t.count === 0 && !t.citable)).toBe(true);
  });

  it('lets an admin do casework too', async () => {
    const admin = await env.createStaff(council.id, { roles: ['admin'] });
    const as = env.staff(await env.signInStaff(admin.email, admin.password));
    const id = await seedRequest(env, council.id);
    expect((await as('POST', url(id, '/acknowledge'))).statusCode).toBe(200);
  });
});
