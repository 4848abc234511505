// IRO-assisted surveys: a child's answers sealed on the IRO's device with the council's public key are opened only by
// the server and stored as an 'iro' response with no staff id; a repeat is stored once; a damaged envelope, another
// council's staff, the wrong role or no session change nothing. Tallies are checked and idempotent. SQLite and
// PostgreSQL.
import { createHash } from 'node:crypto';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { fromBase64url, seal, sealingKeyAnswerSchema, toBase64url, type SealingKeyAnswer } from '../../src/shared/survey/sealed';
import { DEMO_COUNCIL_ID, seedDemo } from '../../src/server/db/seed';
import { moveAllHeld } from '../../src/server/features/surveys/service/held';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

const SEALED = '/api/v1/staff/surveys/sealed';
const TALLIES = '/api/v1/staff/surveys/tallies';
const FREE_TEXT = 'I want purple zebra trips on Fridays';
const payload = { surveyId: 'hows-life-8-11', version: 1, answers: { 'happy-yesterday': '4', 'one-thing-to-change': FREE_TEXT }, month: '2026-03' };

describeOnDatabases('IRO-assisted surveys', (harness) => {
  let env: ApiEnv;
  let iro: ReturnType<ApiEnv['staff']>;
  let iroId: string;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });
  beforeEach(async () => {
    env = harness();
    await env.db.deleteFrom('survey_responses').execute();
    await env.db.deleteFrom('survey_held').execute();
    await env.db.deleteFrom('survey_sealed_entries').execute();
    await env.db.deleteFrom('survey_tallies').execute();
    const account = await env.createStaff(DEMO_COUNCIL_ID, { roles: ['iro'] });
    iroId = account.id;
    iro = env.staff(await env.signInStaff(account.email));
  });

  async function sealingKey(as = iro): Promise<SealingKeyAnswer> {
    const res = await as('GET', '/api/v1/staff/surveys/sealing-key');
    expect(res.statusCode, res.body).toBe(200);
    return sealingKeyAnswerSchema.parse(res.json());
  }

  it('gives one key per council, the public half only', async () => {
    const a = await sealingKey();
    const b = await sealingKey();
    expect(b).toEqual(a);
    expect(JSON.stringify(a)).not.toMatch(/"d"/);
    const admin = env.staff(await env.signInStaff((await env.createStaff(DEMO_COUNCIL_ID, { roles: ['admin'] })).email));
    expect((await sealingKey(admin)).keyId).toBe(a.keyId);
  });

  it('opens a sealed response and stores it as "iro" with nothing that names the IRO or the entry', async () => {
    const key = await sealingKey();
    const entryId = newId();
    const sealed = await seal(payload, key);
    const res = await iro('POST', SEALED, { entryId, sealed });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ stored: true });
    await moveAllHeld(env.db, DEMO_COUNCIL_ID);
    const rows = await env.db.selectFrom('survey_responses').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mode: 'iro', survey_id: 'hows-life-8-11', month: '2026-03' });
    const text = JSON.stringify(rows[0]);
    expect(text).not.toContain(iroId);
    expect(text).not.toContain(entryId);
    expect(JSON.parse(rows[0]!.answers)).toMatchObject({ 'one-thing-to-change': FREE_TEXT });
    // The envelope is known again by the hash of its single-use key, kept with the council and the month only.
    const envelope = createHash('sha256').update(JSON.stringify(sealed.ephemeralPublicKey)).digest('hex');
    expect(await env.db.selectFrom('survey_sealed_entries').selectAll().execute()).toEqual([
      { council_id: DEMO_COUNCIL_ID, entry_id: envelope, month: '2026-03' },
    ]);
    // Audited without the answers, the survey or the entry.
    const logged = await env.db.selectFrom('audit_log').selectAll().where('action', '=', 'survey.sealed.receive').execute();
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).not.toMatch(/zebra|hows-life|happy-yesterday/);
    expect(JSON.stringify(logged[0])).not.toContain(entryId);
    expect(JSON.stringify(logged[0])).not.toContain(rows[0]!.id);
  });

  it('stores a repeat of the same entry once', async () => {
    const key = await sealingKey();
    const body = { entryId: newId(), sealed: await seal(payload, key) };
    expect((await iro('POST', SEALED, body)).statusCode).toBe(201);
    const again = await iro('POST', SEALED, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ stored: true, repeat: true });
    // The same envelope under a new entry id is the same response: it is never stored twice.
    const replayed = await iro('POST', SEALED, { ...body, entryId: newId() });
    expect(replayed.statusCode).toBe(200);
    expect(replayed.json()).toEqual({ stored: true, repeat: true });
    await moveAllHeld(env.db, DEMO_COUNCIL_ID);
    expect((await env.counts('survey_responses')).survey_responses).toBe(1);
  });

  it('refuses a changed ciphertext, an unknown key, wrong answers or an unknown survey, and stores nothing', async () => {
    const key = await sealingKey();
    const sealed = await seal(payload, key);
    const bytes = fromBase64url(sealed.ciphertext);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    const cases: [unknown, string][] = [
      [{ ...sealed, ciphertext: toBase64url(bytes) }, 'sealed-unreadable'],
      [{ ...sealed, iv: toBase64url(new Uint8Array(12)) }, 'sealed-unreadable'],
      [{ ...sealed, keyId: newId() }, 'sealed-key-unknown'],
      [await seal({ ...payload, answers: { 'happy-yesterday': '9' } }, key), 'invalid-payload'],
      [await seal({ hello: 'world' }, key), 'invalid-payload'],
      [await seal({ ...payload, surveyId: 'hows-life-nope' }, key), 'unknown-survey'],
      [{ ...sealed, ciphertext: 'not base64!' }, 'invalid-input'],
    ];
    for (const [envelope, code] of cases) {
      const res = await iro('POST', SEALED, { entryId: newId(), sealed: envelope });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ code: string }>().code).toBe(code);
    }
    expect(await env.counts('survey_responses', 'survey_held')).toEqual({ survey_responses: 0, survey_held: 0 });
    expect((await env.counts('survey_sealed_entries')).survey_sealed_entries).toBe(0);
  });

  it('refuses the wrong role, another council and a signed-out request', async () => {
    const key = await sealingKey();
    const body = () => seal(payload, key).then((sealed) => ({ entryId: newId(), sealed }));
    const moderator = env.staff(await env.signInStaff((await env.createStaff(DEMO_COUNCIL_ID, { roles: ['moderator'] })).email));
    expect((await moderator('POST', SEALED, await body())).statusCode).toBe(403);
    expect((await moderator('GET', '/api/v1/staff/surveys/sealing-key')).statusCode).toBe(403);
    const other = await env.createCouncil({ name: 'Otherham' });
    const otherIro = env.staff(await env.signInStaff((await env.createStaff(other.id, { roles: ['iro'] })).email));
    // Sealed for Demoshire's key: Otherham's staff cannot have it opened or stored.
    const res = await otherIro('POST', SEALED, await body());
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('sealed-key-unknown');
    expect((await env.app.inject({ method: 'POST', url: SEALED, payload: await body(), headers: { 'x-heard-csrf': '1' } })).statusCode).toBe(401);
    expect(await env.counts('survey_responses', 'survey_held')).toEqual({ survey_responses: 0, survey_held: 0 });
  });

  it('records a tally once, checks it, and lists the IRO’s own', async () => {
    const tally = { entryId: newId(), round: 'hows-life', band: '8-11', offered: 3, completed: 2, declined: 1, reviewedOn: '2026-03-02' };
    const first = await iro('POST', TALLIES, tally);
    expect(first.statusCode, first.body).toBe(201);
    expect((await iro('POST', TALLIES, tally)).json()).toEqual({ stored: true, repeat: true });
    for (const bad of [
      { ...tally, entryId: newId(), completed: 3 },
      { ...tally, entryId: newId(), offered: -1 },
      { ...tally, entryId: newId(), band: '9-10' },
      { ...tally, entryId: newId(), reviewedOn: '2026-13-01' },
      { ...tally, entryId: 'nope' },
    ]) {
      const res = await iro('POST', TALLIES, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await env.counts('survey_tallies')).survey_tallies).toBe(1);
    const mine = await iro('GET', `${TALLIES}?round=hows-life`);
    expect(mine.json()).toMatchObject({ tallies: [{ id: tally.entryId, offered: 3, completed: 2, declined: 1, band: '8-11' }] });
    const other = env.staff(await env.signInStaff((await env.createStaff(DEMO_COUNCIL_ID, { roles: ['iro'] })).email));
    expect((await other('GET', TALLIES)).json()).toEqual({ tallies: [] });
    expect((await other('POST', TALLIES, tally)).statusCode).toBe(409);
    const admin = env.staff(await env.signInStaff((await env.createStaff(DEMO_COUNCIL_ID, { roles: ['admin'] })).email));
    expect((await admin('POST', TALLIES, { ...tally, entryId: newId() })).statusCode).toBe(403);
  });

  it('gives the IRO the council’s published round versions to keep', async () => {
    const res = await iro('GET', '/api/v1/staff/surveys/published');
    expect(res.statusCode).toBe(200);
    const { surveys } = res.json<{ surveys: { id: string; band: string }[] }>();
    expect(surveys.map((s) => s.band).sort()).toEqual(['11-18', '16-25', '4-7', '8-11']);
  });
});
