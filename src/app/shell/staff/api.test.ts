// The staff frame's calls against a stubbed server: who is signed in, signing in and out, and one's own password.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../api/test-server';
import { changeMyPassword, loadMe, signIn, signOut } from './api';

afterEach(() => vi.unstubAllGlobals());
const me = { id: 's1', email: 'm@x.example', name: 'Morgan', roles: ['moderator'], council: { id: 'c', name: 'C', districts: [] } };

describe('staff frame api', () => {
  it('reads who is signed in, signs in and out', async () => {
    const asked = stubServer(me);
    expect(await loadMe()).toEqual(me);
    expect(await signIn('m@x.example', 'pass')).toEqual(me);
    const out = stubServer(null, 204);
    await signOut();
    await changeMyPassword('old one', 'new one');
    expect([...asked, ...out]).toEqual([
      'GET /api/v1/staff/me',
      'POST /api/v1/staff/session {"email":"m@x.example","password":"pass"}',
      'DELETE /api/v1/staff/session',
      'POST /api/v1/staff/me/password {"currentPassword":"old one","newPassword":"new one"}',
    ]);
  });
  it('refuses an answer that does not say who is signed in', async () => {
    stubServer({ id: 's1' });
    await expect(loadMe()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
