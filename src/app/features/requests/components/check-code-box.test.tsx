// The check code shows large until the young person says it is written down; when the phone cannot keep that, the
// code stays large and the box says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enRequests from '../../../../../locales/en/requests.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as RequestData from '../data/request-data';
import { CheckCodeBox } from './check-code-box';

// A test can make the write fail as a closed or full storage would.
vi.mock('../data/request-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof RequestData>(), 'markCodeKept'),
);

const ID = '00000000-0000-4000-8000-0000000000b1';

beforeAll(() => initTestI18n({ en: { common: enCommon, requests: enRequests } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.requestCodes.put({ requestId: ID, code: 'ABCD2345', keptAt: null });
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(<CheckCodeBox requestId={ID} />);
  });
  await screen.findByRole('heading', { name: 'Your check code' });
};
const kept = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'I have written it down' })));
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

it('puts the code behind "Show my check code" once it is written down', async () => {
  await open();
  await kept();
  expect(await screen.findByRole('button', { name: 'Show my check code' })).toBeTruthy();
  expect((await db.requestCodes.get(ID))?.keptAt).not.toBeNull();
});

it('keeps the code large and says so when the phone could not keep that it was written down', async () => {
  await open();
  failingWrites.fail = true;
  await kept();
  await settle();
  expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
  expect(screen.getByRole('button', { name: 'I have written it down' })).toBeTruthy();
  expect((await db.requestCodes.get(ID))?.keptAt).toBeNull();
});
