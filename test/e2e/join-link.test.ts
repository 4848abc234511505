// A join link in real Chromium: one join request per link, never two, then home, at home's address; a joined phone
// opening the link again sends none. A link with a wrong code shows why on the join screen, and pressing Join tries
// again with a new request.
import { describe, expect, it } from 'vitest';
import { browserAvailable, heardInChromium, newPhone, type PhoneContext } from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const t = (key: string) => text('en', key);

/** The join requests (`POST /api/v1/devices`) the phone sends. */
function joinRequests(phone: PhoneContext): string[] {
  const sent: string[] = [];
  phone.context.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/devices') sent.push(req.url());
  });
  return sent;
}

describe.skipIf(!run)('join link in Chromium', () => {
  const heard = heardInChromium();

  it('joins with one request and lands on home at "/"', async () => {
    const phone = await newPhone(heard.browser, heard.server.origin);
    const sent = joinRequests(phone);
    await phone.page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    await phone.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await phone.page.waitForURL(`${heard.server.origin}/`);
    expect(sent).toHaveLength(1);

    // A joined phone opening a join link again stays joined and sends nothing.
    await phone.page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    await phone.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    expect(sent).toHaveLength(1);
    expect(phone.foreignRequests).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });

  it('draws home from a join link in few files: one words file, one file of contracts, at most 22 requests', async () => {
    const phone = await newPhone(heard.browser, heard.server.origin);
    const asked: string[] = [];
    phone.page.on('request', (req) => asked.push(new URL(req.url()).pathname));
    const answer = await phone.page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    const html = (await answer?.text()) ?? '';
    await phone.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    const before = [...asked];
    // The page a join link is sent asks for every script and style the link loads before home at once, not after its
    // script ran (join.html: JOIN_LINK_LOADS in vite.config.ts; not the font, which main.tsx asks for as it starts).
    const named = new Set([...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]));
    // Not the service worker's registration and update prompt: the shell loads them after its first screen, by design.
    const afterFirstScreen = /^\/assets\/(update-prompt|workbox-window\.prod\.es5|react)-[\w-]+\.js$/;
    expect(before.filter((p) => /^\/assets\/.+\.(js|css)$/.test(p) && !named.has(p) && !afterFirstScreen.test(p))).toEqual([]);
    // Each file is a round trip on a slow phone network (at most six at a time over HTTP/1.1): vite.config.ts groups
    // what is always loaded together. Without the groups this link asked for about 60 files before home.
    expect(
      before.filter((p) => /^\/assets\/words-/.test(p)),
      before.join('\n'),
    ).toEqual([expect.stringMatching(/^\/assets\/words-en-/)]);
    expect(before.filter((p) => /^\/assets\/contracts-/.test(p))).toHaveLength(1);
    expect(before.length, before.join('\n')).toBeLessThanOrEqual(22);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });

  it('a link with a wrong code shows why, once; Join tries again', async () => {
    const phone = await newPhone(heard.browser, heard.server.origin);
    const sent = joinRequests(phone);
    await phone.page.goto(`${heard.server.origin}/join/NOSUCHCODE`);
    await phone.page
      .getByRole('alert')
      .filter({ hasText: t('join:wrongCode') })
      .waitFor();
    expect(sent).toHaveLength(1);
    expect(await phone.page.getByLabel(t('join:codeLabel')).inputValue()).toBe('NOSUCHCODE');

    await phone.page.getByLabel(t('join:codeLabel')).fill('DEMOSHIRE');
    await phone.page.getByRole('button', { name: t('join:submit') }).click();
    await phone.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await phone.page.waitForURL(`${heard.server.origin}/`);
    expect(sent).toHaveLength(2);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });
});
