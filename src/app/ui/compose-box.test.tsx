// The write box keeps the young person's words when the phone cannot: a send or a draft that could not be saved is
// said in the box, the words stay to send again, and nothing is left as an unhandled rejection. When the council's
// safety words cannot be read, nothing goes unchecked: the box says the words were not checked, not that they were
// not saved.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import type * as SafetyTerms from '../council/safety-terms';
import { initTestI18n } from '../i18n/test-i18n';
import { db } from '../storage/db';
import { ComposeBox, type ComposeBoxProps } from './compose-box';
import { SAFETY_HELP_EVENT } from './safety-events';

// A test can make the council's safety words unreadable, as a closed or blocked storage would.
const terms = vi.hoisted(() => ({ fail: false }));
vi.mock('../council/safety-terms', async (load) => {
  const actual = await load<typeof SafetyTerms>();
  return {
    councilSafetyTerms: () => (terms.fail ? Promise.reject(new Error('InvalidStateError')) : actual.councilSafetyTerms()),
  };
});

const NOT_SAVED = 'This could not be saved on this phone. Please try again.';
const NOT_CHECKED = 'Heard could not check your words just now, so they were not sent. They are still here. Please try again.';

beforeAll(() => initTestI18n({ en: { common: enCommon } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  terms.fail = false;
  db.close();
});

function box(props: Partial<ComposeBoxProps>) {
  render(
    <ComposeBox
      ids={{ input: 'words', note: 'words-note' }}
      label="Your words"
      note="A person reads them first."
      maxLength={200}
      texts={{ detailsWarning: 'Details?', send: 'Send', sendAnyway: 'Send anyway' }}
      classes={{ form: 'f', button: 'button', warning: 'warning', sent: 'sent' }}
      onSend={() => Promise.resolve('id-1')}
      sentMessage={() => 'Sent!'}
      {...props}
    />,
  );
}
const type = (value: string) => act(async () => fireEvent.change(screen.getByLabelText('Your words'), { target: { value } }));
const send = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send' })));
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

it('sends the words, empties the box and says what happened', async () => {
  const onSend = vi.fn(() => Promise.resolve('id-1'));
  box({ onSend });
  await type('More say in where I live');
  await send();
  await settle();
  expect(onSend).toHaveBeenCalledWith('More say in where I live', false);
  expect(screen.getByRole('status').textContent).toBe('Sent!');
  expect(screen.getByLabelText<HTMLTextAreaElement>('Your words').value).toBe('');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('keeps the words and says so when they could not be kept on the phone', async () => {
  box({ onSend: () => Promise.reject(new Error('QuotaExceededError')) });
  await type('More say in where I live');
  await send();
  await settle();
  expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
  expect(screen.getByLabelText<HTMLInputElement>('Your words').value).toBe('More say in where I live');
  expect(screen.getByRole('status').textContent).toBe('');
  // Typing again clears the message; the next send may work.
  await type('More say in where I live!');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says so when the unfinished words could not be kept as a draft, and stops saying it once they are', async () => {
  const onDraft = vi.fn((): Promise<void> => Promise.reject(new Error('QuotaExceededError')));
  box({ onDraft });
  await type('More say');
  await settle();
  expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
  onDraft.mockImplementation(() => Promise.resolve());
  await type('More say in');
  await settle();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(onDraft).toHaveBeenLastCalledWith('More say in');
});

it('does not send words it could not check against the council safety words, keeps them and says why', async () => {
  terms.fail = true;
  const onSend = vi.fn(() => Promise.resolve('id-1'));
  box({ onSend });
  await type('More say in where I live');
  await send();
  await settle();
  expect(onSend).not.toHaveBeenCalled();
  expect(screen.getByRole('alert').textContent).toBe(NOT_CHECKED);
  expect(screen.getByLabelText<HTMLInputElement>('Your words').value).toBe('More say in where I live');
  expect(screen.getByRole('status').textContent).toBe('');
  // Once the words can be read again, the same words send.
  terms.fail = false;
  await send();
  await settle();
  expect(onSend).toHaveBeenCalledWith('More say in where I live', false);
  expect(screen.queryByRole('alert')).toBeNull();
});

it('still sends words about harm, flagged, with help at once, when the council safety words cannot be read', async () => {
  terms.fail = true;
  const help = vi.fn();
  window.addEventListener(SAFETY_HELP_EVENT, help);
  const onSend = vi.fn(() => Promise.resolve('id-1'));
  box({ onSend });
  await type('my stepdad hits me');
  await send();
  await settle();
  window.removeEventListener(SAFETY_HELP_EVENT, help);
  expect(onSend).toHaveBeenCalledWith('my stepdad hits me', true);
  expect(help).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alert')).toBeNull();
});

it('brings the help at once when words about harm could not be kept on the phone, and keeps them', async () => {
  const help = vi.fn((e: Event) => (e as CustomEvent<string>).detail);
  window.addEventListener(SAFETY_HELP_EVENT, help);
  box({ onSend: () => Promise.reject(new Error('QuotaExceededError')) });
  await type('my stepdad hits me');
  await send();
  await settle();
  window.removeEventListener(SAFETY_HELP_EVENT, help);
  expect(help).toHaveBeenCalledTimes(1);
  // The plain help: nothing was sent, so it does not say a person will read the words.
  expect(help.mock.results[0]?.value).toBe('asked');
  expect(screen.getByRole('alert').textContent).toBe(NOT_SAVED);
  expect(screen.getByLabelText<HTMLInputElement>('Your words').value).toBe('my stepdad hits me');
});
