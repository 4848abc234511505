// The wall's area is kept on this phone; when the phone cannot keep it, the choice stays as it was and says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enWall from '../../../../../locales/en/wall.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as WallData from '../data/wall-data';
import WallPage from './wall-page';

// A test can make the write fail as a closed or full storage would.
vi.mock('../data/wall-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof WallData>(), 'setDistrict'),
);

beforeAll(() => initTestI18n({ en: { common: enCommon, wall: enWall } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.council.put({
    id: 'c',
    name: 'Demoshire',
    districts: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    outOfHoursPhone: '0300 000 000',
    vocabulary: {},
    languages: ['en', 'cy', 'ar'],
  });
  window.history.replaceState(null, '', '/wall');
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(<WallPage />);
  });
  return screen.findByRole<HTMLSelectElement>('combobox', { name: 'Show the wall for' });
};
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

it('keeps the area chosen', async () => {
  const select = await open();
  await act(async () => fireEvent.change(select, { target: { value: 'north' } }));
  await settle();
  expect(select.value).toBe('north');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says so when the area could not be kept, and shows the area still in use', async () => {
  const select = await open();
  failingWrites.fail = true;
  await act(async () => fireEvent.change(select, { target: { value: 'north' } }));
  await settle();
  expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
  expect(select.value).toBe('');
});
