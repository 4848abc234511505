// A /join/<code> link: the request main.tsx sent as the app started is the join screen's first try (its answer shown,
// no second request); trying again, or another code, asks the server again.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enJoin from '../../../../../locales/en/join.json';
import { stubServer } from '../../../api/test-server';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { peekMeta, peekedMeta } from '../../../storage/peek';
import { joinFromLink, joinTriedFromLink, takeJoinedFromLink } from '../data/join';
import JoinPage from './join-page';

beforeAll(() => initTestI18n({ en: { common: enCommon, join: enJoin } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A server that knows no code: every join is refused (each request is recorded). */
const refusingServer = () => stubServer({ code: 'unknown_join_code', message: 'No council has that code.' }, 404);

/** A server that knows every code: a join is answered with a device and Demoshire. */
const welcomingServer = () =>
  stubServer(
    {
      deviceId: '0f8b7c52-2a8e-4a43-9d0e-5b1f6c7d8e9f',
      token: 't0ken',
      council: { id: 'c', name: 'Demoshire', districts: [], outOfHoursPhone: '0300 000 000', vocabulary: {}, languages: ['en'] },
    },
    201,
  );

describe('joining from a link', () => {
  it('a join that ended joined before any screen is used up once, and a shell drawn after it starts joined', async () => {
    const asked = welcomingServer();
    await peekMeta();
    expect(peekedMeta()?.device).toBeUndefined();
    expect(takeJoinedFromLink()).toBe(false);
    joinFromLink('LINKSHIRE');
    await vi.waitFor(() => expect(takeJoinedFromLink()).toBe(true));
    expect(takeJoinedFromLink()).toBe(false);
    expect(joinTriedFromLink('LINKSHIRE')).toBeUndefined();
    expect(peekedMeta()?.device?.councilId).toBe('c');
    expect((await db.meta.get('device'))?.value).toMatchObject({ councilId: 'c', token: 't0ken' });
    expect(asked).toEqual(['POST /api/v1/devices {"joinCode":"LINKSHIRE"}']);
  });

  it('sends the request at once, and gives its answer to the first try with that code only, once', async () => {
    const asked = refusingServer();
    joinFromLink('LINKSHIRE');
    expect(asked).toEqual(['POST /api/v1/devices {"joinCode":"LINKSHIRE"}']);
    expect(joinTriedFromLink('OTHERSHIRE')).toBeUndefined();
    await expect(joinTriedFromLink('LINKSHIRE')).resolves.toBe('wrong-code');
    expect(joinTriedFromLink('LINKSHIRE')).toBeUndefined();
    expect(asked).toHaveLength(1);
  });

  it('the join screen shows the answer of the request sent as the app started, without asking again; a new try asks', async () => {
    const asked = refusingServer();
    joinFromLink('LINKSHIRE');
    render(<JoinPage initialCode="LINKSHIRE" onJoined={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe(enJoin.wrongCode);
    expect(asked).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: enJoin.submit }));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
  });

  it('a screen opened with a code no request was sent for asks the server itself', async () => {
    const asked = refusingServer();
    render(<JoinPage initialCode="TYPEDSHIRE" onJoined={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe(enJoin.wrongCode);
    expect(asked).toEqual(['POST /api/v1/devices {"joinCode":"TYPEDSHIRE"}']);
  });

  it('a link tried with no signal says so, and tries again by itself, once, when the signal comes back', async () => {
    const asked: string[] = [];
    let online = false;
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      asked.push(`${init.method ?? 'GET'} ${url}`);
      if (!online) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(JSON.stringify({ code: 'unknown_join_code', message: 'No council has that code.' }), { status: 404 }));
    });
    joinFromLink('LINKSHIRE');
    render(<JoinPage initialCode="LINKSHIRE" onJoined={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toBe(enJoin.needOnline);
    expect(asked).toHaveLength(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe(enJoin.wrongCode));
    window.dispatchEvent(new Event('online'));
    expect(asked).toHaveLength(2);
  });
});
