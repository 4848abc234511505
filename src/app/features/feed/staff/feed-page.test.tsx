// The staff "you said, we did" screens against a stubbed server: "can't do" needs a reason before anything is sent,
// a draft saves and opens, and a published item is never rewritten: it shows its timeline and takes updates.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import type { StaffMe } from '../../../../shared/staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import * as api from './api';
import { FeedPage } from './feed-page';

vi.mock('./api', () => ({
  listFeedItems: vi.fn(),
  listThemes: vi.fn(),
  listWallPosts: vi.fn(),
  listSurveyFindings: vi.fn(),
  listRequestTopics: vi.fn(),
  createFeedItem: vi.fn(),
  updateFeedDraft: vi.fn(),
  publishFeedItem: vi.fn(),
  addFeedUpdate: vi.fn(),
}));

const ID = '00000000-0000-4000-8000-0000000000a1';
const item = (over: Partial<StaffFeedItemView> = {}): StaffFeedItemView => ({
  id: ID,
  state: 'draft',
  said: { en: 'Too many changes of social worker' },
  did: { en: 'Smaller teams' },
  status: 'planned',
  cantDoReason: null,
  districtId: null,
  districtName: null,
  responsible: 'Head of Service',
  startOn: null,
  dueOn: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  publishedAt: null,
  updatedAt: '2026-01-05T10:00:00.000Z',
  sources: [],
  updates: [],
  reactions: { helps: 3, notEnough: 1 },
  ...over,
});

let items: StaffFeedItemView[] = [];
/** Every change asked of the server, by the api function's name. */
const calls: Array<{ call: string; body: unknown }> = [];
const me: StaffMe = {
  id: 's1',
  email: 'm@x.example',
  name: 'Morgan',
  roles: ['moderator'],
  council: { id: 'c', name: 'C', districts: [{ id: 'd1', name: 'Havant' }] },
};

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));

beforeEach(() => {
  items = [];
  calls.length = 0;
  vi.mocked(api.listFeedItems).mockImplementation(async () => items);
  vi.mocked(api.listThemes).mockResolvedValue([]);
  vi.mocked(api.listWallPosts).mockResolvedValue([]);
  vi.mocked(api.listSurveyFindings).mockResolvedValue([]);
  vi.mocked(api.listRequestTopics).mockImplementation(async (from, to) => ({
    from,
    to,
    minimum: 5,
    topics: [
      { topic: 'where-i-live', count: 12, citable: true },
      { topic: 'school', count: null, citable: false },
    ],
  }));
  vi.mocked(api.createFeedItem).mockImplementation(
    async (body) => (calls.push({ call: 'createFeedItem', body }), item(body as Partial<StaffFeedItemView>)),
  );
  vi.mocked(api.addFeedUpdate).mockImplementation(async (_id, u) => {
    calls.push({ call: 'addFeedUpdate', body: u });
    return {
      ...items[0]!,
      status: u.status,
      updates: [...(items[0]?.updates ?? []), { id: 'u9', at: '2026-03-01T09:00:00.000Z', status: u.status, text: u.text }],
    };
  });
});
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const field = (label: string) => screen.getByLabelText(label);

describe('new "you said, we did" item', () => {
  it("will not send a can't-do item without a reason, and says so clearly", async () => {
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    expect(screen.getByRole('heading', { level: 1, name: enStaff.feed.editor.newTitle })).toBeTruthy();
    fireEvent.change(field('You said (English)'), { target: { value: 'More family time' } });
    fireEvent.change(field('We did (English)'), { target: { value: 'We looked again at every request' } });
    fireEvent.change(field('Status'), { target: { value: 'cant-do' } });
    fireEvent.change(field('Responsible'), { target: { value: 'Head of Service' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.editor.save }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain(enStaff.feed.problems['reason-required']);
    expect(field("Why we can't (English)").getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);

    fireEvent.change(field("Why we can't (English)"), { target: { value: 'A court decides how often you see family.' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.editor.save }));
    await settle();
    const post = calls.find((c) => c.call === 'createFeedItem');
    expect(post?.body).toMatchObject({ status: 'cant-do', cantDoReason: { en: 'A court decides how often you see family.' }, districtId: null });
    expect(window.location.pathname).toBe(`/staff/feed/${ID}`);
  });

  it('cites a request topic by its count, never a request; a topic with too few requests cannot be ticked', async () => {
    vi.mocked(api.createFeedItem).mockImplementation(async (body) => {
      calls.push({ call: 'createFeedItem', body });
      items = [item({ sources: body.sources })];
      return items[0]!;
    });
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const topics = screen.getByRole('group', { name: enStaff.feed.editor.requestTopics });
    expect(within(topics).getByText('12 requests in these dates')).toBeTruthy();
    expect(within(topics).getByText(/Fewer than 5 requests in these dates/)).toBeTruthy();
    expect(within(topics).getByRole<HTMLInputElement>('checkbox', { name: 'School' }).disabled).toBe(true);
    fireEvent.click(within(topics).getByRole('checkbox', { name: 'Where I live' }));
    fireEvent.change(field('You said (English)'), { target: { value: 'Where you live' } });
    fireEvent.change(field('We did (English)'), { target: { value: 'More homes nearby' } });
    fireEvent.change(field('Responsible'), { target: { value: 'Head of Service' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.editor.save }));
    await settle();
    expect(calls.find((c) => c.call === 'createFeedItem')?.body).toMatchObject({ sources: [{ kind: 'request-theme', id: 'where-i-live' }] });
    const [from, to] = vi.mocked(api.listRequestTopics).mock.calls[0]!;
    expect(from < to).toBe(true);
  });

  it("never shows one period's request counts as another's: a new period that could not be loaded says so", async () => {
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const topics = screen.getByRole('group', { name: enStaff.feed.editor.requestTopics });
    expect(within(topics).getByText('12 requests in these dates')).toBeTruthy();
    vi.mocked(api.listRequestTopics).mockRejectedValueOnce(new Error('No connection'));
    fireEvent.change(within(topics).getByLabelText(enStaff.feed.editor.topicsFrom), { target: { value: '2020-01-01' } });
    await settle();
    expect(within(topics).queryByText('12 requests in these dates')).toBeNull();
    expect(within(topics).getByRole('alert').textContent).toBe(enStaff.feed.editor.topicsFailed.replace('{{reason}}', 'No connection'));
    fireEvent.click(within(topics).getByRole('button', { name: enStaff.retry.action }));
    await settle();
    expect(within(topics).getByText('12 requests in these dates')).toBeTruthy();
    expect(vi.mocked(api.listRequestTopics).mock.calls.at(-1)?.[0]).toBe('2020-01-01');
  });

  it('cites a "How\'s life?" finding young people can see, and opens the saved draft with it ticked', async () => {
    const FINDING = '00000000-0000-4000-8000-0000000000f1';
    vi.mocked(api.listSurveyFindings).mockResolvedValue([
      {
        id: FINDING,
        round: 'hows-life',
        told: { en: 'You want more family time.', cy: 'cy', ar: 'ar' },
        willDo: { en: 'Family days.', cy: 'cy', ar: 'ar' },
        questionIds: [],
        publishedAt: '2026-02-01T10:00:00.000Z',
      },
    ]);
    vi.mocked(api.createFeedItem).mockImplementation(async (body) => {
      calls.push({ call: 'createFeedItem', body });
      items = [item({ sources: body.sources })];
      return items[0]!;
    });
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const findings = screen.getByRole('group', { name: enStaff.feed.editor.findings });
    fireEvent.click(within(findings).getByRole('checkbox', { name: /You want more family time\./ }));
    fireEvent.change(field('You said (English)'), { target: { value: 'More family time' } });
    fireEvent.change(field('We did (English)'), { target: { value: 'Family days' } });
    fireEvent.change(field('Responsible'), { target: { value: 'Head of Service' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.editor.save }));
    await settle();
    expect(calls.find((c) => c.call === 'createFeedItem')?.body).toMatchObject({ sources: [{ kind: 'survey-question', id: FINDING }] });
    expect(window.location.pathname).toBe(`/staff/feed/${ID}`);
    const again = screen.getByRole('group', { name: enStaff.feed.editor.findings });
    expect(within(again).getByRole<HTMLInputElement>('checkbox', { name: /You want more family time\./ }).checked).toBe(true);
  });
});

describe('publishing', () => {
  it('asks first, saying it can never be undone, and publishes nothing when the answer is no', async () => {
    items = [item()];
    vi.mocked(api.updateFeedDraft).mockImplementation(async (_id, body) => (calls.push({ call: 'updateFeedDraft', body }), items[0]!));
    vi.mocked(api.publishFeedItem).mockImplementation(
      async (id) => (calls.push({ call: 'publishFeedItem', body: id }), item({ state: 'published', publishedAt: '2026-01-10T10:00:00.000Z' })),
    );
    window.history.replaceState(null, '', `/staff/feed/${ID}`);
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const publish = screen.getByRole('button', { name: enStaff.feed.editor.publish });
    publish.focus();
    fireEvent.click(publish);
    let ask = await screen.findByRole('dialog', { name: enStaff.confirm.publish.title });
    expect(ask.textContent).toContain(enStaff.confirm.cannotUndo);
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.cancel }));
    await settle();
    expect(calls).toEqual([]);
    expect(document.activeElement).toBe(publish);

    fireEvent.click(publish);
    ask = await screen.findByRole('dialog', { name: enStaff.confirm.publish.title });
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.feed.editor.publish }));
    await settle();
    expect(calls.map((c) => c.call)).toEqual(['updateFeedDraft', 'publishFeedItem']);
  });
});

describe('a published item', () => {
  it('shows its words, reactions and dated timeline, and adds an update without rewriting', async () => {
    items = [
      item({
        state: 'published',
        publishedAt: '2026-01-10T10:00:00.000Z',
        updates: [{ id: 'u1', at: '2026-02-01T10:00:00.000Z', status: 'in-progress', text: { en: 'Two teams started.' } }],
      }),
    ];
    window.history.replaceState(null, '', `/staff/feed/${ID}`);
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    expect(screen.getByRole('heading', { level: 1, name: 'Too many changes of social worker' })).toBeTruthy();
    expect(screen.getByText('"This helps": 3 · "Not enough yet": 1')).toBeTruthy();
    expect(screen.queryByLabelText('You said (English)')).toBeNull();
    const timeline = document.querySelector('ol.staff-timeline');
    expect(timeline?.textContent).toContain('1 February 2026');
    expect(timeline?.textContent).toContain('Two teams started.');

    fireEvent.change(field('New status'), { target: { value: 'cant-do' } });
    fireEvent.change(field('Update (English)'), { target: { value: 'The money did not come.' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.update.add }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain(enStaff.feed.problems['reason-required']);
    fireEvent.change(field("Why we can't (English)"), { target: { value: 'No money this year.' } });
    fireEvent.click(screen.getByRole('button', { name: enStaff.feed.update.add }));
    // An update stays on every phone for good: it is sent only once confirmed.
    const ask = await screen.findByRole('dialog', { name: enStaff.confirm.addUpdate.title });
    expect(calls.some((c) => c.call === 'addFeedUpdate')).toBe(false);
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.feed.update.add }));
    await settle();
    expect(calls.find((c) => c.call === 'addFeedUpdate')?.body).toEqual({
      text: { en: 'The money did not come.' },
      status: 'cant-do',
      cantDoReason: { en: 'No money this year.' },
    });
    const entries = within(document.querySelector('.staff-timeline') as HTMLElement).getAllByRole('listitem');
    expect(entries.map((e) => e.textContent)).toEqual([
      expect.stringContaining('10 January 2026'),
      expect.stringContaining('Two teams started.'),
      expect.stringContaining('The money did not come.'),
    ]);
    expect(screen.getByRole('status').textContent).toBe(enStaff.feed.update.added);
  });
});

describe('a list that could not be loaded', () => {
  const reasonIn = (words: string) => words.replace('{{reason}}', 'No connection');
  const THEME = '00000000-0000-4000-8000-0000000000c1';

  it('says on the items list that the themes could not be loaded, and never calls a cited theme removed', async () => {
    items = [item({ sources: [{ kind: 'theme', id: THEME }] })];
    vi.mocked(api.listThemes).mockRejectedValue(new Error('No connection'));
    const onError = vi.fn();
    window.history.replaceState(null, '', '/staff/feed');
    render(<FeedPage me={me} onError={onError} />);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(reasonIn(enStaff.feed.themesFailed));
    const sources = screen.getByRole('list', { name: enStaff.feed.sourcesLabel });
    expect(sources.textContent).toContain(enStaff.feed.themeNotLoaded);
    expect(sources.textContent).not.toContain(enStaff.feed.themeGone);
    expect(onError).toHaveBeenCalled();
  });

  it('says in the editor that the themes could not be loaded, instead of loading for ever', async () => {
    vi.mocked(api.listThemes).mockRejectedValue(new Error('No connection'));
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const themes = screen.getByRole('group', { name: enStaff.feed.editor.themes });
    expect(within(themes).getByRole('alert').textContent).toBe(reasonIn(enStaff.feed.editor.themesFailed));
    expect(within(themes).queryByText(enStaff.loading)).toBeNull();
  });

  it('tries the themes again from the editor when asked, keeping the draft being written', async () => {
    vi.mocked(api.listThemes).mockRejectedValue(new Error('No connection'));
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    fireEvent.change(field('You said (English)'), { target: { value: 'More family time' } });
    const themes = screen.getByRole('group', { name: enStaff.feed.editor.themes });
    expect(within(themes).getByRole('alert').textContent).toBe(reasonIn(enStaff.feed.editor.themesFailed));

    vi.mocked(api.listThemes).mockResolvedValue([
      {
        id: THEME,
        title: { en: 'Family time' },
        createdAt: '2026-01-05T10:00:00.000Z',
        posts: 3,
        meToo: 1,
        byDistrict: [],
        byMonth: [],
        feedItemIds: [],
      },
    ]);
    fireEvent.click(within(themes).getByRole('button', { name: enStaff.retry.action }));
    await settle();
    expect(within(themes).getByRole('checkbox', { name: /Family time/ })).toBeTruthy();
    expect(within(themes).queryByRole('alert')).toBeNull();
    expect(within(themes).queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect((field('You said (English)') as HTMLTextAreaElement).value).toBe('More family time');
    expect(api.listThemes).toHaveBeenCalledTimes(2);
  });

  it('says in the editor which of the other sources could not be loaded, each where it would be ticked', async () => {
    vi.mocked(api.listWallPosts).mockRejectedValue(new Error('No connection'));
    vi.mocked(api.listSurveyFindings).mockRejectedValue(new Error('No connection'));
    vi.mocked(api.listRequestTopics).mockRejectedValue(new Error('No connection'));
    window.history.replaceState(null, '', '/staff/feed/new');
    render(<FeedPage me={me} onError={() => undefined} />);
    await settle();
    const cases = [
      [enStaff.feed.editor.posts, enStaff.feed.editor.postsFailed],
      [enStaff.feed.editor.findings, enStaff.feed.editor.findingsFailed],
      [enStaff.feed.editor.requestTopics, enStaff.feed.editor.topicsFailed],
    ] as const;
    for (const [group, failed] of cases) {
      const list = screen.getByRole('group', { name: group });
      expect(within(list).getByRole('alert').textContent).toBe(reasonIn(failed));
      expect(within(list).queryByText(enStaff.loading)).toBeNull();
      expect(within(list).getByRole('button', { name: enStaff.retry.action })).toBeTruthy();
    }
  });
});
