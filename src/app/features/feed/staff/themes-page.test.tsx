// One theme's screen against a stubbed server: a list it could not load is said in words where it would be used,
// never shown as an empty list or left loading, and can be tried again there.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffThemeDetail, StaffThemeView } from '../../../../shared/feed-staff';
import type { WallPrompt } from '../../../../shared/wall';
import type { StaffWallPostView } from '../../../../shared/wall-staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import * as api from './api';
import { ThemesPage } from './themes-page';

vi.mock('./api', () => ({
  listThemes: vi.fn(),
  getTheme: vi.fn(),
  createTheme: vi.fn(),
  renameTheme: vi.fn(),
  addPostsToTheme: vi.fn(),
  removePostFromTheme: vi.fn(),
  mergeTheme: vi.fn(),
  listWallPosts: vi.fn(),
  listWallPrompts: vi.fn(),
}));

const ID = '00000000-0000-4000-8000-0000000000c1';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const theme = (id: string, title: string): StaffThemeView => ({
  id,
  title: { en: title },
  createdAt: '2026-01-05T10:00:00.000Z',
  posts: 0,
  meToo: 0,
  byDistrict: [],
  byMonth: [],
  feedItemIds: [],
});
const detail: StaffThemeDetail = { ...theme(ID, 'Social workers'), postList: [] };
const post = {
  id: '00000000-0000-4000-8000-0000000000b1',
  text: 'Keep the same social worker',
  publishedText: null,
  status: 'published',
  promptId: 'p1',
  promptText: 'I want more…',
  districtName: null,
  meToo: 2,
  createdAt: '2026-01-06T10:00:00.000Z',
} as StaffWallPostView;

const reasonIn = (words: string) => words.replace('{{reason}}', 'No connection');
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));

beforeEach(() => {
  window.history.replaceState(null, '', `/staff/themes/${ID}`);
  vi.mocked(api.getTheme).mockResolvedValue(detail);
  vi.mocked(api.listThemes).mockResolvedValue([theme(ID, 'Social workers'), theme(OTHER, 'Changing workers')]);
  vi.mocked(api.listWallPosts).mockImplementation(async (status) => (status === 'published' ? [post] : []));
  vi.mocked(api.listWallPrompts).mockResolvedValue([{ id: 'p1', kind: 'yes-more' } as WallPrompt]);
});
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('a theme whose lists could not be loaded', () => {
  it('says the other themes could not be loaded, instead of "There are no other themes"', async () => {
    vi.mocked(api.listThemes).mockRejectedValue(new Error('No connection'));
    const onError = vi.fn();
    render(<ThemesPage onError={onError} />);
    await settle();
    expect(screen.getByRole('heading', { level: 1, name: 'Social workers' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(reasonIn(enStaff.themes.othersFailed));
    expect(screen.queryByText(enStaff.themes.noOthers)).toBeNull();
    expect(onError).toHaveBeenCalled();
  });

  it('says the posts to add could not be loaded, instead of loading for ever', async () => {
    vi.mocked(api.listWallPosts).mockRejectedValue(new Error('No connection'));
    render(<ThemesPage onError={() => undefined} />);
    await settle();
    const add = screen.getByRole('group', { name: enStaff.themes.addLegend });
    expect(add.querySelector('[role="alert"]')?.textContent).toBe(reasonIn(enStaff.themes.postsFailed));
    expect(add.textContent).not.toContain(enStaff.loading);
    expect(screen.getByRole('combobox', { name: enStaff.themes.mergeFrom })).toBeTruthy();
  });

  it('lists the posts with their prompts when the prompts could not be loaded, and says why', async () => {
    vi.mocked(api.listWallPrompts).mockRejectedValue(new Error('No connection'));
    render(<ThemesPage onError={() => undefined} />);
    await settle();
    const add = screen.getByRole('group', { name: enStaff.themes.addLegend });
    expect(add.querySelector('[role="alert"]')?.textContent).toBe(reasonIn(enStaff.themes.kindsFailed));
    expect(screen.getByRole('checkbox', { name: /Keep the same social worker/ })).toBeTruthy();
  });

  it('lists the posts to add once "Try again" finds the server answering, asking again only for what failed', async () => {
    vi.mocked(api.listWallPosts).mockImplementation(async (status) => {
      if (status === 'published') throw new Error('No connection');
      return [];
    });
    render(<ThemesPage onError={() => undefined} />);
    await settle();
    const add = screen.getByRole('group', { name: enStaff.themes.addLegend });
    expect(within(add).getByRole('alert').textContent).toBe(reasonIn(enStaff.themes.postsFailed));

    vi.mocked(api.listWallPosts).mockImplementation(async (status) => (status === 'published' ? [post] : []));
    fireEvent.click(within(add).getByRole('button', { name: enStaff.retry.action }));
    await settle();
    expect(within(add).getByRole('checkbox', { name: /Keep the same social worker/ })).toBeTruthy();
    expect(within(add).queryByRole('alert')).toBeNull();
    expect(vi.mocked(api.listWallPosts).mock.calls.map(([status]) => status)).toEqual(['published', 'pending', 'published']);
  });
});
