// "Send a test email": straight to every inbox alerts go to, outside any transaction, answering what the mail server said.
import { HttpError } from '../../../lib/errors';
import { audit } from '../../../lib/audit';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { loadCouncilRecord } from '../../../council/load';
import { testEmail } from '../email';
import { secretBox } from '../../../lib/secrets';
import { loadMailSettings, MailPasswordUnreadable, openMailSettings, type MailSending } from './mail-settings';
import type { SendMail } from './transport';

export async function sendTestEmail(deps: AppDeps, staff: StaffAuth, send: SendMail): Promise<{ sentTo: string }> {
  const [settings, council] = await Promise.all([loadMailSettings(deps.db, staff.councilId), loadCouncilRecord(deps.db, staff.councilId)]);
  if (!settings) throw new HttpError(409, 'mail-not-set-up', 'Save the mail settings first, then send a test email.');
  let sending: MailSending;
  try {
    sending = openMailSettings(settings, secretBox(deps.config));
  } catch (error) {
    if (error instanceof MailPasswordUnreadable) throw new HttpError(409, 'mail-password-unreadable', error.message);
    throw error;
  }
  const sentTo = settings.inboxes.join(', ');
  let failure: string | null = null;
  try {
    await send(sending, sentTo, testEmail(council?.settings.nation ?? 'england'));
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  await audit(
    deps.db,
    {
      councilId: staff.councilId,
      staffId: staff.staffId,
      action: 'alerts.mail.test',
      entity: 'mail_settings',
      entityId: staff.councilId,
      detail: { to: sentTo, sent: failure === null },
    },
    deps.now(),
  );
  if (failure !== null) throw new HttpError(502, 'mail-failed', `The mail server did not take the test email: ${failure.slice(0, 300)}`);
  return { sentTo };
}
