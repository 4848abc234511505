// Sends the alerts after their transactions commit: a round claims what is due (outbox.ts), emails each one and marks
// it sent, or puts it back to be tried again later. Rounds run on an interval and soon after an enqueue; in one
// process one round at a time. Across servers the claim decides: each alert is sent by one sender. A sender that
// stops between sending and marking it sent loses its claim after CLAIM_MS and the alert is sent again, so an alert
// goes at least once, never lost.
import type { Kysely } from 'kysely';
import { staffContacts } from '../../../auth/staff-store';
import { loadCouncilRecord } from '../../../council/load';
import type { Database } from '../../../db/schema';
import { ALERT_KINDS, type AlertKind } from '../../../ports/alerts';
import type { BackgroundLog, BackgroundWork } from '../../../ports/server-feature';
import { alertEmail } from '../email';
import { registerDispatcher } from './kick';
import type { SecretBox } from '../../../lib/secrets';
import { loadMailSettings, openMailSettings } from './mail-settings';
import { claimDue, markFailed, markSent, type Claimed } from './outbox';
import type { SendMail } from './transport';

export interface DispatchDeps {
  db: Kysely<Database>;
  now: () => Date;
  send: SendMail;
  /** Opens the saved mail password. */
  secrets: SecretBox;
  /** Where a failed round is said (a mail server's refusal is the alert's own last error, not this). */
  log?: BackgroundLog;
}

const ROUND_SIZE = 20;

async function sendOne(deps: DispatchDeps, claim: Claimed): Promise<void> {
  const row = await deps.db
    .selectFrom('alert_outbox')
    .selectAll()
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .executeTakeFirst();
  if (!row) return;
  const [settings, council] = await Promise.all([loadMailSettings(deps.db, row.council_id), loadCouncilRecord(deps.db, row.council_id)]);
  if (!settings || !council) return markFailed(deps.db, claim, deps.now(), 'Email is not set up for this council.');
  // A named person who has left the council's accounts: the duty inbox hears instead.
  const named = row.to_staff_id ? (await staffContacts(deps.db, row.council_id, [row.to_staff_id])).get(row.to_staff_id) : undefined;
  const kind: AlertKind = ALERT_KINDS.find((k) => k === row.kind) ?? 'safeguarding';
  const email = alertEmail(
    {
      kind,
      link: settings.baseUrl + row.path,
      at: new Date(row.at),
      councilName: council.name,
      named: named !== undefined,
      nation: council.settings.nation,
    },
    deps.now(),
  );
  try {
    await deps.send(openMailSettings(settings, deps.secrets), named?.email ?? settings.inboxes.join(', '), email);
  } catch (error) {
    return markFailed(deps.db, claim, deps.now(), error instanceof Error ? error.message : String(error));
  }
  await markSent(deps.db, claim, deps.now());
}

/** One round: every due alert it could claim, sent or put back. Answers how many it claimed. */
export async function dispatchDue(deps: DispatchDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await claimDue(deps.db, deps.now(), ROUND_SIZE);
    for (const claim of claimed) await sendOne(deps, claim);
    total += claimed.length;
    if (claimed.length < ROUND_SIZE) return total;
  }
}

/** Runs rounds every `everyMs` and soon after a kick, one at a time, until stopped. */
export function startDispatcher(deps: DispatchDeps, everyMs = 30_000): BackgroundWork {
  let round: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (round) {
      again = true;
      return;
    }
    round = dispatchDue(deps)
      .then(
        () => undefined,
        // The database was unreachable: the next round tries again; nothing was lost.
        (err: unknown) => deps.log?.warn({ err }, 'alerts: a sending round failed; the next round tries again'),
      )
      .finally(() => {
        round = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      run();
    }, ms);
    t.unref();
    timers.add(t);
  };
  const interval = setInterval(run, everyMs);
  interval.unref();
  // Soon after an enqueue, and once more a little later in case its transaction took longer to commit.
  const unregister = registerDispatcher(() => {
    later(100);
    later(1500);
  });
  later(0);
  return {
    async stop() {
      stopped = true;
      unregister();
      clearInterval(interval);
      for (const t of timers) clearTimeout(t);
      await round;
    },
  };
}
