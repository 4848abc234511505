// The write box keeps the young person's words when the phone cannot: a send or a draft that could not be saved is
// said in the box, the words stay to send again, and nothing is left as an unhandled rejection.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import { initTestI18n } from '../i18n/test-i18n';
import { db } from '../storage/db';
import { ComposeBox, type ComposeBoxProps } from './compose-box';

const NOT_SAVED = 'This could not be saved on this phone. Please try again.';

beforeAll(() => initTestI18n({ en: { common: enCommon } }, 'common'));
beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
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
