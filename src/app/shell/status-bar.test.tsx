// A refused op stays on the phone, in the "couldn't send" list, with its reason: a quota refusal ('too-many') in the
// phone's own kind words and language, any other in the server's words; the young person can let it go.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import cyCommon from '../../../locales/cy/common.json';
import i18next from 'i18next';
import { db } from '../storage/db';
import { initTestI18n } from '../i18n/test-i18n';
import { StatusBar } from './status-bar';

beforeAll(() => initTestI18n({ en: { common: enCommon }, cy: { common: cyCommon } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await i18next.changeLanguage('en');
});

const refused = (id: string, code: 'too-many' | 'closed', message: string) =>
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
  it('keeps a quota refusal visible with kind words, and lets it go on request', async () => {
    await refused('a', 'too-many', 'This phone has sent a lot of these in the last hour. Wait a while and try again.');
    await refused('b', 'closed', 'This part of the wall closed before your post arrived.');
    await act(async () => {
      render(<StatusBar />);
    });
    fireEvent.click(await screen.findByRole('button', { name: "2 things couldn't be sent" }));
    expect(screen.getByText(`Why: ${enCommon.rejected.reasons['too-many']}`)).toBeTruthy();
    expect(screen.getByText('Why: This part of the wall closed before your post arrived.')).toBeTruthy();
    // The server's English words (which ask to "try again", though a refusal is final) are not shown.
    expect(screen.queryByText(/try again/)).toBeNull();
    expect(enCommon.rejected.reasons['too-many']).toMatch(/won't be sent later/);

    await act(async () => {
      await i18next.changeLanguage('cy');
    });
    expect(screen.getByText(`Pam: ${cyCommon.rejected.reasons['too-many']}`)).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: cyCommon.rejected.remove })[0]!);
    expect(await screen.findByRole('button', { name: 'Methu anfon 1 peth' })).toBeTruthy();
  });
});
