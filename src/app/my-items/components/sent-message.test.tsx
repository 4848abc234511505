// What the screen says after "Send" once the server has answered: a refusal says plainly that nothing was sent (never
// "a person at the council will read it"), and words that may be about harm keep the help for right now in view.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import enPrivacy from '../../../../locales/en/privacy.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { db } from '../../storage/db';
import type { MyItemRow } from '../../storage/rows';
import { SAFETY_HELP_EVENT } from '../../ui/safety-events';
import { SentMessage } from './sent-message';

beforeAll(() => initTestI18n({ en: { privacy: enPrivacy } }, 'privacy'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(async () => {
  cleanup();
  db.close();
  await i18next.changeLanguage('en');
});

const ID = '00000000-0000-4000-8000-0000000000a1';
const texts = { sending: 'Sending…', savedOffline: 'Saved on this phone.', sent: 'Sent.' };

const item = (delivery: MyItemRow['delivery'], extra: Partial<MyItemRow> = {}) =>
  db.myItems.add({
    id: ID,
    kind: 'wall-post',
    text: 'my words',
    parentId: 'p1',
    createdAt: '2026-03-02T10:00:00.000Z',
    delivery,
    state: null,
    reason: null,
    themeIds: [],
    feedItemIds: [],
    updatedAt: '2026-03-02T10:00:00.000Z',
    seenAt: null,
    ...extra,
  });

const show = async (flagged: boolean) => {
  await act(async () => {
    render(<SentMessage itemId={ID} flagged={flagged} texts={texts} onWall />);
  });
};

describe('sent message', () => {
  it('after a refusal of words that may be about harm, says nobody will read them and keeps the help in view', async () => {
    await item('rejected', { flaggedOnDevice: true });
    await show(true);
    expect(await screen.findByText(enPrivacy.honest.refusedFlagged)).toBeTruthy();
    expect(screen.queryByText(new RegExp(enPrivacy.honest.willRead.slice(0, 30)))).toBeNull();
    expect(screen.queryByText(enPrivacy.honest.notOnWall, { exact: false })).toBeNull();
    expect(screen.getByText(enPrivacy.honest.danger)).toBeTruthy();
    let opened = 0;
    const count = () => opened++;
    window.addEventListener(SAFETY_HELP_EVENT, count);
    fireEvent.click(screen.getByRole('button', { name: enPrivacy.honest.moreHelp }));
    window.removeEventListener(SAFETY_HELP_EVENT, count);
    expect(opened).toBe(1);
  });

  it('after a refusal of ordinary words, says plainly that they were not sent', async () => {
    await item('rejected');
    await show(false);
    expect(await screen.findByText(enPrivacy.honest.refused)).toBeTruthy();
    expect(screen.queryByText('Sent.')).toBeNull();
    expect(screen.queryByText(enPrivacy.honest.danger)).toBeNull();
  });

  it('while words that may be about harm are on their way, says a person will read them', async () => {
    await item('delivered', { flaggedOnDevice: true });
    await show(true);
    expect(await screen.findByText(enPrivacy.honest.notOnWall, { exact: false })).toBeTruthy();
    expect(screen.queryByText(enPrivacy.honest.refusedFlagged)).toBeNull();
  });
});
