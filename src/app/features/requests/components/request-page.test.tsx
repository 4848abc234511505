// A request the server refused: "Remove it from this phone" takes it off and goes back to "Ask for help"; when the
// phone cannot remove it, the request stays on screen and says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enRequests from '../../../../../locales/en/requests.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import type * as OutboxStatus from '../../../my-items/data/outbox-status';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import RequestPage from './request-page';

// A test can make the removal fail as a closed or full storage would.
vi.mock('../../../my-items/data/outbox-status', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof OutboxStatus>(), 'discardRejected'),
);

const ID = '00000000-0000-4000-8000-0000000000a1';
const AT = '2025-03-01T10:00:00.000Z';

beforeAll(() => initTestI18n({ en: { common: enCommon, requests: enRequests } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.myItems.put({
    id: ID,
    kind: 'request',
    text: 'My placement moved without asking',
    parentId: '',
    createdAt: AT,
    delivery: 'rejected',
    state: null,
    reason: null,
    themeIds: [],
    feedItemIds: [],
    updatedAt: AT,
    seenAt: null,
  });
  await db.outbox.add({ id: ID, type: 'request.create', payload: {}, createdAt: AT, state: 'rejected', attempts: 1, code: 'invalid-payload' });
  window.history.replaceState(null, '', `/help/mine/${ID}`);
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(<RequestPage />);
  });
  await screen.findByText('This was not sent. Heard said:');
};
const letGo = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove it from this phone' })));
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

it('removes a refused request from the phone and goes back to "Ask for help"', async () => {
  await open();
  await letGo();
  await settle();
  expect(window.location.pathname).toBe('/help');
  expect(await db.myItems.get(ID)).toBeUndefined();
  expect(await db.outbox.count()).toBe(0);
});

it('stays and says so when the refused request could not be removed', async () => {
  await open();
  failingWrites.fail = true;
  await letGo();
  await settle();
  expect(window.location.pathname).toBe(`/help/mine/${ID}`);
  expect(screen.getByRole('alert').textContent).toContain('This could not be saved on this phone. Please try again.');
  expect(await db.myItems.get(ID)).toBeTruthy();
});
