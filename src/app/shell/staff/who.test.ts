// Who the staff frame shows: the server's answer when it can be reached (and remembered); without a signal, the member
// this device last saw, marked offline; a 401 or 403 means sign-in, and the remembered member is forgotten.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffMe } from '../../../shared/staff';
import { StaffApiError } from '../../api/request';
import { recallStaff, rememberStaff } from '../../council/remembered-staff';
import { db } from '../../storage/db';
import { loadMe } from './api';
import { whoIsSignedIn } from './who';

vi.mock('./api', () => ({ loadMe: vi.fn() }));

const ira: StaffMe = { id: 's1', email: 'i@x.example', name: 'Ira', roles: ['iro'], council: { id: 'c', name: 'Testshire', districts: [] } };
const noSignal = () => new StaffApiError(0, 'network', 'No connection to the Heard server.');

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => vi.resetAllMocks());

describe('who the staff frame shows', () => {
  it("is the server's answer, which the device remembers (never a password or token)", async () => {
    vi.mocked(loadMe).mockResolvedValue(ira);
    expect(await whoIsSignedIn()).toEqual({ me: ira, offline: false });
    expect(await recallStaff()).toEqual(ira);
    expect(Object.keys((await db.meta.get('staffSeen'))!.value as object).sort()).toEqual(['council', 'email', 'id', 'name', 'roles']);
  });

  it('is the remembered member, marked offline, when the server cannot be reached', async () => {
    await rememberStaff(ira);
    vi.mocked(loadMe).mockRejectedValue(noSignal());
    expect(await whoIsSignedIn()).toEqual({ me: ira, offline: true });
    expect(await recallStaff()).toEqual(ira);
  });

  it('is sign-in without a signal when this device never saw anyone signed in', async () => {
    vi.mocked(loadMe).mockRejectedValue(noSignal());
    expect(await whoIsSignedIn()).toBeNull();
  });

  it.each([401, 403])('is sign-in after a %i, and the remembered member is forgotten', async (status) => {
    await rememberStaff(ira);
    vi.mocked(loadMe).mockRejectedValue(new StaffApiError(status, 'signed-out', 'Signed out.'));
    expect(await whoIsSignedIn()).toBeNull();
    expect(await recallStaff()).toBeUndefined();
    // Later without a signal, nobody stands in.
    vi.mocked(loadMe).mockRejectedValue(noSignal());
    expect(await whoIsSignedIn()).toBeNull();
  });

  it('is sign-in when the server answers with an error, keeping the remembered member for a later reload offline', async () => {
    await rememberStaff(ira);
    vi.mocked(loadMe).mockRejectedValue(new StaffApiError(503, 'unavailable', 'Try again.'));
    expect(await whoIsSignedIn()).toBeNull();
    expect(await recallStaff()).toEqual(ira);
  });
});
