// The council's admin: staff accounts and their passwords, the council's settings and join code, the audit log.
import { councilSettingsUpdateSchema, districtNameSchema, districtParamsSchema } from '../../../shared/council';
import {
  auditQuerySchema,
  passwordResetSchema,
  staffAccountCreateSchema,
  staffAccountParamsSchema,
  staffAccountUpdateSchema,
} from '../../../shared/staff';
import { govukBankHolidaysSchema } from '../../../shared/requests/bank-holiday-upload';
import { ROLES } from '../../../shared/roles';
import { loadCouncilRecord } from '../../council/load';
import { notFound } from '../../lib/errors';
import { staffRoute, type RouteDef } from '../../lib/route';
import { updateAccount } from './service/account-update';
import { createAccount, listAccounts } from './service/accounts';
import { listAudit } from './service/audit-log';
import { loadBankHolidayList, uploadBankHolidays } from './service/bank-holidays';
import { loadCouncilSettings, updateCouncilSettings } from './service/council-settings';
import { addDistrict, listCouncilDistricts, renameDistrict } from './service/district-routes';
import { rotateJoinCode } from './service/join-code';
import { resetPassword } from './service/password-reset';

const ADMIN = ['admin'] as const;

export const adminRoutes: RouteDef[] = [
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
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/accounts/:id/password',
    params: staffAccountParamsSchema,
    body: passwordResetSchema,
    handler: ({ staff, deps, params, body }) => resetPassword(deps, staff, params.id, body),
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
  // Every staff role helps young people join (an IRO at a review, a worker on a visit): the code, never the settings.
  staffRoute(ROLES, {
    method: 'GET',
    url: '/api/v1/staff/join-link',
    handler: async ({ staff, deps }) => {
      const council = await loadCouncilRecord(deps.db, staff.councilId);
      if (!council) throw notFound('That council');
      return { joinCode: council.joinCode, councilName: council.name };
    },
  }),
  // The admin's districts one at a time: listed, added, renamed (checked, audited and sent to phones as in settings).
  staffRoute(ADMIN, {
    method: 'GET',
    url: '/api/v1/staff/districts',
    handler: async ({ staff, deps }) => ({ districts: await listCouncilDistricts(deps, staff) }),
  }),
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/districts',
    body: districtNameSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => ({ districts: await addDistrict(deps, staff, body.name) }),
  }),
  staffRoute(ADMIN, {
    method: 'PATCH',
    url: '/api/v1/staff/districts/:id',
    params: districtParamsSchema,
    body: districtNameSchema,
    handler: async ({ staff, deps, params, body }) => ({ districts: await renameDistrict(deps, staff, params.id, body.name) }),
  }),
  staffRoute(ADMIN, {
    method: 'POST',
    url: '/api/v1/staff/council/join-code',
    handler: ({ staff, deps }) => rotateJoinCode(deps, staff),
  }),

  // Every role that sees due dates may see which bank holidays they count; only admins upload a newer list.
  staffRoute(ROLES, {
    method: 'GET',
    url: '/api/v1/staff/bank-holidays',
    handler: ({ staff, deps }) => loadBankHolidayList(deps.db, staff.councilId),
  }),
  staffRoute(ADMIN, {
    method: 'PUT',
    url: '/api/v1/staff/bank-holidays',
    body: govukBankHolidaysSchema,
    handler: ({ staff, deps, body }) => uploadBankHolidays(deps, staff, body),
  }),

  staffRoute(ADMIN, {
    method: 'GET',
    url: '/api/v1/staff/audit',
    query: auditQuerySchema,
    handler: ({ staff, deps, query }) => listAudit(deps.db, staff.councilId, query),
  }),
];
