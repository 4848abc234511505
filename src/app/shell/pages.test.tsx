// The home page shows a neutral "1 new" on "What happened to what I said" when something of the young person's moved.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import { db } from '../storage/db';
import { HomePage } from './pages';
import { initTestI18n } from '../i18n/test-i18n';

beforeAll(() => initTestI18n({ en: { common: enCommon } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  db.close();
});

describe('home', () => {
  it('links to the feed, my journeys and the name polls, with a neutral badge when something moved', async () => {
    await db.myItems.add({
      id: 'a',
      kind: 'wall-post',
      text: 'private words',
      parentId: 'p',
      createdAt: '2025-01-01T00:00:00.000Z',
      delivery: 'delivered',
      state: 'published',
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: '2025-01-02T00:00:00.000Z',
      seenAt: '2025-01-01T00:00:00.000Z',
    });
    await act(async () => {
      render(<HomePage councilName="Demoshire" />);
    });
    const mine = await screen.findByRole('link', { name: /What happened to what I said/ });
    expect(mine.getAttribute('href')).toBe('/feed/mine');
    expect(await screen.findByText('1 new')).toBeTruthy();
    expect(mine.textContent).not.toContain('private words');
    expect(screen.getByRole('link', { name: /What's in a name/ }).getAttribute('href')).toBe('/feed/names');
  });
});
