// The notice before the first post: "I understand" is remembered on this phone and lets the write box show; when the
// phone cannot remember it, the notice stays and says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../../locales/en/common.json';
import enPrivacy from '../../../../locales/en/privacy.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { db } from '../../storage/db';
import { failingWrites, resetFailingWrites } from '../../storage/test-failing-writes';
import type * as Privacy from '../data/privacy';
import { PrivacyGate } from './privacy-notice';

// A test can make the write fail as a closed or full storage would.
vi.mock('../data/privacy', async (load) =>
  (await import('../../storage/test-failing-writes')).withFailingWrites(await load<typeof Privacy>(), 'acknowledgePrivacy'),
);

beforeAll(() => initTestI18n({ en: { common: enCommon, privacy: enPrivacy } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async () => {
  await act(async () => {
    render(
      <PrivacyGate>
        <p>The write box</p>
      </PrivacyGate>,
    );
  });
  await screen.findByRole('heading', { name: 'What happens to what you write' });
};
const understand = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'I understand' })));

it('remembers "I understand" and shows what it stood in front of', async () => {
  await open();
  await understand();
  expect(await screen.findByText('The write box')).toBeTruthy();
  expect((await db.meta.get('privacyAcknowledged'))?.value).toBeTruthy();
});

it('stays and says so when the phone could not remember "I understand"', async () => {
  await open();
  failingWrites.fail = true;
  await understand();
  await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
  expect(screen.queryByText('The write box')).toBeNull();
  expect(await db.meta.get('privacyAcknowledged')).toBeUndefined();
});
