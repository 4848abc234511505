// Staff accounts on screen: an admin's password reset asks first and shows the new password once, until hidden; a list
// that could not be loaded says why and loads on "Try again".
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffAccount, StaffMe } from '../../../../shared/staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import { AccountsPage } from './accounts-page';
import { listAccounts, resetPassword } from './api';

vi.mock('./api', () => ({ listAccounts: vi.fn(), resetPassword: vi.fn(), updateAccount: vi.fn(), createAccount: vi.fn() }));

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
  vi.unstubAllGlobals();
});

const me: StaffMe = { id: 'admin-1', email: 'a@x.example', name: 'Ada', roles: ['admin'], council: { id: 'c', name: 'C', districts: [] } };
const accounts: StaffAccount[] = [
  { id: 'admin-1', email: 'a@x.example', name: 'Ada', roles: ['admin'], disabled: false, createdAt: '2026-01-01T00:00:00.000Z' },
  { id: 'mod-1', email: 'm@x.example', name: 'Morgan', roles: ['moderator'], disabled: false, createdAt: '2026-01-01T00:00:00.000Z' },
];

describe('staff accounts: password reset', () => {
  it('asks first, then shows the new password once until hidden; never for the admin themself', async () => {
    vi.mocked(listAccounts).mockResolvedValue(accounts);
    vi.mocked(resetPassword).mockResolvedValue({ password: 'Fresh-Pass-1234567890ab' });
    render(<AccountsPage me={me} onError={() => undefined} />);
    const buttons = await screen.findAllByRole('button', { name: enStaff.accounts.reset });
    // Only the other member has a reset button.
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    let ask = await screen.findByRole('dialog', { name: 'Reset the password of Morgan?' });
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.cancel }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(resetPassword).not.toHaveBeenCalled();
    fireEvent.click(buttons[0]!);
    ask = await screen.findByRole('dialog', { name: 'Reset the password of Morgan?' });
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.accounts.reset }));
    expect(await screen.findByText('Fresh-Pass-1234567890ab')).toBeTruthy();
    expect(vi.mocked(resetPassword).mock.calls).toEqual([['mod-1']]);
    fireEvent.click(screen.getByRole('button', { name: enStaff.accounts.hidePassword }));
    expect(screen.queryByText('Fresh-Pass-1234567890ab')).toBeNull();
  });
});

describe('staff accounts: a list that could not be loaded', () => {
  it('says why with "Try again", and lists the accounts once the server answers', async () => {
    vi.mocked(listAccounts).mockRejectedValueOnce(new Error('No connection'));
    const onError = vi.fn();
    render(<AccountsPage me={me} onError={onError} />);
    expect((await screen.findByRole('alert')).textContent).toBe('No connection');
    expect(onError).toHaveBeenCalled();

    vi.mocked(listAccounts).mockResolvedValue(accounts);
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText(/Morgan · m@x\.example/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(listAccounts).toHaveBeenCalledTimes(2);
  });
});
