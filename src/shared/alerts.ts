// Email alerts to a council's duty inbox: the mail settings admins set (the password is write-only: sent, never
// answered) and what every member of staff is told about them.
import { z } from 'zod';
import { emailSchema } from './staff';

/** A mail server's name: letters, digits, dots and dashes (an address such as 10.0.0.5 included). */
const hostSchema = z
  .string()
  .trim()
  .min(1, { message: 'give the mail server’s name' })
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, {
    message: 'a mail server name has only letters, numbers, dots and dashes',
  });

/**
 * The staff area's public address, which links in the emails start with: https (http only for this computer, for
 * trying Heard), no path after the host but the staff area's own, no query.
 */
export const staffBaseUrlSchema = z
  .url({ message: 'must be a web address', protocol: /^https?$/ })
  .max(300)
  .refine(
    (u) => {
      // zod runs this check even when the address above failed its own: an address URL cannot read is refused here too,
      // never thrown (a throw would answer 500 instead of 400).
      if (!URL.canParse(u)) return false;
      const url = new URL(u);
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
      return (url.protocol === 'https:' || local) && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
    },
    { message: 'use the https address of Heard (with no ?query or #part)' },
  )
  .transform((u) => u.replace(/\/+$/, ''));

/** PUT /api/v1/staff/alerts/mail (admin). */
export const mailSettingsInputSchema = z.object({
  host: hostSchema,
  port: z.number().int().min(1).max(65535),
  /** true: TLS from the start (usually port 465); false: STARTTLS when the server offers it (587). */
  secure: z.boolean(),
  /** Empty: the server needs no sign-in (the password is then forgotten). */
  username: z.string().trim().max(320),
  /** Omitted: keep the one saved. Never answered by any route. */
  password: z.string().min(1).max(500).optional(),
  from: emailSchema,
  /** The safeguarding / duty inbox every alert goes to (escalations go to the named person). */
  dutyInbox: emailSchema,
  /** More inboxes that get the same alerts and the test email (a deputy team, out-of-hours). */
  moreInboxes: z
    .array(emailSchema)
    .max(4, { message: 'at most 4 more inboxes' })
    .refine((list) => new Set(list).size === list.length, { message: 'name each inbox once' })
    .default([]),
  baseUrl: staffBaseUrlSchema,
});
export type MailSettingsInput = z.infer<typeof mailSettingsInputSchema>;
export type MailSettingsForm = z.input<typeof mailSettingsInputSchema>;

export const mailSettingsViewSchema = z.object({
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  username: z.string(),
  /** Whether a password is saved (never the password). */
  passwordSet: z.boolean(),
  from: z.string(),
  dutyInbox: z.string(),
  moreInboxes: z.array(z.string()),
  baseUrl: z.string(),
  updatedAt: z.string(),
});
export type MailSettingsView = z.infer<typeof mailSettingsViewSchema>;

/** GET /api/v1/staff/alerts/mail (admin) and the answer to PUT. */
export const mailSettingsAnswerSchema = z.object({
  settings: mailSettingsViewSchema.nullable(),
  /** Alerts not sent yet (waiting for the settings, or for the mail server to answer). */
  queued: z.number(),
  /** Why the last try failed, when the newest queued alert has failed at least once. */
  lastError: z.string().nullable(),
});
export type MailSettingsAnswer = z.infer<typeof mailSettingsAnswerSchema>;

/** GET /api/v1/staff/alerts/state (every role): said plainly in the staff area when email is not set up. */
export const alertsStateSchema = z.object({ setUp: z.boolean(), queued: z.number() });
export type AlertsState = z.infer<typeof alertsStateSchema>;

/** POST /api/v1/staff/alerts/mail/test → 200 (502 'mail-failed' with the server's reason): every inbox, comma-separated. */
export const mailTestAnswerSchema = z.object({ sentTo: z.string() });
