// The young person's shell at a join address: a phone that has joined (long ago, or while the app was starting from a
// join link, before the first screen was drawn) shows home at home's address, "/", not at the link's.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import enJoin from '../../../locales/en/join.json';
import { stubServer } from '../api/test-server';
import { initTestI18n } from '../i18n/test-i18n';
import { db } from '../storage/db';
import { peekMeta } from '../storage/peek';
import { App } from './app';

beforeAll(() => initTestI18n({ en: { common: enCommon, join: enJoin } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  // The first pull, as the joined shell starts syncing: nothing new.
  stubServer({ cursor: '0', changes: [], more: false });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const joined = () =>
  db.meta.put({
    key: 'device',
    value: { deviceId: '0f8b7c52-2a8e-4a43-9d0e-5b1f6c7d8e9f', token: 't0ken', councilId: 'c', joinedAt: '2026-12-01T10:00:00.000Z' },
  });

describe('a joined phone at a join address', () => {
  it.each(['/join/DEMOSHIRE', '/join'])('%s shows home at "/"', async (address) => {
    await joined();
    await peekMeta();
    window.history.replaceState(null, '', address);
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: enCommon.home.title });
    await vi.waitFor(() => expect(window.location.pathname).toBe('/'));
  });

  it('a phone that has not joined stays at the link, on the join screen', async () => {
    await peekMeta();
    window.history.replaceState(null, '', '/join/DEMOSHIRE');
    render(<App />);
    expect(await screen.findByLabelText(enJoin.codeLabel)).toBeTruthy();
    expect(window.location.pathname).toBe('/join/DEMOSHIRE');
  });
});
