// The words of an alert email. They say that something is waiting, what kind, for how long, and link to it in the
// staff area; they never carry what the young person wrote, their name or how to reach them (the staff area, behind
// sign-in, holds those). Staff emails are in English, as the staff area's records are.
import type { AlertKind } from '../../ports/alerts';

export interface AlertEmail {
  subject: string;
  text: string;
}

const WHAT: Record<AlertKind, string> = {
  safeguarding: 'something a young person wrote that may be about harm is waiting in the safeguarding queue',
  'urgent-request': 'an urgent request for help is waiting',
  request: 'a new request is waiting',
  escalated: 'an item has waited past your council’s response time and nobody has acted on it yet',
  assigned: 'an item in the safeguarding queue has been given to you',
};

const SUBJECT: Record<AlertKind, string> = {
  safeguarding: 'Heard: a safeguarding item is waiting',
  'urgent-request': 'Heard: an urgent request is waiting',
  request: 'Heard: a new request is waiting',
  escalated: 'Heard: an item has waited too long',
  assigned: 'Heard: an item has been given to you',
};

/** "4 minutes", "1 hour", "3 days": how long in whole units, never less than a minute. */
export function waitedFor(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const [n, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.floor(minutes / 60), 'hour'] : [Math.floor(minutes / 1440), 'day'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

export function alertEmail(alert: { kind: AlertKind; link: string; at: Date; councilName: string; named: boolean }, now: Date): AlertEmail {
  const lines = [
    `For ${alert.councilName}: ${WHAT[alert.kind]}.`,
    `It has been waiting for ${waitedFor(now.getTime() - alert.at.getTime())}.`,
    ...(alert.named ? ['You are the next named person for it.'] : []),
    '',
    'Open it in Heard’s staff area (sign in first):',
    alert.link,
    '',
    'This email never holds what the young person wrote or who they are: read it in Heard.',
  ];
  return { subject: SUBJECT[alert.kind], text: lines.join('\n') };
}

export const TEST_EMAIL: AlertEmail = {
  subject: 'Heard: a test email',
  text: 'This is a test from Heard. Email alerts to this inbox work: when something is waiting, an email like this one will say so and link to it.',
};
