// The council the chaos phone belongs to (a wall prompt open and one closed, three published posts from another phone,
// a published "you said, we did" item, an open name poll, a "How's life?" version) and every write a young person can
// make, each through the app's own data functions, so every op type of the protocol is sent.
import { expect } from 'vitest';
import { newId } from '../../src/shared/ids';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import type { SurveyVersion } from '../../src/shared/survey/definition';
import type { WallPrompt } from '../../src/shared/wall';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import { recordChanges } from '../../src/server/sync/change-log';
import type { ApiEnv } from '../fixtures/api-harness';
import { randomAnswers } from '../fixtures/survey-answers';
import { madeOps, type Page } from './chaos-page';

export interface World {
  councilId: string;
  joinCode: string;
  staffCookie: string;
  openPrompt: string;
  closedPrompt: string;
  /** Published posts of another phone, the targets of "me too". */
  posts: string[];
  feedItem: string;
  poll: string;
  /** Server ids to stable names, so dumps of two databases compare. */
  names: Map<string, string>;
}

export const WORDS = [
  'Yes more days out with my carer',
  'No more changing social workers',
  'My meetings would be better if I could choose where they are',
  'Yes more time with my brother',
];

export async function makeWorld(env: ApiEnv): Promise<World> {
  const council = await env.createCouncil({ name: 'Chaosshire', districts: ['Havant'] });
  const mod = await env.createStaff(council.id, { roles: ['moderator', 'participation'] });
  const staffCookie = await env.signInStaff(mod.email, mod.password);
  const staff = env.staff(staffCookie);
  const prompt = async (open: boolean) => {
    const res = await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'Yes more…' } });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as WallPrompt).id;
    if (!open) expect((await staff('PATCH', `/api/v1/staff/wall/prompts/${id}`, { open: false })).statusCode).toBe(200);
    return id;
  };
  const openPrompt = await prompt(true);
  const closedPrompt = await prompt(false);
  const other = await env.registerDevice(council.joinCode);
  await env.pushOk(
    other.token,
    WORDS.slice(0, 3).map((text) => env.op('wall.post', { promptId: openPrompt, text, districtId: null })),
  );
  const pending = (await staff('GET', '/api/v1/staff/wall/posts?status=pending')).json() as { posts: { id: string; text: string }[] };
  const names = new Map<string, string>([
    [openPrompt, 'open-prompt'],
    [closedPrompt, 'closed-prompt'],
  ]);
  for (const p of pending.posts) {
    expect((await staff('POST', `/api/v1/staff/wall/posts/${p.id}/decision`, { action: 'approve' })).statusCode).toBe(200);
    names.set(p.id, `fixture-post:${p.text}`);
  }
  const pollRes = await staff('POST', '/api/v1/staff/polls', {
    term: 'contact',
    question: { en: 'What should we call it?' },
    options: ['Family time', 'Seeing people'],
  });
  expect(pollRes.statusCode, pollRes.body).toBe(201);
  const poll = (pollRes.json() as { id: string; options: { id: string; label: string }[] }).id;
  for (const o of (pollRes.json() as { options: { id: string; label: string }[] }).options) names.set(o.id, `option:${o.label}`);
  const feedItem = newId();
  const at = env.now().toISOString();
  await env.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('feed_items')
      .values({
        id: feedItem,
        council_id: council.id,
        state: 'published',
        said: JSON.stringify({ en: 'You said your social worker changes too often.' }),
        did: JSON.stringify({ en: 'We set up teams so you keep the same worker.' }),
        status: 'in-progress',
        cant_do_reason: null,
        district_id: null,
        responsible: 'Head of Service',
        start_on: at.slice(0, 10),
        due_on: null,
        created_at: at,
        created_by: null,
        published_at: at,
        updated_at: at,
      })
      .execute();
    await recordChanges(trx, [{ councilId: council.id, collection: 'feedItems', entityId: feedItem }]);
    // The smallest version of the default round keeps the pull short.
    await publishSurveyVersions(trx, council.id, DEFAULT_SURVEYS.slice(0, 1), at);
  });
  names.set(feedItem, 'feed-item');
  names.set(poll, 'poll');
  return {
    councilId: council.id,
    joinCode: council.joinCode,
    staffCookie,
    openPrompt,
    closedPrompt,
    posts: [...names.keys()].filter((k) => names.get(k)?.startsWith('fixture-post:')).sort((a, b) => names.get(a)!.localeCompare(names.get(b)!)),
    feedItem,
    poll,
    names,
  };
}

/** What the young person did, as the test saw it: the ops in the order the actions made them, and what was cancelled. */
export interface Actions {
  /** Op id → a stable description ("wall.post open-prompt <words>"), in the order the young person made them. */
  ops: Map<string, string>;
  /** Ops the phone itself took out of the outbox before they were sure to be sent (a take-back, a changed reaction). */
  cancelled: Set<string>;
  /** Requests this phone sent (their ids), and the posts and name ideas it may take back. */
  requests: string[];
  mine: string[];
}
export const newActions = (): Actions => ({ ops: new Map(), cancelled: new Set(), requests: [], mine: [] });

/** The op of `type` the last action made (the newest recorded one), if any. */
function newest(type: string, before: number): string | undefined {
  return [...madeOps]
    .slice(before)
    .filter(([, o]) => o.type === type)
    .at(-1)?.[0];
}

const pick = <T>(random: () => number, list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];

/** One write by the young person, chosen by `random`; returns the op type it made (or null when it made none). */
export async function act(page: Page, world: World, done: Actions, random: () => number, now: Date): Promise<string | null> {
  const before = madeOps.size;
  const x = random();
  const { wall, feed, polls, takeBack, survey, requestData, requestDrafts } = page.app;
  const note = (id: string | undefined, what: string) => {
    if (id) done.ops.set(id, what);
    return id ? what.split(' ')[0]! : null;
  };
  if (x < 0.32) {
    const closed = random() < 0.15;
    const words = pick(random, WORDS)!;
    const id = await wall.sendPost(closed ? world.closedPrompt : world.openPrompt, words, { districtId: null, flaggedOnDevice: false });
    done.mine.push(id);
    return note(id, `wall.post ${closed ? 'closed' : 'open'} ${words}`);
  }
  if (x < 0.42) {
    const post = pick(random, world.posts)!;
    return (await wall.meToo(post)) ? note(newest('wall.metoo', before), `wall.metoo ${world.names.get(post)}`) : null;
  }
  if (x < 0.5) {
    const reaction = random() < 0.5 ? 'helps' : 'not-enough';
    const waiting = (await page.db.outbox.where('state').equals('queued').toArray()).filter((r) => r.type === 'feed.react').map((r) => r.id);
    if (!(await feed.react(world.feedItem, reaction))) return null;
    waiting.forEach((id) => done.cancelled.add(id));
    return note(newest('feed.react', before), `feed.react ${reaction}`);
  }
  if (x < 0.57) {
    const poll = await page.db.polls.get(world.poll);
    const option = poll && pick(random, poll.options);
    return option && (await polls.vote(world.poll, option.id)) ? note(newest('poll.vote', before), `poll.vote ${world.names.get(option.id)}`) : null;
  }
  if (x < 0.64) {
    const label = pick(random, ['Seeing family', 'Catch-up time', 'Time together'])!;
    const id = await polls.suggestName(world.poll, label, { flaggedOnDevice: false });
    done.mine.push(id);
    return note(id, `poll.suggest ${label}`);
  }
  if (x < 0.71) {
    const id = pick(random, done.mine);
    if (!id) return null;
    const outcome = await takeBack.takeBack(id);
    if (outcome === 'cancelled') done.cancelled.add(id);
    // Whether a take-back is an op depends on whether the item was sent yet: not part of the comparable history.
    return outcome === 'queued' ? 'item.withdraw' : null;
  }
  if (x < 0.78) {
    const version = (await page.db.surveys.toArray())[0] as SurveyVersion | undefined;
    if (!version) return null;
    await survey.submitSurvey(version, randomAnswers(version, random), {}, now);
    return note(newest('survey.submit', before), `survey.submit ${version.id}`);
  }
  if (x < 0.86) {
    const details = pick(random, ['My family time keeps being cancelled.', 'Nobody told me about my move.'])!;
    const id = await requestDrafts.sendRequest(
      'complaint',
      { topic: 'family-time', details, who: 'me', asker: 'in-care', method: 'text', value: '07700 900123', safeToText: true, wantsAdvocate: 'no' },
      false,
    );
    done.requests.push(id);
    return note(id, `request.create ${details}`);
  }
  const request = pick(random, done.requests);
  if (!request) return null;
  const which = `request#${done.requests.indexOf(request)}`;
  if (x < 0.94) {
    await requestData.replyToRequest(request, 'Any news about this?');
    return note(newest('request.message', before), `request.message ${which}`);
  }
  await requestData.askNextStage(request, 2, 'I am not happy with the answer.');
  return note(newest('request.escalate', before), `request.escalate ${which}`);
}
