// Headers and privacy in real Chromium. The Content Security Policy is exactly the server's (no inline script, no
// eval); while the main journeys run (young person: join, a wall post, "How's life?", a request, the local offer;
// staff: sign in, moderation, the survey editor, the results) the browser reports no CSP violation; every request the
// pages and the service worker make goes to Heard's own origin; and once a survey response is in, no table of the
// SQLite database links it to the phone: no survey row and no op record holds the device id, the survey op's id
// (outside its own anonymous record) or the client's address. Negative controls show each check catches what it is for.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/lib/security-headers';
import { browserAvailable, demoAccount, heardInChromium, openFirstPrompt, signInStaff, waitForServiceWorker } from './harness';
import { text } from './locale-text';
import { join, settle } from './screens';

const run = browserAvailable();
const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const CLIENT_IP = '127.0.0.1';

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every request the pages and their service worker made (the worker's marked). */
  requests: { url: string; fromWorker: boolean }[];
  /** securitypolicyviolation events, and the console's "Refused to…" CSP errors. */
  violations: string[];
  pageErrors: string[];
}

/** A phone (or a staff browser) whose every request and every CSP violation is recorded. */
async function watched(browser: Browser, init?: () => void): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB', serviceWorkers: 'allow' });
  const requests: Watched['requests'] = [];
  const violations: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (req) => requests.push({ url: req.url(), fromWorker: req.serviceWorker() !== null }));
  // A binding is called through the DevTools protocol, so the listener itself needs nothing the CSP forbids.
  await context.exposeBinding('__heardCspViolation', (_source, report: string) => violations.push(report));
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __heardCspViolation(r: string): void }).__heardCspViolation;
        report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      },
      true,
    );
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to (load|execute|connect|evaluate|apply|frame)/i.test(m.text()))
      violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  return { context, page, requests, violations, pageErrors };
}

/** Requests that left `origin` (data: and blob: URLs never reach a network). */
function foreign(w: Watched, origin: string): string[] {
  return w.requests.map((r) => r.url).filter((u) => new URL(u).origin !== origin && !/^(data|blob):/.test(u));
}

/** The phone's own IndexedDB: its device id and the ids of the queued ops of one type. */
async function phoneIds(page: Page, opType: string): Promise<{ deviceId: string; opIds: string[] }> {
  return page.evaluate(
    (type) =>
      new Promise<{ deviceId: string; opIds: string[] }>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'outbox']);
          const device = tx.objectStore('meta').get('device');
          const ops = tx.objectStore('outbox').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const value = (device.result as { value?: { deviceId?: string } } | undefined)?.value;
            resolve({
              deviceId: value?.deviceId ?? '',
              opIds: (ops.result as { id: string; type: string }[]).filter((o) => o.type === type).map((o) => o.id),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    opType,
  );
}

type Tables = Record<string, Record<string, unknown>[]>;

/** Every row of every table of the SQLite file. */
function readAllTables(file: string): Tables {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    return Object.fromEntries(names.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]]));
  } finally {
    db.close();
  }
}

const cell = (v: unknown) => (Buffer.isBuffer(v) ? `${v.toString('hex')} ${v.toString('latin1')}` : String(v));
const rowText = (row: Record<string, unknown>) => Object.values(row).map(cell).join('\u0000').toLowerCase();

/**
 * What links a survey response to its phone, table by table: a survey row (survey_*) or any row that holds the
 * response's words or the survey op's id, and that also holds the device id, the op id (outside the op's own anonymous
 * record) or the client's address. Also: the op's id kept anywhere but `anonymous_ops`.
 */
function surveyLinks(tables: Tables, ids: { deviceId: string; opId: string; words: string }): string[] {
  const problems: string[] = [];
  const deviceId = ids.deviceId.toLowerCase();
  const opId = ids.opId.toLowerCase();
  const words = ids.words.toLowerCase();
  for (const [table, rows] of Object.entries(tables)) {
    rows.forEach((row, i) => {
      const s = rowText(row);
      const aboutSurvey = table.startsWith('survey_') || s.includes(words) || s.includes(opId);
      if (!aboutSurvey) return;
      if (s.includes(deviceId)) problems.push(`${table}[${i}] holds the device id`);
      if (s.includes(CLIENT_IP)) problems.push(`${table}[${i}] holds the client address`);
      if (s.includes(opId) && table !== 'anonymous_ops') problems.push(`${table}[${i}] holds the survey op's id`);
      if (s.includes(opId) && table === 'anonymous_ops' && 'device_id' in row) problems.push(`${table}[${i}] has a device column`);
    });
  }
  return problems;
}

describe.skipIf(!run)('CSP, origin and survey privacy in Chromium', () => {
  const heard = heardInChromium();

  it('sends exactly the strict CSP, and index.html has no inline script or handler', async () => {
    for (const url of ['/', '/join/DEMOSHIRE', '/staff', '/wall', '/sw.js']) {
      const res = await fetch(`${heard.server.origin}${url}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, url).toBe(CONTENT_SECURITY_POLICY);
    }
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
    // index.html, and join.html (what a join link is sent: index.html with more files asked for at once).
    for (const page of ['/', '/join/DEMOSHIRE']) {
      const html = await (await fetch(`${heard.server.origin}${page}`)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, 'every script is a file').toMatch(/\bsrc=/);
        expect(body!.trim()).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it(
    'runs the young person’s and staff journeys with no CSP violation and no request off its origin, and keeps the survey unlinked',
    { timeout: 300_000 },
    async () => {
      const origin = heard.server.origin;
      const phone = await watched(heard.browser);
      const { page, context } = phone;

      // Join, then a wall post that reaches the council.
      await join(page, origin, 'en');
      await waitForServiceWorker(page);
      await openFirstPrompt(page);
      const post = `A quiet room to do homework ${Date.now()}`;
      await page.getByLabel(t('wall:write.label')).fill(post);
      await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
      await page.locator('.wall-post-mine', { hasText: post }).getByText(t('wall:journey.delivered')).waitFor({ timeout: 30_000 });

      // "How's life?", answered offline so the op's id can be read from the outbox before it goes.
      await context.setOffline(true);
      await page.goto(`${origin}/survey`).catch(() => undefined);
      await settle(page);
      await page.getByRole('button', { name: '9', exact: true }).click();
      await page.getByRole('button', { name: t('surveys:intro.start') }).click();
      await page.getByRole('progressbar').waitFor();
      const surveyWords = `More football at the weekend ${Date.now()}`;
      const about = page.getByRole('heading', { level: 2, name: t('surveys:about.title'), exact: true });
      for (let i = 0; i < 40 && !(await about.count()); i++) {
        const box = page.locator('.survey-text textarea');
        if ((await box.count()) && !(await box.inputValue())) await box.fill(surveyWords);
        const before = await page.getByRole('progressbar').getAttribute('aria-valuetext');
        await page.locator('.survey-nav .button:not(.button-secondary)').click();
        await page.waitForFunction((was) => {
          const bar = document.querySelector('progress[aria-valuetext]');
          return !bar || bar.getAttribute('aria-valuetext') !== was;
        }, before);
      }
      await about.waitFor();
      await page.getByRole('button', { name: t('surveys:about.send') }).click();
      await page.getByRole('heading', { level: 1, name: t('surveys:thanks.title') }).waitFor();
      const ids = await phoneIds(page, 'survey.submit');
      expect(ids.deviceId).toMatch(/^[0-9a-f-]{36}$/);
      expect(ids.opIds).toHaveLength(1);
      await context.setOffline(false);
      await page.getByText(t('surveys:thanks.sent')).waitFor({ timeout: 30_000 });

      // A request ("contact me"), sent online.
      await page.goto(`${origin}/help/new/contact-me`);
      await settle(page);
      await page.getByRole('radio', { name: t('requests:form.contact.text') }).check();
      await page.getByLabel(t('requests:form.contact.number')).fill('07700 900123');
      await page.getByRole('checkbox', { name: t('requests:form.contact.safeToText') }).check();
      await page.getByRole('button', { name: t('requests:form.next') }).click();
      await page.getByRole('button', { name: t('requests:form.send.send'), exact: true }).click();
      await page.waitForURL(/\/help\/mine\//);
      await settle(page);

      // The local offer: its front page, "for me", a topic and an item.
      for (const url of ['/offer', '/offer/for-me', '/offer/category/money', '/offer/item/offer-setting-up-home']) {
        await page.goto(`${origin}${url}`);
        await settle(page);
      }

      // Staff: the moderator approves the post; the participation officer writes a pulse and reads the results.
      const moderator = await watched(heard.browser);
      await signInStaff(moderator.page, origin, demoAccount('moderator'));
      await moderator.page.goto(`${origin}/staff/moderation`);
      const card = moderator.page.locator('li.staff-card', { hasText: post });
      await card.getByRole('button', { name: t('staff:moderation.approve'), exact: true }).click();
      await card.waitFor({ state: 'detached' });

      const officer = await watched(heard.browser);
      await signInStaff(officer.page, origin, demoAccount('participation'));
      await officer.page.goto(`${origin}/staff/surveys/new-pulse`);
      const main = officer.page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: t('survey-authoring:editor.pulseTitle') }).waitFor();
      await officer.page.locator('#q0-text-en').fill('How was your week?');
      await main.getByRole('button', { name: t('survey-authoring:editor.preview', { n: 1 }) }).click();
      await main.getByText('How was your week?').last().waitFor();
      await officer.page.goto(`${origin}/staff/survey-results`);
      await officer.page.getByRole('heading', { level: 1 }).waitFor();
      await officer.page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 20_000 });

      // The phone's worker fetched its precache itself: those requests are in the record too.
      expect(phone.requests.filter((r) => r.fromWorker).length, 'requests made by the service worker').toBeGreaterThan(0);
      for (const [who, w] of [
        ['phone', phone],
        ['moderator', moderator],
        ['participation officer', officer],
      ] as const) {
        expect(w.violations, `CSP violations (${who})`).toEqual([]);
        expect(foreign(w, origin), `requests off the origin (${who})`).toEqual([]);
        expect(w.pageErrors, `uncaught errors (${who})`).toEqual([]);
      }

      // The response is in, and nothing links it to this phone.
      const tables = readAllTables(path.join(heard.server.dataDir, 'heard.sqlite'));
      const stored = [...(tables.survey_held ?? []), ...(tables.survey_responses ?? [])].filter((r) =>
        rowText(r).includes(surveyWords.toLowerCase()),
      );
      expect(stored).toHaveLength(1);
      expect((tables.anonymous_ops ?? []).filter((r) => r.id === ids.opIds[0])).toHaveLength(1);
      const link = { deviceId: ids.deviceId, opId: ids.opIds[0]!, words: surveyWords };
      expect(surveyLinks(tables, link)).toEqual([]);
      // Negative control: the same check on the same tables with the device id written into the survey row finds it.
      const tampered = { ...tables, survey_responses: [...(tables.survey_responses ?? []), { ...stored[0], note: ids.deviceId }] };
      expect(surveyLinks(tampered, link)).toContain(`survey_responses[${tables.survey_responses?.length ?? 0}] holds the device id`);
      // …and the device is known to the server (so the check is looking for an id that is really stored elsewhere).
      expect(Object.values(tables).some((rows) => rows.some((r) => rowText(r).includes(ids.deviceId)))).toBe(true);

      for (const w of [phone, moderator, officer]) await w.context.close();
    },
  );

  it('negative controls: an inline script, eval, a cross-origin fetch and a foreign navigation are all caught', { timeout: 120_000 }, async () => {
    const origin = heard.server.origin;
    const elsewhere = origin.replace('127.0.0.1', 'localhost');
    const w = await watched(heard.browser);
    await w.page.goto(`${origin}/join`);
    await settle(w.page);
    expect(w.violations).toEqual([]);

    await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect.poll(() => w.violations.some((v) => v.startsWith('script-src') && /inline/.test(v))).toBe(true);
    expect(await w.page.evaluate(() => '__inline' in window)).toBe(false);

    // Eval from a page script (a string given to setTimeout is eval): refused and reported. (The DevTools protocol's
    // own evaluation is exempt from the CSP, so the string is handed to the page's timer to run.)
    const before = w.violations.length;
    await w.page.evaluate(() => {
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaluated = 1', 0);
    });
    await expect.poll(() => w.violations.slice(before).some((v) => v.startsWith('script-src') && /eval/.test(v))).toBe(true);
    expect(await w.page.evaluate(() => '__evaluated' in window)).toBe(false);

    const beforeFetch = w.violations.length;
    await w.page.evaluate((url) => fetch(url).catch(() => undefined), `${elsewhere}/api/v1/health`);
    await expect.poll(() => w.violations.slice(beforeFetch).some((v) => v.startsWith('connect-src'))).toBe(true);

    // A navigation is not the CSP's to stop: the request record catches it.
    expect(foreign(w, origin)).toEqual([]);
    await w.page.goto(`${elsewhere}/privacy`);
    expect(foreign(w, origin)).toContain(`${elsewhere}/privacy`);
    await w.context.close();
  });

  it('negative control: zod allowed to compile with eval breaks the CSP on a staff screen', { timeout: 120_000 }, async () => {
    // The app's start switches zod to jitless; here that switch is ignored, as if the app had never made it.
    const w = await watched(heard.browser, () => {
      const config: Record<string, unknown> = {};
      Object.defineProperty(globalThis, '__zod_globalConfig', {
        value: new Proxy(config, { set: (target, key, value) => (key === 'jitless' ? true : Reflect.set(target, key, value)) }),
      });
    });
    await signInStaff(w.page, heard.server.origin, demoAccount('participation'));
    await w.page.goto(`${heard.server.origin}/staff/survey-results`);
    await w.page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => w.violations.some((v) => v.startsWith('script-src') && /eval/.test(v)), { timeout: 20_000 }).toBe(true);
    await w.context.close();
  });
});
