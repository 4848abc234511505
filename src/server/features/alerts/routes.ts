// Email alerts: the council's mail settings (admins; the password is never answered), a test email, whether alerts
// are set up (every role, so the staff area can say so), and what waits for each member of staff.
import { mailSettingsInputSchema, type AlertsState } from '../../../shared/alerts';
import { ROLES } from '../../../shared/roles';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { loadMailSettings, mailSettingsAnswer, queuedAlerts, saveMailSettings } from './service/mail-settings';
import { sendTestEmail } from './service/mail-test';
import { sendBySmtp, type SendMail } from './service/transport';
import { waitingFor } from './service/waiting';

const ADMIN = ['admin'] as const;

export function alertRoutes(ports: Ports, send: SendMail = sendBySmtp): readonly RouteDef[] {
  return [
    staffRoute(ADMIN, {
      method: 'GET',
      url: '/api/v1/staff/alerts/mail',
      handler: ({ staff, deps }) => mailSettingsAnswer(deps.db, staff.councilId),
    }),
    staffRoute(ADMIN, {
      method: 'PUT',
      url: '/api/v1/staff/alerts/mail',
      body: mailSettingsInputSchema,
      handler: ({ staff, deps, body }) => saveMailSettings(deps, staff, body),
    }),
    staffRoute(ADMIN, {
      method: 'POST',
      url: '/api/v1/staff/alerts/mail/test',
      handler: ({ staff, deps }) => sendTestEmail(deps, staff, send),
    }),
    staffRoute(ROLES, {
      method: 'GET',
      url: '/api/v1/staff/alerts/state',
      handler: async ({ staff, deps }): Promise<AlertsState> => {
        const [settings, queue] = await Promise.all([loadMailSettings(deps.db, staff.councilId), queuedAlerts(deps.db, staff.councilId)]);
        return { setUp: settings !== undefined, queued: queue.queued };
      },
    }),
    staffRoute(ROLES, {
      method: 'GET',
      url: '/api/v1/staff/waiting',
      handler: ({ staff, deps }) => waitingFor(deps, ports, staff),
    }),
  ];
}
