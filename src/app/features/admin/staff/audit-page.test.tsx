// The audit log screen: newest first with older pages on "Show older"; a first page that could not be loaded says why
// and loads on "Try again", instead of needing a page reload.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { AuditEntryView } from '../../../../shared/staff';
import { initTestI18n } from '../../../i18n/test-i18n';
import { listAudit } from './api';
import { AuditPage } from './audit-page';

vi.mock('./api', () => ({ listAudit: vi.fn() }));
const entry = (id: number, action: string): AuditEntryView => ({
  id,
  at: '2026-11-30T10:00:00.000Z',
  action,
  entity: 'staff',
  entityId: null,
  detail: {},
  staff: { id: 's1', name: 'Ada', email: 'a@x.example' },
});
const actions = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.lastElementChild?.textContent);

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('audit log screen', () => {
  it('shows older pages on "Show older" until there are none, and says when one could not be loaded', async () => {
    vi.mocked(listAudit)
      .mockResolvedValueOnce({ entries: [entry(3, 'account.create')], nextBefore: 3 })
      .mockRejectedValueOnce(new Error('No connection'))
      .mockResolvedValueOnce({ entries: [entry(2, 'council.save')], nextBefore: null });
    render(<AuditPage onError={() => undefined} />);
    await screen.findByText('account.create');
    fireEvent.click(screen.getByRole('button', { name: enStaff.audit.more }));
    expect((await screen.findByRole('alert')).textContent).toBe('No connection');
    expect(actions()).toEqual(['account.create']);
    fireEvent.click(screen.getByRole('button', { name: enStaff.audit.more }));
    await screen.findByText('council.save');
    expect(actions()).toEqual(['account.create', 'council.save']);
    expect(screen.queryByRole('button', { name: enStaff.audit.more })).toBeNull();
    expect(vi.mocked(listAudit).mock.calls.map(([before]) => before)).toEqual([undefined, 3, 3]);
  });

  it('says why the log could not be loaded with "Try again", and lists it once the server answers', async () => {
    vi.mocked(listAudit).mockRejectedValueOnce(new Error('No connection'));
    const onError = vi.fn();
    render(<AuditPage onError={onError} />);
    expect((await screen.findByRole('alert')).textContent).toBe('No connection');
    expect(onError).toHaveBeenCalled();

    vi.mocked(listAudit).mockResolvedValue({ entries: [entry(3, 'account.create')], nextBefore: null });
    fireEvent.click(screen.getByRole('button', { name: enStaff.retry.action }));
    expect(await screen.findByText('account.create')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: enStaff.retry.action })).toBeNull();
    expect(listAudit).toHaveBeenCalledTimes(2);
  });
});
