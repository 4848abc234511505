// Staff sign-in and sign-out, staff accounts, council settings, join codes and the audit log.
import { councilSettingsUpdateSchema } from '../../../shared/council';
import {
  auditQuerySchema,
  passwordChangeSchema,
  passwordResetSchema,
  ROLES,
  signInRequestSchema,
  staffAccountCreateSchema,
  staffAccountParamsSchema,
  staffAccountUpdateSchema,
} from '../../../shared/staff';
import { DEVICE_COOKIE, readDeviceCookie, setDeviceCookie } from '../../auth/known-devices';
import { SignInLocked } from '../../auth/sign-in-throttle';
import { clearSessionCookie, destroySession, setSessionCookie } from '../../auth/staff-sessions';
import { audit } from '../../lib/audit';
import { publicRoute, staffRoute, type RouteDef } from '../../lib/route';
import { createAccount, listAccounts, updateAccount } from './accounts';
import { listAudit } from './audit-log';
import { loadCouncilSettings, rotateJoinCode, updateCouncilSettings } from './council-settings';
import { signIn } from './sign-in';
import { changeOwnPassword, resetPassword } from './passwords';
import { loadStaffMe } from './staff-me';

const ADMIN = ['admin'] as const;

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
      await deps.db.transaction().execute(async (trx) => {
        await destroySession(trx, staff.sessionId);
        await audit(
          trx,
          { councilId: staff.councilId, staffId: staff.staffId, action: 'staff.sign-out', entity: 'staff', entityId: staff.staffId },
          deps.now(),
        );
      });
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
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/accounts/:id/password',
    params: staffAccountParamsSchema,
    body: passwordResetSchema,
    handler: ({ staff, deps, params, body }) => resetPassword(deps, staff, params.id, body),
  }),

  staffRoute(ADMIN, {
    method: 'GET',
    url: '/api/v1/staff/accounts',
    handler: async ({ staff, deps }) => ({ accounts: await listAccounts(deps.db, staff.councilId) }),
  }),
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/accounts',
    body: staffAccountCreateSchema,
    status: 201,
    handler: ({ staff, deps, body }) => createAccount(deps, staff, body),
  }),
  staffRoute(ADMIN, {
    method: 'PATCH',
    url: '/api/v1/staff/accounts/:id',
    params: staffAccountParamsSchema,
    body: staffAccountUpdateSchema,
    handler: ({ staff, deps, params, body }) => updateAccount(deps, staff, params.id, body),
  }),

  // Participation officers see the settings (the join code goes on their posters); only admins change them.
  staffRoute(['admin', 'participation'], {
    method: 'GET',
    url: '/api/v1/staff/council',
    handler: ({ staff, deps }) => loadCouncilSettings(deps.db, staff.councilId),
  }),
  staffRoute(ADMIN, {
    method: 'PATCH',
    url: '/api/v1/staff/council',
    body: councilSettingsUpdateSchema,
    handler: ({ staff, deps, body }) => updateCouncilSettings(deps, staff, body),
  }),
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/council/join-code',
    handler: ({ staff, deps }) => rotateJoinCode(deps, staff),
  }),

  staffRoute(ADMIN, {
    method: 'GET',
    url: '/api/v1/staff/audit',
    query: auditQuerySchema,
    handler: ({ staff, deps, query }) => listAudit(deps.db, staff.councilId, query),
  }),
];
