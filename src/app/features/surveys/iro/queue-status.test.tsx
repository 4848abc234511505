// The IRO's "Waiting to be sent": a refused survey's retry or delete that this device could not write says so beside
// it, and the item stays; one that works leaves no message.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import enCommon from '../../../../../locales/en/common.json';
import enIro from '../../../../../locales/en/survey-iro.json';
import { initTestI18n } from '../../../i18n/test-i18n';
import type * as Queue from './data/queue';
import { QueueStatus } from './queue-status';

const writes = vi.hoisted(() => ({ fail: false, tried: [] as string[] }));
vi.mock('./data/queue', async (load) => {
  const actual = await load<typeof Queue>();
  const write = (name: string) => async (kind: 'sealed' | 'tally', entryId: string) => {
    writes.tried.push(`${name} ${kind} ${entryId}`);
    if (writes.fail) throw new Error('QuotaExceededError');
  };
  return {
    ...actual,
    useQueue: (): Queue.QueueView => ({
      sealedWaiting: 0,
      talliesWaiting: 0,
      refused: [{ kind: 'sealed', entryId: 'e1', code: 'survey_closed', message: 'This survey is closed.' }],
    }),
    retryRefused: write('retry'),
    discardRefused: write('discard'),
  };
});

beforeAll(() => initTestI18n({ en: { common: enCommon, 'survey-iro': enIro } }, 'survey-iro'));
afterEach(() => {
  cleanup();
  writes.fail = false;
  writes.tried = [];
});

it('says so when a retry or a delete could not be written, and says nothing once one works', async () => {
  render(<QueueStatus />);
  expect(screen.getByText("The council's server did not take a locked survey: This survey is closed.")).toBeTruthy();
  writes.fail = true;
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.queue.retry })));
  expect(screen.getByRole('alert').textContent).toBe(enCommon.notSaved);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.queue.discard })));
  expect(screen.getByRole('alert').textContent).toBe(enCommon.notSaved);
  writes.fail = false;
  await act(async () => fireEvent.click(screen.getByRole('button', { name: enIro.queue.retry })));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(writes.tried).toEqual(['retry sealed e1', 'discard sealed e1', 'retry sealed e1']);
});
