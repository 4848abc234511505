// "My password" on screen: it checks the two new passwords match, sends the change and says the other sessions
// ended, and words a wrong current password kindly.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../locales/en/staff.json';
import { StaffApiError } from '../../api/request';
import { initTestI18n } from '../../i18n/test-i18n';
import { changeMyPassword } from './api';
import { MyPasswordPage } from './my-password-page';

vi.mock('./api', () => ({ changeMyPassword: vi.fn() }));
const change = vi.mocked(changeMyPassword);

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

function fill(current: string, next: string, again: string) {
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.current), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.new), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.confirm), { target: { value: again } });
  fireEvent.click(screen.getByRole('button', { name: enStaff.myPassword.submit }));
}

describe('my password', () => {
  it('refuses two different new passwords without asking the server, then changes it', async () => {
    change.mockResolvedValue(undefined);
    render(<MyPasswordPage onError={() => undefined} />);
    fill('my old passphrase', 'a brand new passphrase', 'a brand new passphrasE');
    expect((await screen.findByRole('alert')).textContent).toBe(enStaff.myPassword.mismatch);
    expect(change).not.toHaveBeenCalled();
    fill('my old passphrase', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByRole('status')).textContent).toBe(enStaff.myPassword.done);
    expect(change.mock.calls).toEqual([['my old passphrase', 'a brand new passphrase']]);
    expect((screen.getByLabelText(enStaff.myPassword.current) as HTMLInputElement).value).toBe('');
  });

  it('words a wrong current password and a lock in its own language', async () => {
    change.mockRejectedValue(new StaffApiError(400, 'wrong-password', 'English for logs'));
    render(<MyPasswordPage onError={() => undefined} />);
    fill('not it at all', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByRole('alert')).textContent).toBe(enStaff.myPassword.wrong);
    change.mockRejectedValue(new StaffApiError(429, 'sign-in-locked', 'English for logs'));
    fill('not it at all', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByText(enStaff.myPassword.locked)).getAttribute('role')).toBe('alert');
  });
});
