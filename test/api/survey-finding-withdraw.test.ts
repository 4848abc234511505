// Withdrawing a finding published to young people, through the real API on SQLite and PostgreSQL: participation and
// admin of its own council only, audited; phones drop it (the pull's tombstone); a "you said, we did" item citing it
// keeps its words and shows the source as withdrawn; doing it again changes nothing; staff list the withdrawn ones with
// who, when and why.
import { beforeEach, expect, it } from 'vitest';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import type { FeedItem } from '../../src/shared/feed';
import type { StaffFeedItemView } from '../../src/shared/feed-staff';
import type { FindingWithdrawn, SurveyFinding, WithdrawnFinding } from '../../src/shared/survey/authoring';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

const words = (en: string) => ({ en, cy: `${en} (Cymraeg)`, ar: `${en} (العربية)` });
const finding = { round: 'hows-life', told: words('You want more time with your family.'), willDo: words('We will plan family days.') };
const withdrawUrl = (id: string) => `/api/v1/staff/surveys/findings/${id}/withdraw`;
const WITHDRAWN_URL = '/api/v1/staff/surveys/findings/withdrawn';
const WHY = { reason: 'We cannot promise family days this year.' };

describeOnDatabases('withdrawing a survey finding', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let staff: ReturnType<ApiEnv['staff']>;
  let made: SurveyFinding;

  const signIn = async (councilId: string, roles: Parameters<ApiEnv['createStaff']>[1]['roles']) => {
    const member = await env.createStaff(councilId, { roles });
    return env.staff(await env.signInStaff(member.email, member.password));
  };

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Withdrawshire' });
    await env.db.transaction().execute((trx) => publishSurveyVersions(trx, council.id, DEFAULT_SURVEYS, env.now().toISOString()));
    staff = await signIn(council.id, ['participation']);
    made = (await staff('POST', '/api/v1/staff/surveys/findings', finding)).json<SurveyFinding>();
  });

  it('drops it from every phone and the staff list, keeps a citing item whole with its source withdrawn, and is audited', async () => {
    const published = await staff('POST', '/api/v1/staff/feed', {
      said: { en: 'You said you want more time with your family.' },
      did: { en: 'Family days in every school holiday.' },
      status: 'planned',
      responsible: 'Head of Service',
      sources: [{ kind: 'survey-question', id: made.id }],
    });
    expect(published.statusCode, published.body).toBe(201);
    const item = published.json<StaffFeedItemView>();
    expect((await staff('POST', `/api/v1/staff/feed/${item.id}/publish`)).statusCode).toBe(200);
    const phone = await env.registerDevice(council.joinCode);
    const first = await env.pullOk(phone.token);
    expect(first.changes.surveyFindings).toEqual([made]);

    env.advance(60_000);
    const res = await staff('POST', withdrawUrl(made.id), WHY);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<FindingWithdrawn>()).toEqual({ id: made.id, withdrawnAt: env.now().toISOString() });

    const after = await env.pullOk(phone.token, first.cursor);
    expect(after.changes.surveyFindings).toEqual([{ id: made.id, deleted: true }]);
    const pulledItem = (after.changes.feedItems as FeedItem[] | undefined)?.find((f) => f.id === item.id);
    expect(pulledItem?.sources).toEqual([{ kind: 'survey-question', id: made.id, withdrawn: true }]);
    expect(pulledItem?.said).toEqual(item.said);
    expect(pulledItem?.updatedAt).toBe(item.updatedAt);
    expect((await staff('GET', '/api/v1/staff/surveys/findings')).json<{ findings: unknown[] }>().findings).toEqual([]);
    const view = (await staff('GET', '/api/v1/staff/feed?state=all')).json<{ items: StaffFeedItemView[] }>().items.find((i) => i.id === item.id);
    expect(view?.sources).toEqual([{ kind: 'survey-question', id: made.id, withdrawn: true }]);
    expect(await auditActions(env.db, council.id)).toContain('survey.finding.withdraw');

    // A withdrawn finding can no longer be cited by a new item.
    const citing = await staff('POST', '/api/v1/staff/feed', {
      said: { en: 'You said so.' },
      did: { en: 'We did this.' },
      status: 'planned',
      responsible: 'Head of Service',
      sources: [{ kind: 'survey-question', id: made.id }],
    });
    expectErrorBody(citing, 400, 'invalid-input');
  });

  it('keeps a draft citing it savable, its source still withdrawn', async () => {
    const body = {
      said: { en: 'You said you want more time with your family.' },
      did: { en: 'Family days.' },
      status: 'planned',
      responsible: 'Head of Service',
      sources: [{ kind: 'survey-question', id: made.id }],
    };
    const draft = (await staff('POST', '/api/v1/staff/feed', body)).json<StaffFeedItemView>();
    expect((await staff('POST', withdrawUrl(made.id), WHY)).statusCode).toBe(200);
    const saved = await staff('PATCH', `/api/v1/staff/feed/${draft.id}`, { ...body, did: { en: 'Family days, twice a year.' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<StaffFeedItemView>().sources).toEqual([{ kind: 'survey-question', id: made.id, withdrawn: true }]);
  });

  it('answers a repeat with the first withdrawal, writing nothing more', async () => {
    const first = (await staff('POST', withdrawUrl(made.id), WHY)).json<FindingWithdrawn>();
    const before = await env.counts('survey_findings', 'change_log', 'audit_log');
    env.advance(60_000);
    const again = await staff('POST', withdrawUrl(made.id), WHY);
    expect(again.statusCode).toBe(200);
    expect(again.json<FindingWithdrawn>()).toEqual(first);
    expect(await env.counts('survey_findings', 'change_log', 'audit_log')).toEqual(before);
  });

  it('refuses the wrong role, another council, an unknown or malformed id, changing nothing', async () => {
    const admin = await signIn(council.id, ['admin']);
    const moderator = await signIn(council.id, ['moderator']);
    const iro = await signIn(council.id, ['iro']);
    const other = await env.createCouncil({ name: 'Othershire' });
    const outsider = await signIn(other.id, ['participation', 'admin']);
    const before = await env.counts('survey_findings', 'change_log', 'audit_log');
    expectErrorBody(await moderator('POST', withdrawUrl(made.id), WHY), 403);
    expectErrorBody(await iro('POST', withdrawUrl(made.id), WHY), 403);
    expectErrorBody(await outsider('POST', withdrawUrl(made.id), WHY), 404, 'not-found');
    expectErrorBody(await staff('POST', withdrawUrl('00000000-0000-4000-8000-000000000000'), WHY), 404, 'not-found');
    expectErrorBody(await staff('POST', withdrawUrl('not-a-uuid'), WHY), 400, 'invalid-input');
    expect(await env.counts('survey_findings', 'change_log', 'audit_log')).toEqual(before);
    // Moderators write feed items, so they may read the findings they can cite.
    expect((await moderator('GET', '/api/v1/staff/surveys/findings')).json<{ findings: SurveyFinding[] }>().findings).toEqual([made]);
    expect((await admin('POST', withdrawUrl(made.id), WHY)).statusCode).toBe(200);
  });

  it('lists withdrawn findings with who, when and why, newest first, for its own council only', async () => {
    const second = (
      await staff('POST', '/api/v1/staff/surveys/findings', { ...finding, told: words('You want a say in your plan.') })
    ).json<SurveyFinding>();
    expect((await staff('GET', WITHDRAWN_URL)).json<{ findings: WithdrawnFinding[] }>().findings).toEqual([]);
    const member = await env.createStaff(council.id, { roles: ['admin'], name: 'Alex Admin' });
    const admin = env.staff(await env.signInStaff(member.email, member.password));
    env.advance(60_000);
    const firstAt = env.now().toISOString();
    expect((await staff('POST', withdrawUrl(made.id), WHY)).statusCode).toBe(200);
    env.advance(60_000);
    expect((await admin('POST', withdrawUrl(second.id), { reason: '  It named a home.  ' })).statusCode).toBe(200);

    const res = await staff('GET', WITHDRAWN_URL);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ findings: WithdrawnFinding[] }>().findings;
    expect(list.map((f) => f.id)).toEqual([second.id, made.id]);
    expect(list[0]).toEqual({ ...second, withdrawnAt: env.now().toISOString(), withdrawnBy: 'Alex Admin', reason: 'It named a home.' });
    expect(list[1]).toMatchObject({ id: made.id, told: made.told, withdrawnAt: firstAt, reason: WHY.reason });
    expect(list[1]!.withdrawnBy).toEqual(expect.any(String));
    // Still published findings are not in it; withdrawn ones are not in the published list.
    expect((await staff('GET', '/api/v1/staff/surveys/findings')).json<{ findings: unknown[] }>().findings).toEqual([]);

    const other = await env.createCouncil({ name: 'Othershire' });
    const outsider = await signIn(other.id, ['participation', 'admin']);
    expect((await outsider('GET', WITHDRAWN_URL)).json<{ findings: unknown[] }>().findings).toEqual([]);
    expectErrorBody(await (await signIn(council.id, ['moderator']))('GET', WITHDRAWN_URL), 403);
    expectErrorBody(await (await signIn(council.id, ['iro']))('GET', WITHDRAWN_URL), 403);
  });

  it('refuses a withdrawal without a reason, or with an empty or too long one, changing nothing', async () => {
    const before = await env.counts('survey_findings', 'change_log', 'audit_log');
    expectErrorBody(await staff('POST', withdrawUrl(made.id)), 400, 'invalid-input');
    expectErrorBody(await staff('POST', withdrawUrl(made.id), {}), 400, 'invalid-input');
    expectErrorBody(await staff('POST', withdrawUrl(made.id), { reason: '   ' }), 400, 'invalid-input');
    expectErrorBody(await staff('POST', withdrawUrl(made.id), { reason: 'x'.repeat(501) }), 400, 'invalid-input');
    expectErrorBody(await staff('POST', withdrawUrl(made.id), { reason: 42 }), 400, 'invalid-input');
    expect(await env.counts('survey_findings', 'change_log', 'audit_log')).toEqual(before);
    expect((await staff('GET', WITHDRAWN_URL)).json<{ findings: unknown[] }>().findings).toEqual([]);
    expect((await staff('GET', '/api/v1/staff/surveys/findings')).json<{ findings: SurveyFinding[] }>().findings).toEqual([made]);
  });
});
