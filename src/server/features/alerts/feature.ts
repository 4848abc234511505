// Alerts: "nobody waits unseen". Other domains enqueue an alert in their own transaction (the alerts port); this
// domain emails the council's duty inbox (or a named person) after the commit, retrying until the mail server takes
// it, and tells each member of staff what waits for them.
import type { ServerFeature } from '../../ports/server-feature';
import { alertRoutes } from './routes';
import { startDispatcher } from './service/dispatcher';
import { kickDispatchers } from './service/kick';
import { insertAlert } from './service/outbox';
import { sendBySmtp } from './service/transport';

export const alertsFeature: ServerFeature = {
  name: 'alerts',
  tables: ['alert_outbox', 'mail_settings'],
  routes: (ports) => alertRoutes(ports),
  contributes: {
    alerts: {
      async enqueue(trx, alert) {
        await insertAlert(trx, alert);
        kickDispatchers();
      },
    },
  },
  background: (deps) => startDispatcher({ db: deps.db, now: deps.now, send: sendBySmtp }),
};
