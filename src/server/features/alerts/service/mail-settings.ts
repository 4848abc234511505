// A council's mail settings as the sender uses them, and as admins see and change them (never the password). The
// password is stored sealed (lib/secrets.ts, bound to the council) and opened only to send.
import type { MailSettingsAnswer, MailSettingsInput, MailSettingsView } from '../../../../shared/alerts';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { secretBox, type SecretBox } from '../../../lib/secrets';
import { kickDispatchers } from './kick';

export interface MailSettingsRecord {
  councilId: string;
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  /** As stored: sealed (or, saved before passwords were sealed, as typed). `openMailSettings` opens it to send. */
  storedPassword: string | null;
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
    storedPassword: row.password,
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
    passwordSet: r.storedPassword !== null && r.storedPassword !== '',
    from: r.from,
    dutyInbox: r.dutyInbox,
    moreInboxes: r.inboxes.slice(1),
    baseUrl: r.baseUrl,
    updatedAt: r.updatedAt,
  };
}

/** The settings with their password, to send with. */
export type MailSending = MailSettingsRecord & { password: string | null };

const passwordContext = (councilId: string) => `mail_settings.password:${councilId}`;

/** Thrown when the saved password cannot be opened on this server (sealed with another key). */
export class MailPasswordUnreadable extends Error {
  constructor() {
    super(
      'The saved mail password cannot be read on this server (it was sealed with another secret key). Enter the password again in the mail settings, or give every Heard server the same HEARD_SECRET_KEY.',
    );
  }
}

/** The settings with their password opened, to send with; throws MailPasswordUnreadable when it cannot be. */
export function openMailSettings(settings: MailSettingsRecord, box: SecretBox): MailSending {
  if (settings.storedPassword === null) return { ...settings, password: null };
  const password = box.open(settings.storedPassword, passwordContext(settings.councilId));
  if (password === null) throw new MailPasswordUnreadable();
  return { ...settings, password };
}

/**
 * Seals every mail password saved before passwords were sealed (once, at start; a value already sealed is left as it
 * is). Answers how many it sealed.
 */
export async function sealStoredMailPasswords(db: Db, box: SecretBox): Promise<number> {
  const rows = await db.selectFrom('mail_settings').select(['council_id', 'password']).where('password', 'is not', null).execute();
  let sealed = 0;
  for (const row of rows) {
    if (row.password === null || row.password === '' || box.isSealed(row.password)) continue;
    // Only if it is still the same value (another server may have sealed or replaced it meanwhile).
    const done = await db
      .updateTable('mail_settings')
      .set({ password: box.seal(row.password, passwordContext(row.council_id)) })
      .where('council_id', '=', row.council_id)
      .where('password', '=', row.password)
      .executeTakeFirst();
    sealed += Number(done.numUpdatedRows);
  }
  return sealed;
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
    const box = secretBox(deps.config);
    const context = passwordContext(staff.councilId);
    const kept = sameAccount ? before.storedPassword : null;
    const typed = username === null ? undefined : input.password;
    const password = username === null ? null : typed !== undefined ? box.seal(typed, context) : kept;
    const beforePassword = before?.storedPassword ? box.open(before.storedPassword, context) : null;
    const passwordChanged = typed !== undefined ? typed !== beforePassword : password !== (before?.storedPassword ?? null);
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
          passwordChanged,
        },
      },
      now,
    );
  });
  // Alerts queued while email was not set up go now.
  kickDispatchers();
  return mailSettingsAnswer(deps.db, staff.councilId);
}
