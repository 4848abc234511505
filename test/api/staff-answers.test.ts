// What the staff routes answer, read through the same zod schemas the staff screens check answers with, on SQLite and
// PostgreSQL: a schema stricter than the server (or a server that drifts) fails here, not on a council's screen.
import { beforeEach, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  feedLogSchema,
  staffFeedItemListSchema,
  staffFeedItemViewSchema,
  staffPollListSchema,
  staffPollViewSchema,
  staffThemeDetailSchema,
  staffThemeListSchema,
  staffThemeViewSchema,
} from '../../src/shared/feed-staff';
import { safeguardingActionResultSchema, safeguardingPageSchema } from '../../src/shared/safeguarding';
import { safetyTermListSchema, safetyTermRecordSchema } from '../../src/shared/safety-terms';
import {
  auditPageSchema,
  councilSettingsSchema,
  joinCodeRotationSchema,
  passwordResetResultSchema,
  staffAccountListSchema,
  staffAccountSchema,
  staffMeSchema,
} from '../../src/shared/staff';
import { wallPromptSchema } from '../../src/shared/wall';
import { decisionResultSchema, hidePhoneResultSchema, promptListSchema, staffWallPostPageSchema } from '../../src/shared/wall-staff';
import { describeOnDatabases, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('staff answers', (harness) => {
  let env: ApiEnv;
  let young: Device;
  let staff: ReturnType<ApiEnv['staff']>;

  /** Asks, expects `status`, and returns the answer as the schema reads it (failing with zod's words if it cannot). */
  async function read<T>(
    schema: z.ZodType<T>,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    status = 200,
  ): Promise<T> {
    const res = await staff(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    const parsed = schema.safeParse(res.json());
    expect(parsed.error?.issues ?? [], `${method} ${url}`).toEqual([]);
    return parsed.data as T;
  }
  async function post(promptId: string, text: string): Promise<string> {
    const [result] = await env.pushOk(young.token, [env.op('wall.post', { promptId, text })]);
    expect(result?.status).toBe('accepted');
    return result?.ref ?? '';
  }

  beforeEach(async () => {
    env = harness();
    const council = await env.createCouncil({ name: 'Answershire', districts: ['Havant'] });
    young = await env.registerDevice(council.joinCode);
    const admin = await env.createStaff(council.id, { roles: ['admin'] });
    staff = env.staff(await env.signInStaff(admin.email, admin.password));
  });

  it('answers the wall, themes, feed and log screens as their schemas say', async () => {
    await read(staffMeSchema, 'GET', '/api/v1/staff/me');
    const prompt = await read(
      wallPromptSchema,
      'POST',
      '/api/v1/staff/wall/prompts',
      { kind: 'no-more', text: { en: 'No more…' }, districtId: null, open: true },
      201,
    );
    await read(wallPromptSchema, 'PATCH', `/api/v1/staff/wall/prompts/${prompt.id}`, { open: true });
    expect((await read(promptListSchema, 'GET', '/api/v1/staff/wall/prompts')).prompts).toHaveLength(1);

    const first = await post(prompt.id, 'No more changing social workers');
    const second = await post(prompt.id, 'No more moving schools, call me on 07700 900123');
    await post(prompt.id, 'No more of this');
    await post(prompt.id, 'No more waiting');
    const page = await read(staffWallPostPageSchema, 'GET', '/api/v1/staff/wall/posts?status=pending&order=oldest&page=1&pageSize=50');
    expect(page.posts).toHaveLength(4);
    await read(decisionResultSchema, 'POST', `/api/v1/staff/wall/posts/${first}/decision`, { action: 'approve', confirmNoDetails: false });
    await read(decisionResultSchema, 'POST', `/api/v1/staff/wall/posts/${second}/decision`, { action: 'hide', reason: 'A phone number' });
    await read(hidePhoneResultSchema, 'POST', `/api/v1/staff/wall/posts/${first}/hide-phone`, {});
    await read(staffWallPostPageSchema, 'GET', '/api/v1/staff/wall/posts?status=published');

    const theme = await read(staffThemeViewSchema, 'POST', '/api/v1/staff/themes', { title: { en: 'Social workers' }, postIds: [] }, 201);
    await read(staffThemeViewSchema, 'POST', `/api/v1/staff/themes/${theme.id}/posts`, { postIds: [first] });
    await read(staffThemeViewSchema, 'PATCH', `/api/v1/staff/themes/${theme.id}`, { title: { en: 'Social workers', cy: 'Gweithwyr cymdeithasol' } });
    const other = await read(staffThemeViewSchema, 'POST', '/api/v1/staff/themes', { title: { en: 'Workers' }, postIds: [] }, 201);
    await read(staffThemeViewSchema, 'POST', `/api/v1/staff/themes/${theme.id}/merge`, { fromThemeId: other.id });
    expect((await read(staffThemeDetailSchema, 'GET', `/api/v1/staff/themes/${theme.id}`)).postList).toHaveLength(1);
    await read(staffThemeViewSchema, 'DELETE', `/api/v1/staff/themes/${theme.id}/posts/${first}`);
    await read(staffThemeListSchema, 'GET', '/api/v1/staff/themes');

    const draft = await read(
      staffFeedItemViewSchema,
      'POST',
      '/api/v1/staff/feed',
      {
        said: { en: 'Too many changes' },
        did: { en: 'Smaller teams' },
        status: 'planned',
        cantDoReason: null,
        districtId: null,
        responsible: 'Head of Service',
        startOn: '2026-04-01',
        dueOn: null,
        sources: [
          { kind: 'theme', id: theme.id },
          { kind: 'post', id: first, quote: 'No more changing social workers' },
        ],
      },
      201,
    );
    await read(staffFeedItemViewSchema, 'PATCH', `/api/v1/staff/feed/${draft.id}`, {
      said: { en: 'Too many changes', ar: 'تغييرات كثيرة' },
      did: { en: 'Smaller teams' },
      status: 'planned',
      responsible: 'Head of Service',
    });
    await read(staffFeedItemViewSchema, 'POST', `/api/v1/staff/feed/${draft.id}/publish`);
    await read(
      staffFeedItemViewSchema,
      'POST',
      `/api/v1/staff/feed/${draft.id}/updates`,
      { text: { en: 'No money' }, status: 'cant-do', cantDoReason: { en: 'No money this year' } },
      201,
    );
    expect((await read(staffFeedItemListSchema, 'GET', '/api/v1/staff/feed?state=all')).items).toHaveLength(1);
    expect((await read(feedLogSchema, 'GET', '/api/v1/staff/feed/log?format=json')).rows).toHaveLength(1);
  });

  it('answers the polls, safeguarding and admin screens as their schemas say', async () => {
    const poll = await read(
      staffPollViewSchema,
      'POST',
      '/api/v1/staff/polls',
      { term: 'contact', question: { en: 'What should we call contact?' }, options: ['Contact', 'Catch up'] },
      201,
    );
    const [idea] = await env.pushOk(young.token, [env.op('poll.suggest', { pollId: poll.id, label: 'Family Time' })]);
    const [harm] = await env.pushOk(young.token, [env.op('poll.suggest', { pollId: poll.id, label: 'my carer hits me' })]);
    await read(staffPollViewSchema, 'POST', `/api/v1/staff/polls/${poll.id}/options/${idea?.ref}/decision`, { action: 'approve' });
    await read(staffPollViewSchema, 'PUT', `/api/v1/staff/polls/${poll.id}/options/${idea?.ref}/translations`, { cy: 'Amser Teulu' });
    await read(staffPollViewSchema, 'PATCH', `/api/v1/staff/polls/${poll.id}`, { open: false });
    await read(staffPollViewSchema, 'POST', `/api/v1/staff/polls/${poll.id}/adopt`, {
      optionId: idea?.ref,
      did: { en: 'Letters say Family Time' },
      responsible: 'Head of Service',
    });
    await read(staffPollListSchema, 'GET', '/api/v1/staff/polls');

    expect((await read(safeguardingPageSchema, 'GET', '/api/v1/staff/safeguarding?page=1&pageSize=50')).items).toHaveLength(1);
    await read(
      safeguardingActionResultSchema,
      'POST',
      '/api/v1/staff/safeguarding/actions',
      { kind: 'poll-suggestion', id: harm?.ref, note: 'Rang the duty team.' },
      201,
    );
    await read(safeguardingPageSchema, 'GET', '/api/v1/staff/safeguarding?page=1&pageSize=50');
    const term = await read(
      safetyTermRecordSchema,
      'POST',
      '/api/v1/staff/safety-terms',
      { term: 'plugging', category: 'criminal-exploitation', language: 'en' },
      201,
    );
    await read(safetyTermListSchema, 'GET', '/api/v1/staff/safety-terms');
    expect((await staff('DELETE', `/api/v1/staff/safety-terms/${term.id}`)).statusCode).toBe(204);

    const account = await read(
      staffAccountSchema,
      'POST',
      '/api/v1/staff/accounts',
      { email: 'new@x.example', name: 'New', roles: ['moderator'], password: 'another long passphrase' },
      201,
    );
    await read(staffAccountSchema, 'PATCH', `/api/v1/staff/accounts/${account.id}`, { roles: ['moderator', 'participation'] });
    expect((await read(passwordResetResultSchema, 'POST', `/api/v1/staff/accounts/${account.id}/password`, {})).password).toBeTruthy();
    await read(staffAccountListSchema, 'GET', '/api/v1/staff/accounts');

    await read(councilSettingsSchema, 'GET', '/api/v1/staff/council');
    await read(councilSettingsSchema, 'PATCH', '/api/v1/staff/council', {
      name: 'Answershire Council',
      safeguardingHours: { en: 'Monday to Friday' },
      vocabulary: { en: { contact: 'Family Time' } },
    });
    await read(joinCodeRotationSchema, 'POST', '/api/v1/staff/council/join-code');
    const audit = await read(auditPageSchema, 'GET', '/api/v1/staff/audit?limit=2');
    expect(audit.nextBefore).toBeTypeOf('number');
    await read(auditPageSchema, 'GET', `/api/v1/staff/audit?before=${audit.nextBefore}&limit=50`);
  });
});
