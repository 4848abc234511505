// A list that could not load says why and offers "Try again": busy while it tries, a new alert if it fails again, and
// gone once the list has come.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deferred } from '../../../../test/fixtures/deferred';
import enStaff from '../../../../locales/en/staff.json';
import { initTestI18n } from '../../i18n/test-i18n';
import { LoadFailed } from './load-failed';
import { useStaffData } from './use-staff-data';

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(cleanup);

function List({ load }: { load: () => Promise<string[]> }) {
  const list = useStaffData(load, () => undefined);
  return (
    <>
      <LoadFailed load={list} words={(reason) => `The list could not be loaded: ${reason}`} />
      <button type="button" onClick={list.reload}>
        Refresh
      </button>
      <p data-testid="list">{list.data?.join(', ')}</p>
    </>
  );
}

const tryAgain = () => screen.getByRole('button', { name: enStaff.retry.action });

describe('LoadFailed', () => {
  it('says why with "Try again"; busy while trying; a new alert on a second failure; gone when the list comes', async () => {
    const second = deferred<string[]>();
    const third = deferred<string[]>();
    const load = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new Error('No connection'))
      .mockReturnValueOnce(second.promise)
      .mockReturnValueOnce(third.promise);
    render(<List load={load} />);
    await act(async () => undefined);
    const first = screen.getByRole('alert');
    expect(first.textContent).toBe('The list could not be loaded: No connection');
    expect(tryAgain().getAttribute('type')).toBe('button');

    tryAgain().focus();
    fireEvent.click(tryAgain());
    expect(screen.queryByRole('alert')).toBeNull();
    const busy = screen.getByRole('button', { name: enStaff.retry.trying });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    // Still the focused control (a disabled one would lose the focus), and a second press sends nothing more.
    expect(document.activeElement).toBe(busy);
    fireEvent.click(busy);
    expect(load).toHaveBeenCalledTimes(2);

    await act(async () => second.reject(new Error('Still no connection')));
    expect(screen.getByRole('alert')).not.toBe(first);
    expect(screen.getByRole('alert').textContent).toBe('The list could not be loaded: Still no connection');
    expect((tryAgain() as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(tryAgain());
    await act(async () => third.resolve(['a', 'b']));
    expect(screen.getByTestId('list').textContent).toBe('a, b');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: /again/ })).toBeNull();
  });

  it('draws nothing while the screen loads again on its own, after a retry that worked', async () => {
    const later = deferred<string[]>();
    const load = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new Error('No connection'))
      .mockResolvedValueOnce(['a'])
      .mockReturnValueOnce(later.promise);
    render(<List load={load} />);
    await act(async () => undefined);
    fireEvent.click(tryAgain());
    await act(async () => undefined);
    expect(screen.getByTestId('list').textContent).toBe('a');

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(load).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('button', { name: /again/ })).toBeNull();
    await act(async () => later.resolve(['a', 'b']));
  });
});
