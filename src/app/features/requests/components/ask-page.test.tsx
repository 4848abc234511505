// "Ask my PA about this": a question about a local offer item, written on the phone and queued as a request.create
// of kind 'question' carrying the item, with its my-item, in one go.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enRequests from '../../../../../locales/en/requests.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import { db } from '../../../storage/db';
import AskPage from './ask-page';

const ITEM = {
  id: 'offer-setting-up-home',
  category: 'money' as const,
  title: { en: 'Setting up home allowance' },
  summary: { en: 'Money for your first home.' },
  body: { en: 'A bed and a cooker.' },
  amount: null,
  howToClaim: null,
  whoToAsk: null,
  eligibility: {
    minAge: null,
    maxAge: null,
    statuses: [],
    outOfArea: 'any' as const,
    inEducation: 'any' as const,
    uasc: 'any' as const,
    nations: [],
  },
  languages: ['en'],
  statutory: null,
  lastChecked: '2026-11-01',
  version: 1,
  publishedAt: '2026-11-01T10:00:00.000Z',
  changeNote: null,
  sortOrder: 1,
};

beforeAll(() => initTestI18n({ en: { common: enCommon, requests: enRequests } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.offerItems.put(ITEM);
  window.history.replaceState(null, '', `/help/ask/${ITEM.id}`);
});
afterEach(cleanup);

const press = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('Ask my PA about this', () => {
  it('names the item, asks the question and how to reach them, and queues a question carrying the item', { timeout: 20_000 }, async () => {
    render(<AskPage />);
    expect(await screen.findByText('About: Setting up home allowance')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('What do you want to ask your PA?');
    await act(async () => fireEvent.change(screen.getByLabelText('Your question'), { target: { value: 'Can I buy a washing machine with it?' } }));
    await press('Next');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('How can we reach you?'));
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Through someone who works with me' })));
    await act(async () => fireEvent.click(await screen.findByRole('radio', { name: 'My personal adviser' })));
    await press('Next');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ready to send?'));
    expect(screen.getByText('Your question')).toBeTruthy();
    await press('Send');
    await waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({
      type: 'request.create',
      payload: { kind: 'question', topic: 'leaving-care', offerItemId: ITEM.id, details: 'Can I buy a washing machine with it?' },
    });
    expect(await db.myItems.get(op?.id ?? '')).toMatchObject({ kind: 'request', parentId: 'question' });
    expect(await db.requestDrafts.get('question')).toBeUndefined();
  });

  it('says so when the item is no longer offered', async () => {
    await db.offerItems.clear();
    render(<AskPage />);
    expect(await screen.findByText(/not in the local offer any more/)).toBeTruthy();
  });
});
