// "Nobody waits unseen": a possible disclosure emails the duty inbox (through a real local SMTP server) with a link
// and never the words; nothing goes for what was rolled back; a failing mail server means later, never lost; items
// waiting past the response time are escalated to the next named person; the mail settings are checked and guarded.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { WallPrompt } from '../../src/shared/wall';
import type { SafeguardingPage } from '../../src/shared/safeguarding';
import { SERVER_PORTS } from '../../src/server/features/index';
import { dispatchDue } from '../../src/server/features/alerts/service/dispatcher';
import { sealStoredMailPasswords } from '../../src/server/features/alerts/service/mail-settings';
import { secretBox } from '../../src/server/lib/secrets';
import { sendBySmtp } from '../../src/server/features/alerts/service/transport';
import { escalateOverdue } from '../../src/server/features/safeguarding/service/escalate';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

interface Mail {
  to: string[];
  body: string;
}
const received: Mail[] = [];
let refuse = false;
let smtp: SMTPServer;
let port = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString('utf8')));
      stream.on('end', () => {
        if (refuse) return callback(new Error('mailbox unavailable'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

const WORDS = 'my foster carer hits me and I am scared to go home';

// The app's own dispatcher is off: each test runs the rounds itself, so what it sees does not race a timer.
describeOnDatabases(
  'alerts',
  (harness) => {
    let env: ApiEnv;
    let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
    let admin: ReturnType<ApiEnv['staff']>;
    let moderator: ReturnType<ApiEnv['staff']>;
    let moderatorId: string;
    let modEmail: string;
    let promptId: string;
    const dispatch = () => dispatchDue({ db: env.db, now: env.now, send: sendBySmtp, secrets: secretBox(env.config) });
    // One database serves the suite: each test's council has its own inbox, and only its mail counts.
    const duty = () => `duty-${council.id.slice(0, 8)}@council.example`;
    const mine = () => received.filter((m) => m.to.some((t) => t === duty() || t.startsWith('pat-' + council.id.slice(0, 8))));
    const settings = () => ({
      host: '127.0.0.1',
      port,
      secure: false,
      username: '',
      from: 'heard@council.example',
      dutyInbox: duty(),
      baseUrl: 'https://heard.council.example',
    });
    const post = async (text: string) => {
      const device = await env.registerDevice(council.joinCode);
      return env.pushOk(device.token, [env.op('wall.post', { promptId, text })]);
    };

    beforeEach(async () => {
      env = harness();
      received.length = 0;
      refuse = false;
      council = await env.createCouncil();
      const a = await env.createStaff(council.id, { roles: ['admin'] });
      const m = await env.createStaff(council.id, { roles: ['moderator'], name: 'Mo Derator' });
      moderatorId = m.id;
      modEmail = m.email;
      admin = env.staff(await env.signInStaff(a.email));
      moderator = env.staff(await env.signInStaff(m.email));
      const prompt = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
      promptId = (prompt.json() as WallPrompt).id;
    });

    it('emails the duty inbox once, with a link and without the words; without settings it stays queued', async () => {
      expect((await post(WORDS))[0]?.status).toBe('accepted');
      // Not set up: queued, and the staff area can say so.
      await dispatch();
      expect(mine()).toEqual([]);
      expect((await moderator('GET', '/api/v1/staff/alerts/state')).json()).toEqual({ setUp: false, queued: 1 });
      const saved = await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), username: 'heard', password: 'smtp secret' });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.body).not.toContain('smtp secret');
      await dispatch();
      await dispatch();
      expect(mine()).toHaveLength(1);
      expect(mine()[0]?.to).toEqual([duty()]);
      expect(mine()[0]?.body).toContain('https://heard.council.example/staff/safeguarding');
      for (const w of ['foster', 'hits', 'scared']) expect(mine()[0]?.body.toLowerCase()).not.toContain(w);
      expect((await moderator('GET', '/api/v1/staff/alerts/state')).json()).toEqual({ setUp: true, queued: 0 });
      // The password is write-only.
      const view = await admin('GET', '/api/v1/staff/alerts/mail');
      expect(view.json()).toMatchObject({ settings: { passwordSet: true, username: 'heard' }, queued: 0 });
      expect(view.body).not.toContain('smtp secret');
      const audit = await env.db.selectFrom('audit_log').select('detail').where('action', '=', 'alerts.mail.update').execute();
      expect(JSON.stringify(audit)).not.toContain('smtp secret');
      // Saved again unchanged, the password stays; pointed at another server, the saved password is not sent there.
      await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), username: 'heard' });
      expect((await admin('GET', '/api/v1/staff/alerts/mail')).json()).toMatchObject({ settings: { passwordSet: true } });
      await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), host: 'mail.elsewhere.example', username: 'heard' });
      expect((await admin('GET', '/api/v1/staff/alerts/mail')).json()).toMatchObject({ settings: { passwordSet: false } });
    });

    it('keeps the mail password sealed in the database and opens it only to send; one saved before sealing is sealed at start', async () => {
      const sentWith: (string | null)[] = [];
      const capture = (secrets = secretBox(env.config)) =>
        dispatchDue({ db: env.db, now: env.now, secrets, send: async (s) => void sentWith.push(s.password) });
      const stored = async () =>
        (await env.db.selectFrom('mail_settings').select('password').where('council_id', '=', council.id).executeTakeFirstOrThrow()).password;
      const saved = await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), username: 'heard', password: 'smtp secret' });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(await stored()).toMatch(/^sealed:v1:/);
      expect(await stored()).not.toContain('smtp secret');
      expect((await post(WORDS))[0]?.status).toBe('accepted');
      await capture();
      expect(sentWith).toEqual(['smtp secret']);

      // Saved as typed before passwords were sealed: still sent with, and sealed at the next start.
      await env.db.updateTable('mail_settings').set({ password: 'typed before' }).where('council_id', '=', council.id).execute();
      await post(WORDS);
      await capture();
      expect(sentWith.at(-1)).toBe('typed before');
      expect(await sealStoredMailPasswords(env.db, secretBox(env.config))).toBeGreaterThanOrEqual(1);
      expect(await stored()).toMatch(/^sealed:v1:/);
      expect(await sealStoredMailPasswords(env.db, secretBox(env.config))).toBe(0);
      await post(WORDS);
      await capture();
      expect(sentWith.at(-1)).toBe('typed before');

      // A server with another key cannot open it: nothing is sent with a wrong password, and admins are told why.
      const otherKey = secretBox({ secretKey: randomBytes(32), secretKeyFile: '/nonexistent/secret.key' });
      await post(WORDS);
      const before = sentWith.length;
      await capture(otherKey);
      expect(sentWith).toHaveLength(before);
      const view = (await admin('GET', '/api/v1/staff/alerts/mail')).json() as { queued: number; lastError: string | null };
      expect(view.queued).toBe(1);
      expect(view.lastError).toContain('HEARD_SECRET_KEY');
      // The same for "Send a test email", with the password sealed under another key.
      await env.db
        .updateTable('mail_settings')
        .set({ password: otherKey.seal('smtp secret', `mail_settings.password:${council.id}`) })
        .where('council_id', '=', council.id)
        .execute();
      const test = await admin('POST', '/api/v1/staff/alerts/mail/test');
      expect(test.statusCode, test.body).toBe(409);
      expect(test.json()).toMatchObject({ code: 'mail-password-unreadable' });
    });

    it('sends nothing for a transaction that was rolled back', async () => {
      await admin('PUT', '/api/v1/staff/alerts/mail', settings());
      await expect(
        env.db.transaction().execute(async (trx) => {
          await SERVER_PORTS.alerts?.enqueue(trx, { councilId: council.id, kind: 'safeguarding', path: '/staff/safeguarding', at: env.now() });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await dispatch();
      expect(mine()).toEqual([]);
      expect(await env.db.selectFrom('alert_outbox').select('id').where('council_id', '=', council.id).execute()).toEqual([]);
    });

    it('tries again later when the mail server fails, and loses nothing', async () => {
      await admin('PUT', '/api/v1/staff/alerts/mail', settings());
      refuse = true;
      await post(WORDS);
      await dispatch();
      expect(mine()).toEqual([]);
      const row = await env.db.selectFrom('alert_outbox').selectAll().where('council_id', '=', council.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'pending', attempts: 1 });
      expect((await admin('GET', '/api/v1/staff/alerts/mail')).json()).toMatchObject({
        queued: 1,
        lastError: expect.stringContaining('mailbox unavailable'),
      });
      refuse = false;
      // Not before its backoff.
      await dispatch();
      expect(mine()).toEqual([]);
      env.advance(61_000);
      await dispatch();
      expect(mine()).toHaveLength(1);
    });

    it('assigns, gives a due time and escalates past it to the next named person', async () => {
      await admin('PUT', '/api/v1/staff/alerts/mail', settings());
      const boss = await env.createStaff(council.id, {
        roles: ['participation'],
        name: 'Pat Boss',
        email: `pat-${council.id.slice(0, 8)}@council.example`,
      });
      const put = await admin('PUT', '/api/v1/staff/safeguarding/settings', { respondWithinHours: 2, escalateTo: [boss.id, moderatorId] });
      expect(put.statusCode, put.body).toBe(200);
      await post(WORDS);
      await dispatch();
      received.length = 0;
      const page = (await moderator('GET', '/api/v1/staff/safeguarding')).json() as SafeguardingPage;
      const item = page.items[0]!;
      expect(item.dueAt).toBe(new Date(env.now().getTime() + 2 * 3_600_000).toISOString());
      const assigned = await moderator('POST', '/api/v1/staff/safeguarding/assign', { kind: item.kind, id: item.id, staffId: moderatorId });
      expect(assigned.json()).toEqual({ assignedTo: { id: moderatorId, name: 'Mo Derator' } });
      expect(await escalateOverdue(env.db, SERVER_PORTS, env.now())).toBe(0);
      const waiting = (await moderator('GET', '/api/v1/staff/waiting')).json() as Record<string, { waiting: number; overdue: number }>;
      expect(waiting['safeguarding']).toMatchObject({ waiting: 1, overdue: 0 });
      env.advance(2 * 3_600_000 + 1000);
      expect(await escalateOverdue(env.db, SERVER_PORTS, env.now())).toBe(1);
      expect(await escalateOverdue(env.db, SERVER_PORTS, env.now())).toBe(0);
      await dispatch();
      expect(mine().map((m) => m.to)).toEqual([[`pat-${council.id.slice(0, 8)}@council.example`]]);
      expect(mine()[0]?.body).not.toContain('scared');
      // Two hours on, the session has timed out: sign in again.
      moderator = env.staff(await env.signInStaff(modEmail));
      const after = (await moderator('GET', '/api/v1/staff/safeguarding')).json() as SafeguardingPage;
      expect(after.items[0]?.escalatedTo?.name).toBe('Pat Boss');
      expect(((await moderator('GET', '/api/v1/staff/waiting')).json() as Record<string, { overdue: number }>)['safeguarding']?.overdue).toBe(1);
    });

    it('checks the settings, refuses other roles and keeps councils apart', async () => {
      const before = await env.counts('mail_settings', 'safeguarding_settings');
      await dispatch();
      received.length = 0;
      expectErrorBody(await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), baseUrl: 'http://evil.example' }), 400, 'invalid-input');
      // Addresses the URL reader cannot read at all are a 400 too (the check once threw, answering 500).
      for (const baseUrl of ['not a web address', 'http://[', 'https://exa mple.org', 'https://%zz'])
        expectErrorBody(await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), baseUrl }), 400, 'invalid-input');
      expectErrorBody(await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), port: 70000 }), 400, 'invalid-input');
      expectErrorBody(await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), dutyInbox: 'nobody' }), 400, 'invalid-input');
      expectErrorBody(await admin('POST', '/api/v1/staff/alerts/mail/test'), 409, 'mail-not-set-up');
      expectErrorBody(await moderator('GET', '/api/v1/staff/alerts/mail'), 403);
      expectErrorBody(await moderator('PUT', '/api/v1/staff/alerts/mail', settings()), 403);
      expectErrorBody(await moderator('PUT', '/api/v1/staff/safeguarding/settings', { respondWithinHours: 4, escalateTo: [] }), 403);
      const other = await env.createCouncil();
      const stranger = await env.createStaff(other.id, { roles: ['moderator'] });
      expectErrorBody(
        await admin('PUT', '/api/v1/staff/safeguarding/settings', { respondWithinHours: 4, escalateTo: [stranger.id] }),
        400,
        'invalid-input',
      );
      expect(await env.counts('mail_settings', 'safeguarding_settings')).toEqual(before);
      await post(WORDS);
      const item = ((await moderator('GET', '/api/v1/staff/safeguarding')).json() as SafeguardingPage).items[0]!;
      const otherMod = env.staff(await env.signInStaff(stranger.email));
      expectErrorBody(await otherMod('POST', '/api/v1/staff/safeguarding/assign', { kind: item.kind, id: item.id, staffId: stranger.id }), 404);
      const iro = await env.createStaff(council.id, { roles: ['iro'] });
      const iroCookie = env.staff(await env.signInStaff(iro.email));
      expect((await iroCookie('GET', '/api/v1/staff/waiting')).json()).toEqual({});
      await admin('PUT', '/api/v1/staff/alerts/mail', settings());
      expect((await admin('POST', '/api/v1/staff/alerts/mail/test')).json()).toEqual({ sentTo: duty() });
      expect(mine()).toHaveLength(1);
    });

    it('sends to every inbox, never answers the password, and refuses bad input, other roles and other councils', async () => {
      const more = `deputy-${council.id.slice(0, 8)}@council.example`;
      const withPassword = await admin('PUT', '/api/v1/staff/alerts/mail', {
        ...settings(),
        username: 'heard-alerts',
        password: 'correct horse battery staple',
        moreInboxes: [more],
      });
      expect(withPassword.statusCode, withPassword.body).toBe(200);
      const read = await admin('GET', '/api/v1/staff/alerts/mail');
      for (const answer of [withPassword, read]) {
        expect(answer.body).not.toContain('correct horse');
        expect(answer.json()).toMatchObject({ settings: { passwordSet: true, username: 'heard-alerts', dutyInbox: duty(), moreInboxes: [more] } });
      }
      const saved = read.json() as unknown;
      const audit = await env.db.selectFrom('audit_log').select('detail').where('action', '=', 'alerts.mail.update').execute();
      expect(JSON.stringify(audit)).not.toContain('correct horse');

      // Bad input: a clear 400 and nothing changed.
      for (const bad of [
        { ...settings(), moreInboxes: ['not an address'] },
        { ...settings(), moreInboxes: [more, more] },
        { ...settings(), moreInboxes: ['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example', 'e@x.example'] },
        { ...settings(), host: 'smtp server.example' },
        { ...settings(), password: '' },
      ]) {
        expectErrorBody(await admin('PUT', '/api/v1/staff/alerts/mail', bad), 400, 'invalid-input');
      }
      expect((await admin('GET', '/api/v1/staff/alerts/mail')).json()).toEqual(saved);

      // Other roles never see or change the settings, nor send a test.
      for (const role of ['participation', 'complaints', 'iro', 'moderator'] as const) {
        const member = await env.createStaff(council.id, { roles: [role] });
        const them = env.staff(await env.signInStaff(member.email));
        expectErrorBody(await them('GET', '/api/v1/staff/alerts/mail'), 403);
        expectErrorBody(await them('POST', '/api/v1/staff/alerts/mail/test'), 403);
        expectErrorBody(await them('PUT', '/api/v1/staff/safeguarding/settings', { respondWithinHours: 1, escalateTo: [] }), 403);
      }
      // Another council's admin sees none of this council's settings, and its test has nothing to send.
      const other = await env.createCouncil();
      const otherAdmin = env.staff(await env.signInStaff((await env.createStaff(other.id, { roles: ['admin'] })).email));
      expect((await otherAdmin('GET', '/api/v1/staff/alerts/mail')).json()).toMatchObject({ settings: null });
      expectErrorBody(await otherAdmin('POST', '/api/v1/staff/alerts/mail/test'), 409, 'mail-not-set-up');
      expect((await admin('GET', '/api/v1/staff/alerts/mail')).json()).toEqual(saved);

      // The test email really goes through the mail server, to both inboxes (this one needs no sign-in).
      await dispatch();
      received.length = 0;
      await admin('PUT', '/api/v1/staff/alerts/mail', { ...settings(), moreInboxes: [more] });
      expect((await admin('POST', '/api/v1/staff/alerts/mail/test')).json()).toEqual({ sentTo: `${duty()}, ${more}` });
      expect(received.map((m) => m.to)).toEqual([[duty(), more]]);
      // A mail server that refuses: a 502 with its reason, never a 500.
      refuse = true;
      expectErrorBody(await admin('POST', '/api/v1/staff/alerts/mail/test'), 502, 'mail-failed');
    });
  },
  { app: { background: false } },
);
