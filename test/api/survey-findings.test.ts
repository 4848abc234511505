// Findings published to young people after a round, through the real API on SQLite and PostgreSQL: participation and
// admin of the round's own council publish one in every language, bad input is refused and changes nothing, phones of
// that council (only) get it in the pull's surveyFindings, and a "you said, we did" item may cite it.
import { beforeEach, expect, it } from 'vitest';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import type { StaffFeedItemView } from '../../src/shared/feed-staff';
import type { SurveyFinding } from '../../src/shared/survey/authoring';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

const finding = (extra: Record<string, unknown> = {}) => ({
  round: 'hows-life',
  told: {
    en: 'Lots of you want to see your brothers and sisters more.',
    cy: 'Mae llawer ohonoch chi eisiau gweld eich brodyr a’ch chwiorydd yn amlach.',
    ar: 'كثير منكم يريدون رؤية إخوتهم وأخواتهم أكثر.',
  },
  willDo: {
    en: 'We will plan family days in every school holiday.',
    cy: 'Byddwn ni’n trefnu diwrnodau teulu ym mhob gwyliau ysgol.',
    ar: 'سننظم أيامًا عائلية في كل عطلة مدرسية.',
  },
  questionIds: ['see-siblings'],
  ...extra,
});

describeOnDatabases('survey findings', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let staff: ReturnType<ApiEnv['staff']>;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Findingshire' });
    await env.db.transaction().execute((trx) => publishSurveyVersions(trx, council.id, DEFAULT_SURVEYS, env.now().toISOString()));
    const member = await env.createStaff(council.id, { roles: ['participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
  });

  it('publishes a finding that phones of the council get in the pull, and lists it for staff', async () => {
    const phone = await env.registerDevice(council.joinCode);
    const { cursor } = await env.pullOk(phone.token);
    const res = await staff('POST', '/api/v1/staff/surveys/findings', finding());
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<SurveyFinding>();
    expect(made).toMatchObject({ round: 'hows-life', questionIds: ['see-siblings'], publishedAt: env.now().toISOString() });
    const after = await env.pullOk(phone.token, cursor);
    expect(after.changes.surveyFindings).toEqual([made]);
    expect((await staff('GET', '/api/v1/staff/surveys/findings')).json<{ findings: SurveyFinding[] }>().findings).toEqual([made]);
    expect(await auditActions(env.db, council.id)).toContain('survey.finding.publish');

    const other = await env.createCouncil({ name: 'Othershire' });
    const stranger = await env.registerDevice(other.joinCode);
    expect((await env.pullOk(stranger.token)).changes.surveyFindings ?? []).toEqual([]);
    const outsider = await env.createStaff(other.id, { roles: ['admin'] });
    const theirs = env.staff(await env.signInStaff(outsider.email, outsider.password));
    expect((await theirs('GET', '/api/v1/staff/surveys/findings')).json<{ findings: unknown[] }>().findings).toEqual([]);
  });

  it('refuses a finding for a round or question the council does not have, missing words, or the wrong role, writing nothing', async () => {
    const iroMember = await env.createStaff(council.id, { roles: ['iro'] });
    const iro = env.staff(await env.signInStaff(iroMember.email, iroMember.password));
    const before = await env.counts('survey_findings', 'change_log', 'audit_log');
    const url = '/api/v1/staff/surveys/findings';
    expectErrorBody(await staff('POST', url, finding({ round: 'no-such-round' })), 400, 'unknown-round');
    const unknown = await staff('POST', url, finding({ questionIds: ['see-siblings', 'made-up'] }));
    expectErrorBody(unknown, 400, 'unknown-question');
    expect(unknown.json<{ message: string }>().message).toContain('made-up');
    expectErrorBody(await staff('POST', url, finding({ willDo: { en: 'Something', cy: '', ar: 'شيء' } })), 400);
    expectErrorBody(await iro('POST', url, finding()), 403);
    expectErrorBody(await iro('GET', url), 403);
    expect(await env.counts('survey_findings', 'change_log', 'audit_log')).toEqual(before);
  });

  it('may be cited by a "you said, we did" item, only by the council that published it', async () => {
    const made = (await staff('POST', '/api/v1/staff/surveys/findings', finding())).json<SurveyFinding>();
    const item = (id: string) => ({
      said: { en: 'You said you want to see your brothers and sisters more.' },
      did: { en: 'Family days in every school holiday.' },
      status: 'planned',
      responsible: 'Head of Service',
      sources: [{ kind: 'survey-question', id }],
    });
    const res = await staff('POST', '/api/v1/staff/feed', item(made.id));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<StaffFeedItemView>().sources).toEqual([{ kind: 'survey-question', id: made.id }]);
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', item('00000000-0000-4000-8000-000000000000')), 400, 'invalid-input');

    const other = await env.createCouncil({ name: 'Othershire' });
    const outsider = await env.createStaff(other.id, { roles: ['participation'] });
    const theirs = env.staff(await env.signInStaff(outsider.email, outsider.password));
    expectErrorBody(await theirs('POST', '/api/v1/staff/feed', item(made.id)), 400, 'invalid-input');
  });
});
