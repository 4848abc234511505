// The council's administration calls against a stubbed server: what they ask for, and answers checked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { listAudit, listAccounts, resetPassword, rotateJoinCode, updateAccount } from './api';

afterEach(() => vi.unstubAllGlobals());
const account = { id: 'm1', email: 'm@x.example', name: 'Morgan', roles: ['moderator'], disabled: false, createdAt: '2026-01-01' };

describe('admin staff api', () => {
  it('reads and changes accounts', async () => {
    const asked = stubServer({ accounts: [account] });
    expect(await listAccounts()).toEqual([account]);
    const changed = stubServer(account);
    await updateAccount('m1', { disabled: true });
    const reset = stubServer({ password: 'Fresh-Pass-1234567890ab' });
    expect(await resetPassword('m1')).toEqual({ password: 'Fresh-Pass-1234567890ab' });
    expect([...asked, ...changed, ...reset]).toEqual([
      'GET /api/v1/staff/accounts',
      'PATCH /api/v1/staff/accounts/m1 {"disabled":true}',
      'POST /api/v1/staff/accounts/m1/password {}',
    ]);
  });
  it('pages the audit log and rotates the join code', async () => {
    const asked = stubServer({ entries: [], nextBefore: null });
    await listAudit();
    await listAudit(41);
    expect(asked).toEqual(['GET /api/v1/staff/audit?limit=50', 'GET /api/v1/staff/audit?before=41&limit=50']);
    stubServer({ joinCode: 'NEW-CODE' });
    expect(await rotateJoinCode()).toEqual({ joinCode: 'NEW-CODE' });
  });
  it('refuses an account list that does not match the contract', async () => {
    stubServer({ accounts: [{ ...account, roles: ['mayor'] }] });
    await expect(listAccounts()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
