// A staff list loads on open, says when it is loading, can be tried again after a failure, and shows only the answer
// to the latest load.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred } from '../../../../test/fixtures/deferred';
import { StaffApiError } from '../../api/request';
import { useStaffData } from './use-staff-data';

describe('useStaffData', () => {
  it('is loading from the first render until the answer comes, and loads nothing without a load', async () => {
    const first = deferred<string[]>();
    const load = () => first.promise;
    const { result } = renderHook(() => useStaffData(load, () => undefined));
    expect(result.current.loading).toBe(true);
    await act(async () => first.resolve(['a']));
    expect(result.current).toMatchObject({ data: ['a'], error: null, loading: false });

    const { result: none } = renderHook(() => useStaffData<string[]>(null, () => undefined));
    expect(none.current).toMatchObject({ data: null, error: null, loading: false });
  });

  it('keeps a failure, passes it on (a 401 to sign-in), and shows the list when tried again', async () => {
    const refused = new StaffApiError(401, 'unauthenticated', 'Sign in again.');
    const load = vi.fn<() => Promise<string[]>>().mockRejectedValueOnce(refused).mockResolvedValueOnce(['a', 'b']);
    const onError = vi.fn();
    const { result } = renderHook(() => useStaffData(load, onError));
    await act(async () => undefined);
    expect(result.current).toMatchObject({ data: null, error: refused, loading: false });
    expect(onError).toHaveBeenCalledWith(refused);

    await act(async () => result.current.reload());
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ data: ['a', 'b'], error: null, loading: false });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('clears the failure while it tries again, so "Loading…" shows and a second failure is a new alert', async () => {
    const failed = new Error('No connection');
    const again = deferred<string[]>();
    const load = vi.fn<() => Promise<string[]>>().mockRejectedValueOnce(failed).mockReturnValueOnce(again.promise);
    const { result } = renderHook(() => useStaffData(load, () => undefined));
    await act(async () => undefined);
    expect(result.current.error).toBe(failed);

    act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: null, error: null, loading: true });

    const stillFailed = new Error('Still no connection');
    await act(async () => again.reject(stillFailed));
    expect(result.current).toMatchObject({ data: null, error: stillFailed, loading: false });
  });

  it('shows only the latest load: an earlier answer that comes last is dropped', async () => {
    const older = deferred<string>();
    const newer = deferred<string>();
    const loadOlder = () => older.promise;
    const loadNewer = () => newer.promise;
    const onError = vi.fn();
    const { result, rerender } = renderHook(({ load }) => useStaffData(load, onError), { initialProps: { load: loadOlder } });
    rerender({ load: loadNewer });
    expect(result.current.loading).toBe(true);
    await act(async () => newer.resolve('page 2'));
    expect(result.current).toMatchObject({ data: 'page 2', loading: false });
    await act(async () => older.resolve('page 1'));
    expect(result.current.data).toBe('page 2');

    // The same for reload() called again before the first reload answered, and for a late failure: the list stays,
    // with no alert, though a 401 would still send the person to sign in.
    const first = deferred<string>();
    const second = deferred<string>();
    const load = vi.fn<() => Promise<string>>().mockResolvedValueOnce('start').mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { result: again } = renderHook(() => useStaffData(load, onError));
    await act(async () => undefined);
    act(() => again.current.reload());
    act(() => again.current.reload());
    await act(async () => second.resolve('fresh'));
    const late = new Error('Late');
    await act(async () => first.reject(late));
    expect(again.current).toMatchObject({ data: 'fresh', error: null, loading: false });
    expect(onError).toHaveBeenCalledWith(late);
  });
});
