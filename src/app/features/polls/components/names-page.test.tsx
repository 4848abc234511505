// The name polls render from IndexedDB alone, and their buttons write offline.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enFeed from '../../../../../locales/en/feed.json';
import enPrivacy from '../../../../../locales/en/privacy.json';
import enVocab from '../../../../../locales/en/vocab.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as PollsData from '../data/polls-data';
import NamesPage from './names-page';

// A test can make a vote fail to be kept, as a closed or full storage would.
vi.mock('../data/polls-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof PollsData>(), 'vote'),
);

const POLL = '00000000-0000-4000-8000-000000000010';
const OPT_A = '00000000-0000-4000-8000-000000000011';
const OPT_B = '00000000-0000-4000-8000-000000000012';

beforeAll(() => initTestI18n({ en: { common: enCommon, feed: enFeed, vocab: enVocab, privacy: enPrivacy } }, 'common'));

beforeEach(async () => {
  await db.delete();
  await db.open();
  await i18next.changeLanguage('en');
});
afterEach(async () => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async (path: string) => {
  window.history.replaceState(null, '', path);
  let result!: ReturnType<typeof render>;
  await act(async () => {
    result = render(
      <Suspense fallback={null}>
        <NamesPage />
      </Suspense>,
    );
  });
  return result;
};

describe("What's in a name", () => {
  beforeEach(async () => {
    await db.polls.put({
      id: POLL,
      term: 'contact',
      question: { en: 'What should we call contact?' },
      open: true,
      options: [
        { id: OPT_A, label: 'Family Time', votes: 3 },
        { id: OPT_B, label: 'Catch up', votes: 1 },
      ],
      adoptedOptionId: null,
    });
  });

  it('hides the results until this phone votes, then shows them with its vote counted', async () => {
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    expect(within(poll).queryByText('Results')).toBeNull();
    expect(within(poll).getByText('The word we use now: contact')).toBeTruthy();
    const radio = await within(poll).findByRole('radio', { name: 'Catch up' });
    await act(async () => {
      fireEvent.click(radio);
    });
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'Vote' }));
    });
    expect(await within(poll).findByText('Results')).toBeTruthy();
    expect(within(poll).getByText('2 votes (40%)')).toBeTruthy();
    expect(within(poll).getByText('Your vote')).toBeTruthy();
    expect(within(poll).getByText("Thanks! Your vote will be sent when you're online.")).toBeTruthy();
    expect(within(poll).queryByRole('radio')).toBeNull();
    expect((await db.myVotes.get(POLL))?.optionId).toBe(OPT_B);
  });

  it('says so when a vote could not be kept on the phone, and the choice stays to try again', async () => {
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    const radio = await within(poll).findByRole('radio', { name: 'Catch up' });
    await act(async () => {
      fireEvent.click(radio);
    });
    failingWrites.fail = true;
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'Vote' }));
    });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(within(poll).getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
    expect(within(poll).getByRole<HTMLInputElement>('radio', { name: 'Catch up' }).checked).toBe(true);
    expect(within(poll).queryByText('Results')).toBeNull();
    expect(await db.myVotes.get(POLL)).toBeUndefined();
  });

  it('asks for a choice again when the chosen name went while the form was open', async () => {
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    const radio = await within(poll).findByRole('radio', { name: 'Catch up' });
    await act(async () => {
      fireEvent.click(radio);
    });
    // A pull brings the poll without that name (staff took it out).
    await act(async () => {
      await db.polls.update(POLL, { options: [{ id: OPT_A, label: 'Family Time', votes: 3 }] });
    });
    await vi.waitFor(() => expect(within(poll).queryByRole('radio', { name: 'Catch up' })).toBeNull());
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'Vote' }));
    });
    expect((await within(poll).findByRole('alert')).textContent).toBe('Choose a name first.');
    expect(await db.myVotes.get(POLL)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it("shows each choice in the phone's language, and the words as written, marked English, where staff gave none", async () => {
    await db.polls.update(POLL, {
      options: [
        { id: OPT_A, label: 'Family Time', votes: 3, translations: { cy: 'Amser Teulu', ar: 'وقت العائلة' } },
        { id: OPT_B, label: 'Catch up', votes: 1 },
      ],
    });
    await i18next.changeLanguage('cy');
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    const radio = await within(poll).findByRole('radio', { name: 'Amser Teulu' });
    expect(within(poll).queryByRole('radio', { name: 'Family Time' })).toBeNull();
    expect(within(poll).getByText('Amser Teulu').getAttribute('lang')).toBeNull();
    expect(within(poll).getByText('Catch up').getAttribute('lang')).toBe('en');
    await act(async () => {
      fireEvent.click(radio);
    });
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'Vote' }));
    });
    expect(await within(poll).findByText('Results')).toBeTruthy();
    expect(within(poll).getByText('Amser Teulu').getAttribute('lang')).toBeNull();
    expect(within(poll).getByText('Catch up').getAttribute('lang')).toBe('en');
  });

  it('shows results and the chosen name on a closed poll', async () => {
    await db.polls.update(POLL, { open: false, adoptedOptionId: OPT_A });
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    expect(await within(poll).findByText('Chosen')).toBeTruthy();
    expect(within(poll).getByText('3 votes (75%)')).toBeTruthy();
    expect(within(poll).queryByLabelText('Suggest a new name')).toBeNull();
  });

  it('suggests a name after the privacy notice, never says "Sent!" before it is, and it joins my items', async () => {
    await open('/feed/names');
    const poll = await screen.findByRole('article', { name: 'What should we call contact?' });
    // The first time on this phone, what happens to what you write comes first.
    expect(within(poll).queryByLabelText('Suggest a new name')).toBeNull();
    expect(await within(poll).findByText(/goes to a safeguarding person at the council/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'I understand' }));
    });
    await within(poll).findByLabelText('Suggest a new name');
    await act(async () => {
      fireEvent.change(within(poll).getByLabelText('Suggest a new name'), { target: { value: 'Family catch-up' } });
    });
    await act(async () => {
      fireEvent.click(within(poll).getByRole('button', { name: 'Send my idea' }));
    });
    // Still on this phone: on its way, not "Sent!".
    expect(await within(poll).findByText('Sending…')).toBeTruthy();
    expect(within(poll).queryByText(/Sent!/)).toBeNull();
    const rows = await db.myItems.where('kind').equals('poll-suggestion').toArray();
    expect(rows.map((r) => [r.text, r.parentId])).toEqual([['Family catch-up', POLL]]);
    await act(async () => {
      await db.myItems.update(rows[0]!.id, { delivery: 'delivered' });
    });
    expect(await within(poll).findByText('Sent! A person checks it before it goes in the poll.')).toBeTruthy();
    expect(await within(poll).findByText('Family catch-up')).toBeTruthy();
  });
});
