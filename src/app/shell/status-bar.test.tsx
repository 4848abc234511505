// A refused op stays on the phone, in the "couldn't send" list, with its reason in the phone's own words and language
// (refusal.<code>, or refusal.unknown for a code this version does not know), never the server's English message; the
// young person can let it go.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import cyCommon from '../../../locales/cy/common.json';
import i18next from 'i18next';
import type * as OutboxStatus from '../my-items/data/outbox-status';
import { db } from '../storage/db';
import { failingWrites, resetFailingWrites } from '../storage/test-failing-writes';
import { initTestI18n } from '../i18n/test-i18n';
import { StatusBar } from './status-bar';

// A test can make letting a refusal go fail, as a closed or full storage would.
vi.mock('../my-items/data/outbox-status', async (load) =>
  (await import('../storage/test-failing-writes')).withFailingWrites(await load<typeof OutboxStatus>(), 'discardRejected'),
);

beforeAll(() => initTestI18n({ en: { common: enCommon }, cy: { common: cyCommon } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  cleanup();
  resetFailingWrites();
  db.close();
  await i18next.changeLanguage('en');
});

const refused = (id: string, code: 'too-many' | 'closed' | undefined, message: string) =>
  db.outbox.add({
    id,
    type: 'wall.post',
    payload: { promptId: 'p', text: 'my words' },
    createdAt: '2026-03-02T10:00:00.000Z',
    state: 'rejected',
    attempts: 1,
    code,
    message,
  });

describe('status bar', () => {
  it('keeps a refusal in the list and says so when the phone could not let it go', async () => {
    await refused('a', 'closed', 'This part of the wall closed before your post arrived.');
    await act(async () => {
      render(<StatusBar />);
    });
    fireEvent.click(await screen.findByRole('button', { name: "1 thing couldn't be sent" }));
    failingWrites.fail = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: enCommon.rejected.remove })));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
    expect(screen.getByText(`Why: ${enCommon.refusal.closed}`)).toBeTruthy();
    expect(await db.outbox.count()).toBe(1);
  });

  it("keeps refusals visible in the phone's words, never the server's, and lets one go on request", async () => {
    await refused('a', 'too-many', 'This phone has sent a lot of these in the last hour. Wait a while and try again.');
    await refused('b', 'closed', 'This part of the wall closed before your post arrived.');
    // A newer server's code (dropped by the contract) or none at all.
    await refused('c', undefined, 'A reason from a newer server.');
    await act(async () => {
      render(<StatusBar />);
    });
    fireEvent.click(await screen.findByRole('button', { name: "3 things couldn't be sent" }));
    expect(screen.getByText(`Why: ${enCommon.refusal['too-many']}`)).toBeTruthy();
    expect(screen.getByText(`Why: ${enCommon.refusal.closed}`)).toBeTruthy();
    expect(screen.getByText(`Why: ${enCommon.refusal.unknown}`)).toBeTruthy();
    // The server's English words (which ask to "try again", though a refusal is final) are not shown.
    expect(screen.queryByText(/try again|newer server|wall closed/)).toBeNull();
    expect(enCommon.refusal['too-many']).toMatch(/won't be sent later/);

    await act(async () => {
      await i18next.changeLanguage('cy');
    });
    expect(screen.getByText(`Pam: ${cyCommon.refusal['too-many']}`)).toBeTruthy();
    expect(screen.getByText(`Pam: ${cyCommon.refusal.closed}`)).toBeTruthy();
    expect(screen.getByText(`Pam: ${cyCommon.refusal.unknown}`)).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: cyCommon.rejected.remove })[0]!);
    expect(await screen.findByRole('button', { name: 'Methu anfon 2 beth' })).toBeTruthy();
  });
});
