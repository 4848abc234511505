// Staff sign-in and sign-out, who is signed in, and changing one's own password.
import { passwordChangeSchema, ROLES, signInRequestSchema } from '../../../shared/staff';
import { DEVICE_COOKIE, readDeviceCookie, setDeviceCookie } from '../../auth/known-devices';
import { SignInLocked } from '../../auth/sign-in-throttle';
import { clearSessionCookie, setSessionCookie } from '../../auth/staff-sessions';
import { publicRoute, staffRoute, type RouteDef } from '../../lib/route';
import { loadStaffMe } from './service/me';
import { changeOwnPassword } from './service/own-password';
import { signIn } from './service/sign-in';
import { signOut } from './service/sign-out';

export const staffAuthRoutes: RouteDef[] = [
  // The one public staff POST: there is no session yet, so no CSRF header is needed. Rate limited per IP.
  publicRoute({
    method: 'POST',
    url: '/api/v1/staff/session',
    body: signInRequestSchema,
    rateLimitPerMinute: 10,
    handler: async ({ body, deps, request, reply }) => {
      const cookie = readDeviceCookie(request.cookies[DEVICE_COOKIE]);
      const { me, token, device } = await signIn(deps, body.email, body.password, cookie).catch((error: unknown) => {
        if (error instanceof SignInLocked) reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      });
      setSessionCookie(reply, token);
      setDeviceCookie(reply, device);
      return me;
    },
  }),
  staffRoute(ROLES, {
    method: 'DELETE',
    url: '/api/v1/staff/session',
    status: 204,
    handler: async ({ staff, deps, reply }) => {
      await signOut(deps, staff);
      clearSessionCookie(reply);
      return undefined;
    },
  }),
  staffRoute(ROLES, {
    method: 'GET',
    url: '/api/v1/staff/me',
    handler: ({ staff, deps }) => loadStaffMe(deps.db, staff.staffId),
  }),
  staffRoute(ROLES, {
    method: 'POST',
    url: '/api/v1/staff/me/password',
    body: passwordChangeSchema,
    // Each try costs a slow hash: a few a minute is plenty for a person.
    rateLimitPerMinute: 10,
    handler: async ({ staff, deps, body }) => {
      await changeOwnPassword(deps, staff, body);
      return undefined;
    },
  }),
];
