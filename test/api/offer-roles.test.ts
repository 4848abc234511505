// Who may use each staff route of the local offer, on SQLite and PostgreSQL: every role of this council and of
// another, and nobody signed in. Drafts: admin and participation; publishing and retiring: admin only.
import { beforeEach, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/shared/roles';
import { OFFER_EDIT_ROLES, OFFER_PUBLISH_ROLES, staffOfferItemAnswerSchema } from '../../src/shared/offer-staff';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';
import { offerInput } from '../fixtures/offer-items';

const BASE = '/api/v1/staff/offer';
type Call = {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: (id: string) => string;
  body?: unknown;
  ok: number;
  roles: readonly Role[];
  byId: boolean;
};

const CALLS: Call[] = [
  { name: 'list', method: 'GET', path: () => BASE, ok: 200, roles: OFFER_EDIT_ROLES, byId: false },
  { name: 'create', method: 'POST', path: () => BASE, body: offerInput(), ok: 201, roles: OFFER_EDIT_ROLES, byId: false },
  { name: 'update', method: 'PUT', path: (id) => `${BASE}/${id}`, body: offerInput({ sortOrder: 99 }), ok: 200, roles: OFFER_EDIT_ROLES, byId: true },
  {
    name: 'publish',
    method: 'POST',
    path: (id) => `${BASE}/${id}/publish`,
    body: { acknowledgeChecks: true },
    ok: 200,
    roles: OFFER_PUBLISH_ROLES,
    byId: true,
  },
  {
    name: 'retire',
    method: 'POST',
    path: (id) => `${BASE}/${id}/retire`,
    body: { reason: 'Ended.' },
    ok: 200,
    roles: OFFER_PUBLISH_ROLES,
    byId: true,
  },
  { name: 'history', method: 'GET', path: (id) => `${BASE}/${id}/history`, ok: 200, roles: OFFER_EDIT_ROLES, byId: true },
];

describeOnDatabases('offer staff roles', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let other: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let admin: ReturnType<ApiEnv['staff']>;

  const draft = async () => staffOfferItemAnswerSchema.parse((await admin('POST', BASE, offerInput())).json()).item.id;
  const as = async (councilId: string, role: Role) => env.staff(await env.signInStaff((await env.createStaff(councilId, { roles: [role] })).email));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil();
    other = await env.createCouncil();
    admin = await as(council.id, 'admin');
  });

  it.each(ROLES)('lets %s of this council do what its role allows and nothing else', async (role) => {
    const staff = await as(council.id, role);
    for (const call of CALLS) {
      const id = await draft();
      const before = await env.counts('offer_items', 'offer_versions', 'change_log');
      const res = await staff(call.method, call.path(id), call.body);
      if (call.roles.includes(role)) {
        expect(res.statusCode, `${role} ${call.name}: ${res.body}`).toBe(call.ok);
      } else {
        expectErrorBody(res, 403, 'forbidden');
        expect(await env.counts('offer_items', 'offer_versions', 'change_log'), `${role} ${call.name}`).toEqual(before);
      }
    }
  });

  it.each(ROLES)('never lets %s of another council reach this council’s items', async (role) => {
    const staff = await as(other.id, role);
    for (const call of CALLS.filter((c) => c.byId)) {
      const id = await draft();
      const before = await env.counts('offer_items', 'offer_versions', 'change_log');
      const res = await staff(call.method, call.path(id), call.body);
      expectErrorBody(res, call.roles.includes(role) ? 404 : 403);
      expect(await env.counts('offer_items', 'offer_versions', 'change_log')).toEqual(before);
    }
    // Their list and what they create are their own council's.
    if (OFFER_EDIT_ROLES.includes(role as (typeof OFFER_EDIT_ROLES)[number])) {
      await draft();
      expect((await staff('GET', BASE)).json<{ items: unknown[] }>().items).toEqual([]);
      expect((await staff('POST', BASE, offerInput())).statusCode).toBe(201);
      const mine = await env.db.selectFrom('offer_items').select('council_id').where('council_id', '=', other.id).execute();
      expect(mine).toHaveLength(1);
    }
  });

  it('answers 401 to anyone signed out, and 403 csrf without the safety header', async () => {
    const id = await draft();
    const before = await env.counts('offer_items', 'offer_versions', 'change_log');
    for (const call of CALLS) {
      const res = await env.app.inject({ method: call.method, url: call.path(id), ...(call.body ? { payload: call.body as object } : {}) });
      expectErrorBody(res, 401, 'unauthorized');
    }
    for (const call of CALLS.filter((c) => c.method !== 'GET')) {
      expectErrorBody(await admin(call.method, call.path(id), call.body, { csrf: false }), 403, 'csrf');
    }
    expect(await env.counts('offer_items', 'offer_versions', 'change_log')).toEqual(before);
  });
});
