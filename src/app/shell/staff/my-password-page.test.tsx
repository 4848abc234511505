// Staff passwords on screen: "My password" checks the two new passwords match, sends the change and says the other
// sessions ended, and words a wrong current password kindly; an admin's reset asks first and shows the new password
// once, until hidden.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffAccount, StaffMe } from '../../../../shared/staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import { AccountsPage } from './accounts-page';
import { MyPasswordPage } from './my-password-page';

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function fill(current: string, next: string, again: string) {
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.current), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.new), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(enStaff.myPassword.confirm), { target: { value: again } });
  fireEvent.click(screen.getByRole('button', { name: enStaff.myPassword.submit }));
}

describe('my password', () => {
  it('refuses two different new passwords without asking the server, then changes it', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      expect(url).toBe('/api/v1/staff/me/password');
      expect(init.method).toBe('POST');
      sent.push(JSON.parse(String(init.body)));
      return Promise.resolve(json(204, null));
    });
    render(<MyPasswordPage onError={() => undefined} />);
    fill('my old passphrase', 'a brand new passphrase', 'a brand new passphrasE');
    expect((await screen.findByRole('alert')).textContent).toBe(enStaff.myPassword.mismatch);
    expect(sent).toEqual([]);
    fill('my old passphrase', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByRole('status')).textContent).toBe(enStaff.myPassword.done);
    expect(sent).toEqual([{ currentPassword: 'my old passphrase', newPassword: 'a brand new passphrase' }]);
    expect((screen.getByLabelText(enStaff.myPassword.current) as HTMLInputElement).value).toBe('');
  });

  it('words a wrong current password and a lock in its own language', async () => {
    let answer = { status: 400, code: 'wrong-password' };
    vi.stubGlobal('fetch', () => Promise.resolve(json(answer.status, { code: answer.code, message: 'English for logs' })));
    render(<MyPasswordPage onError={() => undefined} />);
    fill('not it at all', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByRole('alert')).textContent).toBe(enStaff.myPassword.wrong);
    answer = { status: 429, code: 'sign-in-locked' };
    fill('not it at all', 'a brand new passphrase', 'a brand new passphrase');
    expect((await screen.findByText(enStaff.myPassword.locked)).getAttribute('role')).toBe('alert');
  });
});

describe('staff accounts: password reset', () => {
  const me: StaffMe = { id: 'admin-1', email: 'a@x.example', name: 'Ada', roles: ['admin'], council: { id: 'c', name: 'C', districts: [] } };
  const accounts: StaffAccount[] = [
    { id: 'admin-1', email: 'a@x.example', name: 'Ada', roles: ['admin'], disabled: false, createdAt: '2026-01-01T00:00:00.000Z' },
    { id: 'mod-1', email: 'm@x.example', name: 'Morgan', roles: ['moderator'], disabled: false, createdAt: '2026-01-01T00:00:00.000Z' },
  ];

  it('asks first, then shows the new password once until hidden; never for the admin themself', async () => {
    const posted: string[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
      if (init.method === 'POST') {
        posted.push(url);
        return Promise.resolve(json(200, { password: 'Fresh-Pass-1234567890ab' }));
      }
      return Promise.resolve(json(200, { accounts }));
    });
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    vi.stubGlobal('confirm', confirm);
    render(<AccountsPage me={me} onError={() => undefined} />);
    const buttons = await screen.findAllByRole('button', { name: enStaff.accounts.reset });
    // Only the other member has a reset button.
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([]);
    fireEvent.click(buttons[0]!);
    expect(await screen.findByText('Fresh-Pass-1234567890ab')).toBeTruthy();
    expect(posted).toEqual(['/api/v1/staff/accounts/mod-1/password']);
    fireEvent.click(screen.getByRole('button', { name: enStaff.accounts.hidePassword }));
    expect(screen.queryByText('Fresh-Pass-1234567890ab')).toBeNull();
  });
});
