// A /join/<code> link: the request main.tsx sent as the app started is the join screen's first try (its answer shown,
// no second request); trying again, or another code, asks the server again.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enJoin from '../../../../../locales/en/join.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { joinFromLink, joinTriedFromLink } from '../data/join';
import JoinPage from './join-page';

beforeAll(() => initTestI18n({ en: { common: enCommon, join: enJoin } }, 'common'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A server that knows no code: every join is refused, and each request is counted. */
function refusingServer(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    asked.push(`${init.method ?? 'GET'} ${url} ${String(init.body)}`);
    const body = JSON.stringify({ code: 'unknown_join_code', message: 'No council has that code.' });
    return Promise.resolve(new Response(body, { status: 404, headers: { 'content-type': 'application/json' } }));
  });
  return asked;
}

describe('joining from a link', () => {
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
});
