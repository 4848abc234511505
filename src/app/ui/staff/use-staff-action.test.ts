// A staff action is busy until the server answers; a failure goes to the staff area and its words to the screen.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StaffApiError } from '../../api/request';
import { useStaffAction } from './use-staff-action';

describe('useStaffAction', () => {
  it('is busy until the work settles, and resolves true when it worked', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useStaffAction(onError));
    let finish!: () => void;
    let outcome: Promise<boolean> | undefined;
    act(() => {
      outcome = result.current.run(() => new Promise<void>((r) => (finish = r)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish();
      expect(await outcome).toBe(true);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.problem).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps the failure in words, passes it on (a 401 to sign-in), and resolves false', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useStaffAction(onError));
    const refused = new StaffApiError(401, 'unauthenticated', 'Sign in again.');
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.run(() => Promise.reject(refused));
    });
    expect(ok).toBe(false);
    expect(onError).toHaveBeenCalledWith(refused);
    expect(result.current.problem).toBe('Sign in again.');
    expect(result.current.busy).toBe(false);
  });

  it('clears the last problem when run again, and lets the form set its own', async () => {
    const { result } = renderHook(() => useStaffAction(() => undefined));
    act(() => result.current.setProblem('Write a note first.'));
    expect(result.current.problem).toBe('Write a note first.');
    await act(async () => {
      await result.current.run(async () => undefined);
    });
    expect(result.current.problem).toBeNull();
  });
});
