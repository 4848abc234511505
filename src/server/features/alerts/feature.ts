// Alerts: "nobody waits unseen". Other domains enqueue an alert in their own transaction (the alerts port); this
// domain emails the council's duty inbox (or a named person) after the commit, retrying until the mail server takes
// it, and tells each member of staff what waits for them.
import type { ServerFeature } from '../../ports/server-feature';
import { alertRoutes } from './routes';
import { secretBox } from '../../lib/secrets';
import { startDispatcher } from './service/dispatcher';
import { kickDispatchers } from './service/kick';
import { sealStoredMailPasswords } from './service/mail-settings';
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
  background: (deps, _ports, log) => {
    const secrets = secretBox(deps.config);
    // Passwords saved before they were sealed are sealed now; until then (or if this fails: the next start tries
    // again) they are read as they are.
    sealStoredMailPasswords(deps.db, secrets).catch((err: unknown) =>
      log.warn({ err }, 'alerts: the saved mail passwords could not be sealed now; they are read as they are and the next start tries again'),
    );
    return startDispatcher({ db: deps.db, now: deps.now, send: sendBySmtp, secrets, log });
  },
};
