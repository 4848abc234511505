// One interleaving of the sync property test (chaos-suite.ts), step by step, with the real app modules and the real
// server: a page sends "This helps" and reloads before the answer; on the new page the young person changes it to "Not
// enough yet", which replaces the op still waiting (feed-data.ts) and is sent; the old page's request reaches the
// server only after that. The server keeps what the phone shows.
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeOnDatabases, nextAddress, type ApiEnv } from '../fixtures/api-harness';
import { openPage, wipePhone } from './chaos-page';
import { makeWorld, type World } from './chaos-world';
import { prng } from './chaos-net';

describeOnDatabases(
  'a reaction sent from a page that reloaded',
  (harness) => {
    let env: ApiEnv;
    let world: World;
    beforeAll(async () => {
      env = harness();
      world = await makeWorld(env);
    });
    afterEach(() => vi.unstubAllGlobals());
    afterAll(() => wipePhone());

    it('arrives after the change that replaced it, and the server keeps the change', async () => {
      await wipePhone();
      const address = nextAddress();
      /** Pushes held on the wire: the request has left the phone, the server has not had it yet. */
      const held: Array<() => void> = [];
      let hold = false;
      vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
        if (hold && init.method === 'POST') await new Promise<void>((go) => held.push(go));
        const headers: Record<string, string> = {};
        new Headers(init.headers).forEach((v, k) => (headers[k] = v));
        const res = await env.app.inject({
          method: (init.method ?? 'GET') as 'GET' | 'POST',
          url: String(input),
          headers,
          remoteAddress: address,
          ...(typeof init.body === 'string' ? { payload: init.body } : {}),
        });
        return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
      });

      const random = prng(1);
      const old = await openPage(random);
      expect(await old.app.join.joinCouncil(world.joinCode)).toBe('joined');
      await old.engine.requestSync();
      expect(await old.app.feed.react(world.feedItem, 'helps')).toBe(true);
      hold = true;
      old.trigger();
      await vi.waitFor(() => expect(held).toHaveLength(1));
      old.kill();

      hold = false;
      const page = await openPage(random);
      expect(await page.app.feed.react(world.feedItem, 'not-enough')).toBe(true);
      await page.engine.requestSync();
      expect(await page.db.outbox.count()).toBe(0);
      held.splice(0).forEach((go) => go());
      await old.settle();
      await page.engine.requestSync();

      const device = (await page.db.meta.get('device'))?.value as { deviceId: string };
      const kept = await env.db
        .selectFrom('feed_reactions')
        .select('reaction')
        .where('item_id', '=', world.feedItem)
        .where('device_id', '=', device.deviceId)
        .executeTakeFirst();
      expect((await page.db.myReactions.get(world.feedItem))?.reaction).toBe('not-enough');
      expect(kept?.reaction).toBe('not-enough');
      page.kill();
    });
  },
  { app: { rateLimits: false, background: false } },
);
