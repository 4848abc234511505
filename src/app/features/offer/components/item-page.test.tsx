// Opening an item marks its version seen; a mark the phone cannot write fails quietly ("Changed" shows again next
// time) and never as an unhandled rejection.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enOffer from '../../../../../locales/en/offer.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as OfferData from '../data/offer-data';
import { SETTING_UP_HOME, TEST_ITEMS } from '../model/test-items';
import ItemPage from './item-page';

vi.mock('../data/offer-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof OfferData>(), 'markSeen'),
);

beforeAll(() => initTestI18n({ en: { common: enCommon, offer: enOffer } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.offerItems.bulkPut(TEST_ITEMS);
  window.history.replaceState(null, '', `/offer/item/${SETTING_UP_HOME.id}`);
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

it('lets a seen mark fail quietly when storage cannot be written', async () => {
  await db.offerSeen.put({ id: SETTING_UP_HOME.id, version: 0 });
  failingWrites.fail = true;
  render(<ItemPage />);
  expect(await screen.findByText('Changed since you last looked')).toBeTruthy();
  await act(() => new Promise((r) => setTimeout(r, 30)));
  expect(failingWrites.tried).toEqual(['markSeen']);
  expect(screen.queryByRole('alert')).toBeNull();
  expect(await db.offerSeen.get(SETTING_UP_HOME.id)).toEqual({ id: SETTING_UP_HOME.id, version: 0 });
});
