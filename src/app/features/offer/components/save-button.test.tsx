// "Save to my list" and "Take off my list" on this phone; when the phone cannot keep the change, the button's place
// says so and the list stays as it was.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enOffer from '../../../../../locales/en/offer.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as OfferData from '../data/offer-data';
import { SETTING_UP_HOME, TEST_ITEMS } from '../model/test-items';
import MyListPage from './my-list-page';
import { SaveButton } from './save-button';

// A test can make the list's writes fail as a closed or full storage would.
vi.mock('../data/offer-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof OfferData>(), 'saveToList', 'removeFromList'),
);

const NOT_SAVED = 'This could not be saved on this phone. Please try again.';
const GONE = '00000000-0000-4000-8000-00000000dead';

beforeAll(() => initTestI18n({ en: { common: enCommon, offer: enOffer } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.offerItems.bulkPut(TEST_ITEMS);
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));
const press = (name: string) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

it('says so when an item could not be saved to the list', async () => {
  render(<SaveButton id={SETTING_UP_HOME.id} />);
  await settle();
  failingWrites.fail = true;
  await press('Save to my list');
  await settle();
  expect(screen.getByText(NOT_SAVED)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Save to my list' })).toBeTruthy();
  expect(await db.offerSaved.get(SETTING_UP_HOME.id)).toBeUndefined();
});

it('takes an item no longer in the offer off the list', async () => {
  await db.offerSaved.put({ id: GONE, savedAt: '2025-01-01T00:00:00.000Z' });
  render(<MyListPage />);
  expect(await screen.findByText('Not in the local offer any more')).toBeTruthy();
  await press('Take off my list');
  expect(await screen.findByText(/^Nothing saved yet/)).toBeTruthy();
  expect(await db.offerSaved.get(GONE)).toBeUndefined();
});

it('keeps an item no longer in the offer on the list and says so when it could not be taken off', async () => {
  await db.offerSaved.put({ id: GONE, savedAt: '2025-01-01T00:00:00.000Z' });
  render(<MyListPage />);
  await screen.findByText('Not in the local offer any more');
  failingWrites.fail = true;
  await press('Take off my list');
  await settle();
  expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
  expect(screen.getByText('Not in the local offer any more')).toBeTruthy();
  expect(failingWrites.tried).toEqual(['removeFromList']);
  expect(await db.offerSaved.get(GONE)).toBeTruthy();
});
