import { describe, expect, it } from 'vitest';
import { ALERT_KINDS } from '../../ports/alerts';
import { alertEmail, testEmail, waitedFor } from './email';

const at = new Date('2026-12-05T09:00:00Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
const alert = {
  kind: 'safeguarding' as const,
  link: 'https://heard.example/staff/safeguarding',
  at,
  councilName: 'Anyshire {{what}} $&',
  named: false,
};

describe('alert emails', () => {
  it('are in English for a council in England, with the link and never more than that', () => {
    const email = alertEmail({ ...alert, nation: 'england' }, later(4));
    expect(email.subject).toBe('Heard: a safeguarding item is waiting');
    expect(email.text).toContain('It has been waiting for 4 minutes.');
    expect(email.text).toContain('https://heard.example/staff/safeguarding');
    // The council's name is shown as it is, never read as words to fill in.
    expect(email.text).toContain('For Anyshire {{what}} $&: something a young person wrote');
    expect(email.text).not.toMatch(/Mae wedi bod|Heard: mae|—/);
  });

  it('are in Welsh and then English for a council in Wales', () => {
    const email = alertEmail({ ...alert, kind: 'assigned', named: true, nation: 'wales' }, later(60 * 26));
    expect(email.subject).toBe('Heard: mae eitem wedi’i rhoi i chi / Heard: an item has been given to you');
    const [welsh, english] = email.text.split('\n\n—\n\n');
    expect(welsh).toContain('Mae wedi bod yn aros ers 26 awr.');
    expect(welsh).toContain('Chi yw’r person nesaf');
    expect(english).toContain('It has been waiting for 26 hours.');
    expect(english).toContain('You are the next named person for it.');
    for (const part of [welsh, english]) expect(part).toContain('https://heard.example/staff/safeguarding');
  });

  it('have words for every kind in both languages', () => {
    for (const kind of ALERT_KINDS) {
      for (const nation of ['england', 'wales'] as const) expect(() => alertEmail({ ...alert, kind, nation }, later(1))).not.toThrow();
    }
    expect(testEmail('wales').subject).toBe('Heard: e-bost prawf / Heard: a test email');
    expect(testEmail('england').text).toMatch(/^This is a test from Heard\./);
  });

  it('say how long in whole units with the right plural', () => {
    expect(waitedFor(0)).toBe('1 minute');
    expect(waitedFor(59 * 60_000)).toBe('59 minutes');
    expect(waitedFor(60 * 60_000)).toBe('1 hour');
    expect(waitedFor(47 * 3_600_000)).toBe('47 hours');
    expect(waitedFor(48 * 3_600_000)).toBe('2 days');
    expect(waitedFor(3 * 60_000, 'cy')).toBe('3 munud');
  });
});
