// The words of an alert email. They say that something is waiting, what kind, for how long, and link to it in the
// staff area; they never carry what the young person wrote, their name or how to reach them (the staff area, behind
// sign-in, holds those). The words are the staff area's (`alertEmail` in locales/<lng>/staff.json): a council in
// Wales gets each email in Welsh and then English, one in England in English.
import type { Nation } from '../../../shared/requests/request';
import cy from '../../../../locales/cy/staff.json';
import en from '../../../../locales/en/staff.json';
import type { AlertKind } from '../../ports/alerts';

export interface AlertEmail {
  subject: string;
  text: string;
}

type EmailLanguage = 'en' | 'cy';
const WORDS: Record<EmailLanguage, Record<string, unknown>> = { en: en.alertEmail, cy: cy.alertEmail };

/** The languages of a council's staff emails, in the order they are written. */
export const emailLanguages = (nation: Nation): EmailLanguage[] => (nation === 'wales' ? ['cy', 'en'] : ['en']);

/** One string of `alertEmail` (a path such as `what.request`), its `{{name}}`s filled in. */
function say(lng: EmailLanguage, key: string, values: Record<string, string | number> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), WORDS[lng]);
  if (typeof found !== 'string') throw new Error(`no words for alertEmail.${key} in ${lng}`);
  return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A count with its unit's plural form in the language ("4 minutes", "2 ddiwrnod"). */
function counted(lng: EmailLanguage, unit: 'minutes' | 'hours' | 'days', count: number): string {
  const form = new Intl.PluralRules(lng).select(count);
  try {
    return say(lng, `${unit}_${form}`, { count });
  } catch {
    return say(lng, `${unit}_other`, { count });
  }
}

/** How long in whole units, never less than a minute: "4 minutes", "1 hour", "3 days". */
export function waitedFor(ms: number, lng: EmailLanguage = 'en'): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return counted(lng, 'minutes', minutes);
  if (minutes < 48 * 60) return counted(lng, 'hours', Math.floor(minutes / 60));
  return counted(lng, 'days', Math.floor(minutes / 1440));
}

/** The email in each of the council's languages, one after the other. */
function inLanguages(nation: Nation, subject: (lng: EmailLanguage) => string, lines: (lng: EmailLanguage) => string[]): AlertEmail {
  const languages = emailLanguages(nation);
  return {
    subject: languages.map(subject).join(' / '),
    text: languages.map((lng) => lines(lng).join('\n')).join('\n\n—\n\n'),
  };
}

export function alertEmail(
  alert: { kind: AlertKind; link: string; at: Date; councilName: string; named: boolean; nation: Nation },
  now: Date,
): AlertEmail {
  return inLanguages(
    alert.nation,
    (lng) => say(lng, `subject.${alert.kind}`),
    (lng) => [
      say(lng, 'forCouncil', { council: alert.councilName, what: say(lng, `what.${alert.kind}`) }),
      say(lng, 'waited', { time: waitedFor(now.getTime() - alert.at.getTime(), lng) }),
      ...(alert.named ? [say(lng, 'named')] : []),
      '',
      say(lng, 'open'),
      alert.link,
      '',
      say(lng, 'never'),
    ],
  );
}

/** "Send a test email", in the council's languages. */
export const testEmail = (nation: Nation): AlertEmail =>
  inLanguages(
    nation,
    (lng) => say(lng, 'testSubject'),
    (lng) => [say(lng, 'testText')],
  );
