// The alert email settings as the admin screen edits them: text fields, turned into the body the server checks. The
// password is write-only: the form starts empty, and empty means "keep the saved one".
import type { MailSettingsForm, MailSettingsView } from '../../../../../shared/alerts';

export interface MailForm {
  host: string;
  port: string;
  secure: boolean;
  username: string;
  password: string;
  from: string;
  dutyInbox: string;
  /** One address a line (or separated by commas). */
  moreInboxes: string;
  baseUrl: string;
}

export const emptyMailForm = (origin: string): MailForm => ({
  host: '',
  port: '587',
  secure: false,
  username: '',
  password: '',
  from: '',
  dutyInbox: '',
  moreInboxes: '',
  baseUrl: origin,
});

export const mailFormFrom = (view: MailSettingsView): MailForm => ({
  host: view.host,
  port: String(view.port),
  secure: view.secure,
  username: view.username,
  password: '',
  from: view.from,
  dutyInbox: view.dutyInbox,
  moreInboxes: view.moreInboxes.join('\n'),
  baseUrl: view.baseUrl,
});

export const splitInboxes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The body to send. The server checks every field and answers what is wrong. */
export function mailFormBody(form: MailForm): MailSettingsForm {
  return {
    host: form.host.trim(),
    port: /^\d+$/.test(form.port.trim()) ? Number(form.port.trim()) : Number.NaN,
    secure: form.secure,
    username: form.username.trim(),
    ...(form.password !== '' && form.username.trim() !== '' ? { password: form.password } : {}),
    from: form.from.trim(),
    dutyInbox: form.dutyInbox.trim(),
    moreInboxes: splitInboxes(form.moreInboxes),
    baseUrl: form.baseUrl.trim(),
  };
}
