// The form: one step per screen with progress, a draft saved at every step, a step that is not answered says why,
// doubted words open the help at once and make the request urgent, and Send queues it and opens its page.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enRequests from '../../../../../locales/en/requests.json';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import { initTestI18n } from '../../../i18n/test-i18n';
import { SAFETY_HELP_EVENT } from '../../../ui/safety-events';
import type * as RequestDrafts from '../data/request-drafts';
import { RequestForm } from './request-form';

// A test can make "Start again" fail to delete the draft, as a closed or full storage would.
vi.mock('../data/request-drafts', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof RequestDrafts>(), 'discardRequestDraft'),
);

beforeAll(() => initTestI18n({ en: { common: enCommon, requests: enRequests } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
  window.history.replaceState(null, '', '/help/new/complaint');
});
afterEach(() => {
  cleanup();
  resetFailingWrites();
});

const press = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));
const choose = (name: string) => act(async () => fireEvent.click(screen.getByRole('radio', { name })));
const tick = (name: string) => act(async () => fireEvent.click(screen.getByRole('checkbox', { name })));
const type = (label: string | RegExp, value: string) => act(async () => fireEvent.change(screen.getByLabelText(label), { target: { value } }));
const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
const draft = async () => (await db.requestDrafts.get('complaint')) ?? null;
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('RequestForm', () => {
  it('walks a complaint step by step, saving the draft at every step, then sends it in one go', { timeout: 20_000 }, async () => {
    render(<RequestForm door="complaint" initial={null} />);
    expect(heading()).toBe('What is it about?');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Step 1 of 8');
    await press('Next');
    expect(screen.getByRole('alert').textContent).toBe('Choose what it is about.');
    await choose('School or college');
    await settle();
    expect(await draft()).toMatchObject({ step: 0, answers: { topic: 'school' } });
    await press('Next');
    expect(heading()).toBe('What happened?');
    await type('Tell us in your own words', 'They moved me to a new school without asking');
    await press('Next');
    // The safety check loads with this step and reads the words first.
    await screen.findByRole('heading', { level: 2, name: 'When did it happen?' }, { timeout: 5000 });
    await choose('More than a year ago');
    // An old complaint is never refused: they are told it will still be looked at.
    expect(screen.getByText('That is fine. The council will still look at it.')).toBeTruthy();
    await press('Next');
    await choose('Me');
    await choose('A care leaver');
    await press('Next');
    expect(heading()).toBe('How can we reach you?');
    await choose('Text message');
    await type('Phone number', '07700 900123');
    await tick('It is safe to text me');
    await tick('After school or college');
    await settle();
    expect(await draft()).toMatchObject({ step: 4, answers: { method: 'text', safeToText: true, safeToCall: false, bestTimes: ['after-school'] } });
    await press('Next');
    await choose('Yes please');
    await press('Next');
    expect(heading()).toBe('Do you need another language or an interpreter?');
    await press('Next');
    expect(heading()).toBe('Ready to send?');
    expect(screen.getByText('They moved me to a new school without asking')).toBeTruthy();
    await press('Send');
    await settle();
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({ type: 'request.create' });
    expect(op?.payload).toMatchObject({ kind: 'complaint', when: 'over-a-year', asker: 'care-leaver', wantsAdvocate: 'yes', urgent: false });
    expect(await draft()).toBeNull();
    expect(window.location.pathname).toBe(`/help/mine/${op?.id}`);
  });

  it('carries on from a saved draft, and "Start again" forgets it', async () => {
    await db.requestDrafts.put({ kind: 'complaint', step: 2, answers: { topic: 'health', details: 'x' }, updatedAt: 'now' });
    render(<RequestForm door="complaint" initial={{ step: 2, answers: { topic: 'health', details: 'x' } }} />);
    expect(heading()).toBe('When did it happen?');
    await press('Start again');
    await settle();
    expect(heading()).toBe('What is it about?');
    expect(await draft()).toBeNull();
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Your answers were cleared.');
  });

  it('keeps the answers on screen and says so when "Start again" could not forget the draft', async () => {
    await db.requestDrafts.put({ kind: 'complaint', step: 2, answers: { topic: 'health', details: 'x' }, updatedAt: 'now' });
    render(<RequestForm door="complaint" initial={{ step: 2, answers: { topic: 'health', details: 'x' } }} />);
    failingWrites.fail = true;
    await press('Start again');
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('This could not be saved on this phone. Please try again.');
    expect(heading()).toBe('When did it happen?');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Step 3 of 8');
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('');
    expect(await draft()).toMatchObject({ step: 2, answers: { topic: 'health', details: 'x' } });
  });

  it('words that may be about harm open the help at once, and the request goes as urgent', async () => {
    const help = vi.fn();
    window.addEventListener(SAFETY_HELP_EVENT, help);
    render(<RequestForm door="advocate" initial={{ step: 1, answers: { topic: 'where-i-live' } }} />);
    await type('Tell us in your own words', 'my stepdad hits me');
    await press('Next');
    await vi.waitFor(() => expect(help).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await settle();
    expect((await db.requestDrafts.get('advocate'))?.flaggedOnDevice).toBe(true);
    expect(heading()).toBe('Who is asking?');
    window.removeEventListener(SAFETY_HELP_EVENT, help);
  });

  it('"contact me" asks only how to reach them, and says it will be urgent', async () => {
    window.history.replaceState(null, '', '/help/new/contact-me');
    render(<RequestForm door="contact-me" initial={null} />);
    expect(heading()).toBe('Contact me as soon as you can');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Step 1 of 2');
    await choose('Through someone who works with me');
    await choose('My IRO');
    await press('Next');
    expect(screen.getByText('We will mark this as urgent, so someone looks at it first.')).toBeTruthy();
    await press('Send');
    await settle();
    expect((await db.outbox.toArray())[0]?.payload).toMatchObject({ kind: 'contact-me', topic: 'other', details: '', urgent: true });
  });
});
