// A council's mail settings as the sender uses them, and as admins see and change them (never the password).
import type { MailSettingsAnswer, MailSettingsInput, MailSettingsView } from '../../../../shared/alerts';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { kickDispatchers } from './kick';

export interface MailSettingsRecord {
  councilId: string;
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
  from: string;
  dutyInbox: string;
  /** The duty inbox first, then the others: where every inbox alert and the test email go. */
  inboxes: string[];
  baseUrl: string;
  updatedAt: string;
}

const inboxesOf = (column: string) =>
  column
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export async function loadMailSettings(db: Db, councilId: string): Promise<MailSettingsRecord | undefined> {
  const row = await db.selectFrom('mail_settings').selectAll().where('council_id', '=', councilId).executeTakeFirst();
  if (!row) return undefined;
  return {
    councilId: row.council_id,
    host: row.host,
    port: Number(row.port),
    secure: Number(row.secure) === 1,
    username: row.username,
    password: row.password,
    from: row.from_address,
    dutyInbox: inboxesOf(row.duty_inbox)[0] ?? row.duty_inbox,
    inboxes: inboxesOf(row.duty_inbox),
    baseUrl: row.base_url,
    updatedAt: row.updated_at,
  };
}

function toView(r: MailSettingsRecord): MailSettingsView {
  return {
    host: r.host,
    port: r.port,
    secure: r.secure,
    username: r.username ?? '',
    passwordSet: r.password !== null && r.password !== '',
    from: r.from,
    dutyInbox: r.dutyInbox,
    moreInboxes: r.inboxes.slice(1),
    baseUrl: r.baseUrl,
    updatedAt: r.updatedAt,
  };
}

/** How many alerts are not sent yet, and why the newest failure failed. */
export async function queuedAlerts(db: Db, councilId: string): Promise<{ queued: number; lastError: string | null }> {
  const [count, failed] = await Promise.all([
    db
      .selectFrom('alert_outbox')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('council_id', '=', councilId)
      .where('state', '<>', 'sent')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('alert_outbox')
      .select('last_error')
      .where('council_id', '=', councilId)
      .where('state', '<>', 'sent')
      .where('last_error', 'is not', null)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { queued: Number(count.n), lastError: failed?.last_error ?? null };
}

export async function mailSettingsAnswer(db: Db, councilId: string): Promise<MailSettingsAnswer> {
  const [settings, queue] = await Promise.all([loadMailSettings(db, councilId), queuedAlerts(db, councilId)]);
  return { settings: settings ? toView(settings) : null, ...queue };
}

export async function saveMailSettings(deps: AppDeps, staff: StaffAuth, input: MailSettingsInput): Promise<MailSettingsAnswer> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = await loadMailSettings(trx, staff.councilId);
    const username = input.username === '' ? null : input.username;
    // No sign-in: no password. A new password replaces the saved one; none given keeps it — but only for the same
    // server and account, so a changed host, port or user name never receives the saved password.
    const sameAccount =
      before !== undefined && before !== null && before.host === input.host && Number(before.port) === input.port && before.username === username;
    const password = username === null ? null : (input.password ?? (sameAccount ? before.password : null));
    const row = {
      host: input.host,
      port: input.port,
      secure: input.secure ? 1 : 0,
      username,
      password,
      from_address: input.from,
      duty_inbox: [input.dutyInbox, ...input.moreInboxes.filter((i) => i !== input.dutyInbox)].join(', '),
      base_url: input.baseUrl,
      updated_at: now.toISOString(),
      updated_by: staff.staffId,
    };
    await trx
      .insertInto('mail_settings')
      .values({ council_id: staff.councilId, ...row })
      .onConflict((oc) => oc.column('council_id').doUpdateSet(row))
      .execute();
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'alerts.mail.update',
        entity: 'mail_settings',
        entityId: staff.councilId,
        // Never the password: only whether it changed.
        detail: {
          host: input.host,
          port: input.port,
          secure: input.secure,
          username,
          from: input.from,
          dutyInbox: input.dutyInbox,
          moreInboxes: input.moreInboxes,
          baseUrl: input.baseUrl,
          passwordChanged: password !== (before?.password ?? null),
        },
      },
      now,
    );
  });
  // Alerts queued while email was not set up go now.
  kickDispatchers();
  return mailSettingsAnswer(deps.db, staff.councilId);
}
