import { describe, expect, it } from 'vitest';
import { mailSettingsInputSchema } from '../../../../../shared/alerts';
import { emptyMailForm, mailFormBody, mailFormFrom } from './mail-form';

const view = {
  host: 'smtp.council.example',
  port: 587,
  secure: false,
  username: 'heard',
  passwordSet: true,
  from: 'heard@council.example',
  dutyInbox: 'duty@council.example',
  moreInboxes: ['deputy@council.example'],
  baseUrl: 'https://heard.council.example',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('the alert email form', () => {
  it('never holds the saved password: empty means keep it, so the body leaves it out', () => {
    const form = mailFormFrom(view);
    expect(form.password).toBe('');
    const body = mailFormBody(form);
    expect('password' in body).toBe(false);
    expect(mailSettingsInputSchema.safeParse(body).success).toBe(true);
  });
  it('sends a new password, and the more inboxes one a line or comma-separated', () => {
    const body = mailFormBody({ ...mailFormFrom(view), password: 'new pass', moreInboxes: 'a@x.example, b@x.example\nc@x.example\n' });
    expect(body).toMatchObject({ password: 'new pass', moreInboxes: ['a@x.example', 'b@x.example', 'c@x.example'] });
  });
  it('sends no password when there is no user name (the server needs no sign-in)', () => {
    expect('password' in mailFormBody({ ...mailFormFrom(view), username: ' ', password: 'x' })).toBe(false);
  });
  it('leaves a port that is not a number for the server to refuse', () => {
    const body = mailFormBody({ ...emptyMailForm('https://heard.example'), port: '58x' });
    expect(mailSettingsInputSchema.safeParse(body).success).toBe(false);
  });
});
