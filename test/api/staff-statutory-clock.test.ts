// The statutory clock's settings and data as a council's staff use them: the nation and timescales (checked against
// the regulations), and a newer list of bank holidays uploaded from GOV.UK (checked, per council, audited).
import { beforeEach, expect, it } from 'vitest';
import { BANK_HOLIDAYS_SNAPSHOT } from '../../src/shared/requests/bank-holidays-snapshot';
import { DEFAULT_TIMESCALES } from '../../src/shared/requests/clock';
import type { BankHolidayList } from '../../src/shared/requests/bank-holiday-upload';
import type { CouncilSettings } from '../../src/shared/staff';
import { ROLES, type Role } from '../../src/shared/roles';
import { loadCouncilPublic } from '../../src/server/council/load';
import { loadRequestClock } from '../../src/server/council/request-clock';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

/** GOV.UK's file in its own shape (three divisions, notes and bunting), for the given England-and-Wales dates. */
const govuk = (dates: readonly string[]) => ({
  'england-and-wales': {
    division: 'england-and-wales',
    events: dates.map((date) => ({ title: `Bank holiday ${date}`, date, notes: '', bunting: true })),
  },
  scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2029-11-30', notes: '', bunting: true }] },
  'northern-ireland': { division: 'northern-ireland', events: [] },
});
// 2029 as GOV.UK might publish it, with a one-off on Friday 15 June that no rule would find.
const Y2029 = ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-06-15', '2029-08-27', '2029-12-25', '2029-12-26'];

describeOnDatabases('the statutory clock: settings and bank holidays', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let otherId: string;
  const as: Partial<Record<Role, ReturnType<ApiEnv['staff']>>> = {};
  const admin = () => as.admin!;

  beforeEach(async () => {
    env = harness();
    ({ id: councilId } = await env.createCouncil({ name: 'Clockshire' }));
    ({ id: otherId } = await env.createCouncil({ name: 'Elsewhere' }));
    for (const role of ROLES) {
      const member = await env.createStaff(councilId, { email: `${role}-${councilId.slice(0, 8)}@clock.example`, roles: [role] });
      as[role] = env.staff(await env.signInStaff(member.email));
    }
  });

  /** This council's uploaded rows (other tests' councils share the database). */
  const stored = async () => (await env.db.selectFrom('bank_holidays').select('date').where('council_id', '=', councilId).execute()).length;
  const list = async (role: Role = 'admin') => {
    const res = await as[role]!('GET', '/api/v1/staff/bank-holidays');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<BankHolidayList>();
  };

  it('shows every staff role the bank holidays in use: the snapshot until an admin uploads a newer list', async () => {
    for (const role of ROLES) {
      const body = await list(role);
      expect(body.upload).toBeNull();
      expect(body.snapshot).toEqual({ firstYear: 2019, lastYear: 2028 });
      expect(body.rulesFrom).toBe(2029);
      expect(body.holidays.map((h) => h.date)).toEqual(BANK_HOLIDAYS_SNAPSHOT);
    }
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/bank-holidays' }), 401);
  });

  it("takes an admin's upload of GOV.UK's file, for that council's clock only, and audits it", async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expectErrorBody(await as[role]!('PUT', '/api/v1/staff/bank-holidays', govuk([...BANK_HOLIDAYS_SNAPSHOT, ...Y2029])), 403);
    }
    expect(await stored()).toBe(0);

    const res = await admin()('PUT', '/api/v1/staff/bank-holidays', govuk([...BANK_HOLIDAYS_SNAPSHOT, ...Y2029]));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<BankHolidayList>();
    expect(body.upload).toEqual({ at: env.now().toISOString(), firstYear: 2019, lastYear: 2029, count: BANK_HOLIDAYS_SNAPSHOT.length + 9 });
    expect(body.rulesFrom).toBe(2030);
    expect(body.holidays.find((h) => h.date === '2029-06-15')).toEqual({ date: '2029-06-15', title: 'Bank holiday 2029-06-15', source: 'upload' });
    expect(body.holidays.find((h) => h.date === '2022-09-19')?.source).toBe('both');
    expect(await list('moderator')).toEqual(body);
    expect(await auditActions(env.db, councilId)).toContain('bank-holidays.upload');

    // The council's clock counts the one-off; another council's does not.
    expect((await loadRequestClock(env.db, councilId)).holidays.has('2029-06-15')).toBe(true);
    expect((await loadRequestClock(env.db, otherId)).holidays.has('2029-06-15')).toBe(false);
    expect((await loadRequestClock(env.db, otherId)).holidays.has('2029-08-27')).toBe(true);
  });

  it('accepts a list without its older years, and refuses one that drops past dates from a year it covers', async () => {
    const recent = BANK_HOLIDAYS_SNAPSHOT.filter((d) => d >= '2026');
    const ok = await admin()('PUT', '/api/v1/staff/bank-holidays', govuk([...recent, ...Y2029]));
    expect(ok.statusCode, ok.body).toBe(200);
    const before = await list();

    // 2022 without the state funeral of Queen Elizabeth II; New Year's Day 2026 (before today, 2 March 2026) missing.
    for (const dates of [BANK_HOLIDAYS_SNAPSHOT.filter((d) => d !== '2022-09-19'), recent.filter((d) => d !== '2026-01-01')]) {
      const res = await admin()('PUT', '/api/v1/staff/bank-holidays', govuk(dates));
      expectErrorBody(res, 400, 'bank-holidays-dropped');
    }
    // A future date of the snapshot left out is not refused (GOV.UK may move a holiday not yet reached).
    expect((await admin()('PUT', '/api/v1/staff/bank-holidays', govuk(recent.filter((d) => d !== '2026-12-28')))).statusCode).toBe(200);
    // …and the clock takes a year the upload covers from the upload alone, so a moved holiday is not counted twice.
    expect((await loadRequestClock(env.db, councilId)).holidays.has('2026-12-28')).toBe(false);
    expect((await loadRequestClock(env.db, councilId)).holidays.has('2022-09-19')).toBe(true);
    expect((await list()).upload?.lastYear).toBe(2028);
    expect(before.upload?.lastYear).toBe(2029);
  });

  it('refuses what is not GOV.UK’s England-and-Wales list with a clear 400, changing nothing', async () => {
    const bad: unknown[] = [
      {},
      { scotland: govuk(Y2029).scotland },
      { 'england-and-wales': { division: 'scotland', events: [{ title: 'New Year', date: '2029-01-01' }] } },
      { 'england-and-wales': { division: 'england-and-wales', events: [] } },
      { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year', date: '01/01/2029' }] } },
      { 'england-and-wales': { division: 'england-and-wales', events: [{ title: '', date: '2029-01-01' }] } },
      // Saturday 6 January 2029.
      { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Not a bank holiday', date: '2029-01-06' }] } },
      [],
    ];
    for (const body of bad) expectErrorBody(await admin()('PUT', '/api/v1/staff/bank-holidays', body), 400);
    expectErrorBody(await admin()('PUT', '/api/v1/staff/bank-holidays', 'not json at all'), 415);
    expect(await stored()).toBe(0);
    expect(await auditActions(env.db, councilId)).not.toContain('bank-holidays.upload');
  });

  it("keeps the council's nation and timescales within the regulations", async () => {
    const read = async () => (await admin()('GET', '/api/v1/staff/council')).json<CouncilSettings>();
    expect(await read()).toMatchObject({ nation: 'england', requestTimescales: DEFAULT_TIMESCALES.england });

    // Longer than the regulations for the council, or shorter for the young person: refused, nothing changed.
    for (const requestTimescales of [
      { ...DEFAULT_TIMESCALES.england, stage1: 11 },
      { ...DEFAULT_TIMESCALES.england, stage1Max: 21 },
      { ...DEFAULT_TIMESCALES.england, stage2Window: 15 },
      { ...DEFAULT_TIMESCALES.england, stage3Panel: null },
    ]) {
      expectErrorBody(await admin()('PATCH', '/api/v1/staff/council', { requestTimescales }), 400, 'timescales-outside-rules');
    }
    expectErrorBody(await admin()('PATCH', '/api/v1/staff/council', { requestTimescales: { ...DEFAULT_TIMESCALES.england, stage1: 'ten' } }), 400);
    expectErrorBody(await admin()('PATCH', '/api/v1/staff/council', { nation: 'scotland' }), 400);
    expectErrorBody(await admin()('PATCH', '/api/v1/staff/council', { nation: 'wales', requestTimescales: DEFAULT_TIMESCALES.england }), 400);
    expectErrorBody(await as.participation!('PATCH', '/api/v1/staff/council', { nation: 'wales' }), 403);
    expectErrorBody(await as.complaints!('PATCH', '/api/v1/staff/council', { requestTimescales: DEFAULT_TIMESCALES.england }), 403);
    expect(await read()).toMatchObject({ nation: 'england', requestTimescales: DEFAULT_TIMESCALES.england });
    expect(await auditActions(env.db, councilId)).not.toContain('council.settings.update');

    // Quicker answers and a longer window: the clock uses them.
    const own = { ...DEFAULT_TIMESCALES.england, stage1: 8, stage2Window: 25 };
    const set = await admin()('PATCH', '/api/v1/staff/council', { requestTimescales: own });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<CouncilSettings>().requestTimescales).toEqual(own);
    expect((await loadRequestClock(env.db, councilId)).timescales).toEqual(own);
    expect(await auditActions(env.db, councilId)).toContain('council.settings.update');

    // Wales: its own regulations come with it, and phones are told the nation.
    const wales = await admin()('PATCH', '/api/v1/staff/council', { nation: 'wales' });
    expect(wales.json<CouncilSettings>()).toMatchObject({ nation: 'wales', requestTimescales: DEFAULT_TIMESCALES.wales });
    expect(await loadRequestClock(env.db, councilId)).toMatchObject({ nation: 'wales', timescales: DEFAULT_TIMESCALES.wales });
    expect((await loadCouncilPublic(env.db, councilId))?.nation).toBe('wales');
    expect((await loadRequestClock(env.db, otherId)).nation).toBe('england');

    // Back to the regulations' own.
    await admin()('PATCH', '/api/v1/staff/council', { requestTimescales: { ...DEFAULT_TIMESCALES.wales, acknowledge: 1 } });
    const reset = await admin()('PATCH', '/api/v1/staff/council', { requestTimescales: null });
    expect(reset.json<CouncilSettings>().requestTimescales).toEqual(DEFAULT_TIMESCALES.wales);
  });
});
