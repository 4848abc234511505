// useKeep and NotKept: a write that rejects is said (for its own key only) until the next write; a kept one hands its
// answer on and says nothing.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, expect, it } from 'vitest';
import enCommon from '../../../../locales/en/common.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { NotKept, useKeep } from './kept';

beforeAll(() => initTestI18n({ en: { common: enCommon } }, 'common'));
afterEach(cleanup);

function Two({ fail, onKept }: { fail: Set<string>; onKept: (v: string) => void }) {
  const k = useKeep();
  const write = (key: string) => (fail.has(key) ? Promise.reject(new Error('QuotaExceededError')) : Promise.resolve(`kept ${key}`));
  return (
    <>
      {['a', 'b'].map((key) => (
        <div key={key} data-testid={key}>
          <button type="button" onClick={() => k.keep(() => write(key), onKept, key)}>
            {key}
          </button>
          <NotKept shown={k.failed(key)} />
        </div>
      ))}
    </>
  );
}

it('says so under the item whose write failed, until the next write, and hands a kept answer on', async () => {
  const fail = new Set(['a']);
  const kept: string[] = [];
  render(<Two fail={fail} onKept={(v) => kept.push(v)} />);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'a' })));
  expect(screen.getByTestId('a').querySelector('[role="alert"]')?.textContent).toBe(enCommon.notSaved);
  expect(screen.getByTestId('b').querySelector('[role="alert"]')).toBeNull();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'b' })));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(kept).toEqual(['kept b']);
  fail.clear();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'a' })));
  expect(kept).toEqual(['kept b', 'kept a']);
});

it('shows its own words when given', () => {
  render(<NotKept shown>Could not save to my list.</NotKept>);
  expect(screen.getByRole('alert').textContent).toBe('Could not save to my list.');
  cleanup();
  render(<NotKept shown={false} />);
  expect(screen.queryByRole('alert')).toBeNull();
});
