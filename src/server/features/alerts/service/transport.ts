// Sends one email through the council's mail server (nodemailer), with short timeouts so a server that does not
// answer fails the try (and the alert is tried again later) rather than holding the sender.
import nodemailer from 'nodemailer';
import type { AlertEmail } from '../email';
import type { MailSending } from './mail-settings';

export type SendMail = (settings: MailSending, to: string, email: AlertEmail) => Promise<void>;

export const sendBySmtp: SendMail = async (settings, to, email) => {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.username ? { auth: { user: settings.username, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({ from: settings.from, to, subject: email.subject, text: email.text });
  } finally {
    transport.close();
  }
};
