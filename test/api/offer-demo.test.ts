// Demoshire's local offer, on SQLite and PostgreSQL: every demo item is published once as version 1, reaches a new
// phone in its first pull, passes the law's checks, is listed in the open data, and topping up adds nothing twice.
import { beforeAll, expect, it } from 'vitest';
import { offerItemSchema } from '../../src/shared/offer';
import { staffOfferListSchema } from '../../src/shared/offer-staff';
import { DEMO_OFFER } from '../../src/server/features/offer/demo-offer';
import { DEMO_COUNCIL_ID, DEMO_JOIN_CODE, DEMO_STAFF, seedDemo, topUpDemo } from '../../src/server/db/seed';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('demo offer', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });

  it('publishes every demo item as version 1, and a new phone gets them all', async () => {
    expect(DEMO_OFFER.length).toBeGreaterThanOrEqual(30);
    const phone = await env.registerDevice(DEMO_JOIN_CODE);
    const rows = (await env.pullOk(phone.token)).changes.offerItems ?? [];
    const items = rows.map((r) => offerItemSchema.parse(r));
    expect(items.map((i) => i.id).sort()).toEqual(DEMO_OFFER.map((d) => d.id).sort());
    expect(new Set(items.map((i) => i.version))).toEqual(new Set([1]));
    const home = items.find((i) => i.id === 'offer-setting-up-home');
    expect(home).toMatchObject({ statutory: 'setting-up-home', category: 'money', amount: { pence: 300_000, per: 'once' } });
  });

  it('passes the law’s checks and is listed whole in the open data', async () => {
    const admin = DEMO_STAFF.find((s) => s.role === 'admin')!;
    const staff = env.staff(await env.signInStaff(admin.email, admin.password));
    const listed = staffOfferListSchema.parse((await staff('GET', '/api/v1/staff/offer')).json());
    expect(listed.checks).toEqual([]);
    expect(listed.items.every((i) => i.state === 'published' && !i.unpublishedChanges)).toBe(true);
    const open = await env.app.inject({ method: 'GET', url: `/api/v1/councils/${DEMO_COUNCIL_ID}/local-offer.json?lang=ar` });
    expect(open.statusCode).toBe(200);
    expect(open.json<{ total: number }>().total).toBe(DEMO_OFFER.length);
  });

  it('tops up an existing Demoshire without adding anything twice', async () => {
    const before = await env.counts('offer_items', 'offer_versions', 'change_log');
    await topUpDemo(env.db, env.now());
    expect(await env.counts('offer_items', 'offer_versions', 'change_log')).toEqual(before);
  });
});
