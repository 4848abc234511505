// Staff copy and adapt a survey and publish pulse check-ins through the real API on SQLite and PostgreSQL: only the
// participation and admin roles of the survey's own council may, a bad definition is refused with a 4xx naming the
// problem and changes nothing, a published version never changes, the server works out which questions a new version
// keeps, a pulse asks at most 5 questions, and phones get what was published through the pull.
import { beforeEach, expect, it } from 'vitest';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import type { PullResponse } from '../../src/shared/protocol';
import type { PulseCreate, StaffSurveySummary, SurveyEdit } from '../../src/shared/survey/authoring';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import type { SurveyQuestion, SurveyVersion } from '../../src/shared/survey/definition';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

const words = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const base = DEFAULT_SURVEYS.find((s) => s.band === '8-11')!;
const edit = (v: SurveyVersion, questions: SurveyQuestion[] = v.questions): SurveyEdit => ({
  title: v.title,
  intro: v.intro,
  afterwards: v.afterwards,
  questions,
});
const pulse = (questions: SurveyQuestion[], window = { opens: '2026-03-02', closes: '2026-03-16' }): PulseCreate => ({
  band: '11-18',
  title: words('A quick check-in'),
  intro: words('Five quick questions. You do not have to answer.'),
  afterwards: words('Thank you. We read every answer.'),
  questions,
  window,
});
const live = <T>(rows: Array<T | { id: string; deleted: true }> | undefined): T[] =>
  (rows ?? []).filter((r): r is T => !(typeof r === 'object' && r !== null && 'deleted' in r));

describeOnDatabases('survey authoring', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let staff: ReturnType<ApiEnv['staff']>;
  let phone: Device;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Surveyshire' });
    await env.db.transaction().execute((trx) => publishSurveyVersions(trx, council.id, DEFAULT_SURVEYS, env.now().toISOString()));
    const member = await env.createStaff(council.id, { roles: ['participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    phone = await env.registerDevice(council.joinCode);
  });

  const asRole = async (role: 'iro' | 'moderator' | 'complaints' | 'admin', councilId = council.id) => {
    const member = await env.createStaff(councilId, { roles: [role] });
    return env.staff(await env.signInStaff(member.email, member.password));
  };

  it("lists the council's surveys with their versions and the newest whole, to participation and admin only", async () => {
    const res = await staff('GET', '/api/v1/staff/surveys');
    expect(res.statusCode, res.body).toBe(200);
    const { surveys } = res.json<{ surveys: StaffSurveySummary[] }>();
    expect(surveys.map((s) => s.id).sort()).toEqual(DEFAULT_SURVEYS.map((s) => s.id).sort());
    const mine = surveys.find((s) => s.id === base.id)!;
    expect(mine).toMatchObject({ band: '8-11', round: 'hows-life', kind: 'round', versions: [{ version: 1 }] });
    expect(mine.newest).toEqual(base);
    expect((await (await asRole('admin'))('GET', '/api/v1/staff/surveys')).statusCode).toBe(200);
    for (const role of ['iro', 'moderator', 'complaints'] as const) expectErrorBody(await (await asRole(role))('GET', '/api/v1/staff/surveys'), 403);
    expectErrorBody(await env.staff('')('GET', '/api/v1/staff/surveys'), 401);
    // Another council's participation worker sees none of these and cannot publish a version of one.
    const other = await env.createCouncil({ name: 'Othershire' });
    const stranger = await asRole('admin', other.id);
    expect((await stranger('GET', '/api/v1/staff/surveys')).json<{ surveys: unknown[] }>().surveys).toEqual([]);
    expectErrorBody(await stranger('POST', `/api/v1/staff/surveys/${base.id}/versions`, edit(base, base.questions.slice(1))), 404, 'not-found');
    expect(await env.counts('surveys')).toEqual({ surveys: DEFAULT_SURVEYS.length });
  });

  it('publishes an edited copy as the next version, keeps only the questions asked exactly as before, and phones get it', async () => {
    const { cursor } = await env.pullOk(phone.token);
    const [first, second, third, ...rest] = base.questions;
    const reworded = { ...third!, text: words('How often are the adults you live with kind to you?') };
    // Words changed (third), a question removed (first), order changed (second after the rest), one question added.
    const added: SurveyQuestion = { id: 'bus-pass', type: 'yes-no', domain: 'rights', text: words('Do you have a bus pass?') };
    const questions = [reworded, ...rest, second!, added];
    const res = await staff('POST', `/api/v1/staff/surveys/${base.id}/versions`, { ...edit(base, questions), title: words('How is life for you?') });
    expect(res.statusCode, res.body).toBe(201);
    const published = res.json<SurveyVersion>();
    expect(published).toMatchObject({ id: base.id, round: base.round, band: '8-11', version: 2, title: words('How is life for you?') });
    expect(published.keeps).toEqual({ version: 1, questionIds: [...rest, second!].map((q) => q.id) });
    expect(published.keeps!.questionIds).not.toContain(reworded.id);
    expect(published.keeps!.questionIds).not.toContain(first!.id);
    expect(published.keeps!.questionIds).not.toContain('bus-pass');

    const after = await env.pullOk(phone.token, cursor);
    expect(live<SurveyVersion>(after.changes.surveys)).toEqual([published]);
    const listed = (await staff('GET', '/api/v1/staff/surveys')).json<{ surveys: StaffSurveySummary[] }>().surveys.find((s) => s.id === base.id)!;
    expect(listed.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(listed.newest).toEqual(published);
    expect((await auditActions(env.db, council.id)).filter((a) => a === 'survey.version.publish')).toHaveLength(1);

    // A third version built on the second keeps against the second.
    const third3 = await staff('POST', `/api/v1/staff/surveys/${base.id}/versions`, edit(published, published.questions.slice(0, -1)));
    expect(third3.statusCode, third3.body).toBe(201);
    expect(third3.json<SurveyVersion>().keeps).toEqual({ version: 2, questionIds: published.questions.slice(0, -1).map((q) => q.id) });
  });

  it('refuses a bad definition with a 4xx naming the problem, and writes nothing', async () => {
    const before = await env.counts('surveys', 'change_log', 'audit_log');
    const url = `/api/v1/staff/surveys/${base.id}/versions`;
    // A conditional question left without the question it depends on.
    const orphan = base.questions.filter((q) => q.id !== 'live-with-siblings');
    const noParent = await staff('POST', url, edit(base, orphan));
    expectErrorBody(noParent, 400, 'invalid-survey');
    expect(noParent.json<{ message: string }>().message).toMatch(/see-siblings: shown after live-with-siblings/);
    // A core question changed so it no longer matches the other age bands.
    const core = base.questions.find((q) => q.core && q.type === 'yes-no')!;
    const changedCore = await staff(
      'POST',
      url,
      edit(
        base,
        base.questions.map((q) => (q.id === core.id ? { ...q, type: 'agree' as const } : q)),
      ),
    );
    expectErrorBody(changedCore, 400, 'invalid-survey');
    expect(changedCore.json<{ message: string }>().message).toContain(`core ${core.id}: differs`);
    // Words missing a language, a question asked twice, a window on a full survey, and no questions at all.
    const noWelsh = { ...edit(base), title: { en: 'Hi', cy: '', ar: 'مرحبا' } };
    expectErrorBody(await staff('POST', url, noWelsh), 400);
    const twice = await staff('POST', url, edit(base, [...base.questions, base.questions[0]!]));
    expectErrorBody(twice, 400, 'invalid-survey');
    expect(twice.json<{ message: string }>().message).toContain(`${base.questions[0]!.id}: asked twice`);
    const windowed = await staff('POST', url, { ...edit(base), window: { opens: '2026-03-01', closes: '2026-03-09' } });
    expect(windowed.json<{ message: string }>().message).toContain('only a pulse check-in has a window');
    expectErrorBody(await staff('POST', url, edit(base, [])), 400);
    expectErrorBody(await staff('POST', '/api/v1/staff/surveys/no-such-survey/versions', edit(base)), 404, 'not-found');
    expect(await env.counts('surveys', 'change_log', 'audit_log')).toEqual(before);
  });

  it('never changes a published version: no update route, and the same words again are not a new version', async () => {
    const url = `/api/v1/staff/surveys/${base.id}/versions`;
    expectErrorBody(await staff('POST', url, edit(base)), 400, 'survey-unchanged');
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) expect((await staff(method, `${url}/1`, edit(base))).statusCode).toBe(404);
    expect((await staff('PUT', `/api/v1/staff/surveys/${base.id}`, edit(base))).statusCode).toBe(404);
    const stored = await env.db
      .selectFrom('surveys')
      .select(['version', 'definition'])
      .where('council_id', '=', council.id)
      .where('id', '=', base.id)
      .execute();
    expect(stored.map((r) => [Number(r.version), JSON.parse(r.definition) as unknown])).toEqual([[1, base]]);
  });

  it('publishes a pulse check-in of up to 5 questions with its window, refuses 6, and phones get it', async () => {
    const { cursor } = await env.pullOk(phone.token);
    const five = DEFAULT_SURVEYS.find((s) => s.band === '11-18')!
      .questions.filter((q) => !q.showIf)
      .slice(0, 5);
    const iro = await asRole('iro');
    const before = await env.counts('surveys', 'change_log', 'audit_log');
    const six = [...five, { id: 'one-more', type: 'yes-no', domain: 'wellbeing', text: words('One more?') }];
    const tooMany = await staff('POST', '/api/v1/staff/surveys/pulses', pulse(six as SurveyQuestion[]));
    expectErrorBody(tooMany, 400, 'invalid-survey');
    expect(tooMany.json<{ message: string }>().message).toContain('a pulse check-in asks at most 5 questions');
    const backwards = await staff('POST', '/api/v1/staff/surveys/pulses', pulse(five, { opens: '2026-03-10', closes: '2026-03-01' }));
    expect(backwards.json<{ message: string }>().message).toContain('the window closes before it opens');
    expectErrorBody(await staff('POST', '/api/v1/staff/surveys/pulses', { ...pulse(five), window: undefined }), 400);
    expectErrorBody(await iro('POST', '/api/v1/staff/surveys/pulses', pulse(five)), 403);
    expect(await env.counts('surveys', 'change_log', 'audit_log')).toEqual(before);

    const res = await staff('POST', '/api/v1/staff/surveys/pulses', pulse(five));
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<SurveyVersion>();
    expect(made.id).toMatch(/^pulse-[0-9a-f-]{36}$/);
    expect(made).toMatchObject({ round: made.id, version: 1, band: '11-18', kind: 'pulse', window: { opens: '2026-03-02', closes: '2026-03-16' } });
    expect(made.questions).toEqual(five);
    const after: PullResponse = await env.pullOk(phone.token, cursor);
    expect(live<SurveyVersion>(after.changes.surveys)).toEqual([made]);
    expect((await auditActions(env.db, council.id)).filter((a) => a === 'survey.pulse.publish')).toHaveLength(1);
    const listed = (await staff('GET', '/api/v1/staff/surveys')).json<{ surveys: StaffSurveySummary[] }>().surveys;
    expect(listed.find((s) => s.id === made.id)).toMatchObject({ kind: 'pulse', band: '11-18', versions: [{ version: 1 }] });
    // A pulse is adapted like any survey: a new version, still a pulse, still at most 5 questions.
    const moved = await staff('POST', `/api/v1/staff/surveys/${made.id}/versions`, {
      ...edit(made, five.slice(0, 4)),
      window: { opens: '2026-03-03', closes: '2026-03-20' },
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect(moved.json<SurveyVersion>()).toMatchObject({
      kind: 'pulse',
      version: 2,
      keeps: { version: 1, questionIds: five.slice(0, 4).map((q) => q.id) },
    });
    expectErrorBody(
      await staff('POST', `/api/v1/staff/surveys/${made.id}/versions`, { ...edit(made, six as SurveyQuestion[]), window: made.window }),
      400,
      'invalid-survey',
    );
  });
});
