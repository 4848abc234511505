// Staff authoring of the local offer through the real API on SQLite and PostgreSQL: drafts, publishing with the
// statutory checks and versions, retiring, history; bad input and refusals change nothing.
import { beforeEach, expect, it } from 'vitest';
import {
  offerHistorySchema,
  offerPublishAnswerSchema,
  offerChecksRefusalSchema,
  staffOfferItemAnswerSchema,
  staffOfferListSchema,
  type OfferItemInput,
} from '../../src/shared/offer-staff';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';
import { completeOffer, offerInput } from '../fixtures/offer-items';

const BASE = '/api/v1/staff/offer';

describeOnDatabases('offer staff', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let admin: ReturnType<ApiEnv['staff']>;
  let adminId: string;

  const create = async (input: OfferItemInput = offerInput()) => {
    const res = await admin('POST', BASE, input);
    expect(res.statusCode, res.body).toBe(201);
    return staffOfferItemAnswerSchema.parse(res.json()).item;
  };
  const publish = (id: string, body: object = { acknowledgeChecks: true }) => admin('POST', `${BASE}/${id}/publish`, body);
  const list = async () => staffOfferListSchema.parse((await admin('GET', BASE)).json());
  /** Publishes a whole offer that passes every check; answers the ids. */
  const publishComplete = async () => {
    const ids: string[] = [];
    for (const input of completeOffer()) {
      const item = await create(input);
      expect((await publish(item.id)).statusCode).toBe(200);
      ids.push(item.id);
    }
    return ids;
  };
  const setNation = (nation: 'england' | 'wales') =>
    env.db
      .updateTable('councils')
      .set({ settings: JSON.stringify({ outOfHoursPhone: '0300 555 0000', vocabulary: {}, languages: ['en', 'cy', 'ar'], nation }) })
      .where('id', '=', council.id)
      .execute();

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Offershire' });
    const made = await env.createStaff(council.id, { roles: ['admin'], name: 'Alex Admin' });
    adminId = made.id;
    admin = env.staff(await env.signInStaff(made.email));
  });

  it('creates a draft, changes it, publishes versions with what changed, and keeps the history', async () => {
    const draft = await create();
    expect(draft).toMatchObject({ state: 'draft', publishedVersion: null, publishedAt: null, unpublishedChanges: true, updatedBy: 'Alex Admin' });
    expect(draft.fields.title.en).toBe('Birthday money');

    const first = await publish(draft.id, { acknowledgeChecks: true });
    expect(first.statusCode, first.body).toBe(200);
    const v1 = offerPublishAnswerSchema.parse(first.json());
    expect(v1.item).toMatchObject({ state: 'published', publishedVersion: 1, publishedAt: env.now().toISOString(), unpublishedChanges: false });
    expect(v1.changes).toEqual([]);

    env.advance(60_000);
    const changed = offerInput({ amount: { pence: 7_500, per: 'year', note: null }, owner: 'Money team' });
    const put = await admin('PUT', `${BASE}/${draft.id}`, changed);
    expect(put.statusCode, put.body).toBe(200);
    expect(staffOfferItemAnswerSchema.parse(put.json()).item).toMatchObject({ state: 'published', publishedVersion: 1, unpublishedChanges: true });

    env.advance(60_000);
    const second = await publish(draft.id, { acknowledgeChecks: true, changeNote: { en: 'Birthday money went up to £75.' } });
    expect(second.statusCode, second.body).toBe(200);
    const v2 = offerPublishAnswerSchema.parse(second.json());
    expect(v2.item.publishedVersion).toBe(2);
    expect(v2.changes).toEqual([
      {
        field: 'amount',
        before: { pence: 5_000, per: 'year', note: { en: 'Paid into your bank account' } },
        after: { pence: 7_500, per: 'year', note: null },
      },
      { field: 'owner', before: 'Leaving care team', after: 'Money team' },
    ]);

    const history = offerHistorySchema.parse((await admin('GET', `${BASE}/${draft.id}/history`)).json());
    expect(history.versions.map((v) => [v.version, v.publishedBy, v.changes.length])).toEqual([
      [2, 'Alex Admin', 2],
      [1, 'Alex Admin', 0],
    ]);
    expect(history.versions[0]?.changeNote).toEqual({ en: 'Birthday money went up to £75.' });
    expect((await auditActions(env.db, council.id)).filter((a) => a.startsWith('offer.'))).toEqual([
      'offer.create',
      'offer.publish',
      'offer.update',
      'offer.publish',
    ]);
  });

  it('refuses to publish a draft that equals the published version', async () => {
    const item = await create();
    expect((await publish(item.id)).statusCode).toBe(200);
    // The same input again, keys in another order: still nothing new.
    const same = Object.fromEntries(Object.entries(offerInput()).reverse());
    expect((await admin('PUT', `${BASE}/${item.id}`, same)).statusCode).toBe(200);
    const before = await env.counts('offer_versions', 'change_log');
    expectErrorBody(await publish(item.id), 409, 'nothing-to-publish');
    expect(await env.counts('offer_versions', 'change_log')).toEqual(before);
  });

  it('passes a complete offer with no checks, and lists the items in sort order', async () => {
    await publishComplete();
    const listed = await list();
    expect(listed.checks).toEqual([]);
    expect(listed.items.every((i) => i.state === 'published' && !i.unpublishedChanges && !i.checkOverdue)).toBe(true);
    const item = await create(offerInput({ sortOrder: 0, title: { en: 'First of all' } }));
    const res = await publish(item.id, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(offerPublishAnswerSchema.parse(res.json()).checks).toEqual([]);
    expect((await list()).items[0]?.id).toBe(item.id);
  });

  it('refuses a publish that fails a check until the admin acknowledges it, for each check', async () => {
    const ids = await publishComplete();
    const attempt = async (input: OfferItemInput, id?: string) => {
      const target = id ?? (await create(input)).id;
      if (id) expect((await admin('PUT', `${BASE}/${id}`, input)).statusCode).toBe(200);
      const before = await env.counts('offer_versions', 'change_log');
      const res = await publish(target, {});
      expect(res.statusCode, res.body).toBe(409);
      const refusal = offerChecksRefusalSchema.parse(res.json());
      expect(await env.counts('offer_versions', 'change_log')).toEqual(before);
      return { target, checks: refusal.checks };
    };
    const [homeId, taxId] = ids;
    const home = completeOffer()[0]!;
    const below = await attempt({ ...home, amount: { pence: 250_000, per: 'once', note: null } }, homeId);
    expect(below.checks).toEqual([
      {
        code: 'setting-up-home-below-minimum',
        itemId: homeId,
        category: 'money',
        message: expect.stringContaining('£2,500 is below the £3,000 minimum'),
      },
    ]);
    // Acknowledged: published, and the answer still lists what was acknowledged.
    const ok = await publish(homeId!, { acknowledgeChecks: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(offerPublishAnswerSchema.parse(ok.json()).checks.map((c) => c.code)).toEqual(['setting-up-home-below-minimum']);
    // The list now shows it for the offer as phones have it.
    expect((await list()).checks.map((c) => c.code)).toEqual(['setting-up-home-below-minimum']);
    // In Wales the £3,000 minimum does not apply.
    await setNation('wales');
    expect((await list()).checks).toEqual([]);
    await setNation('england');
    expect((await publish(homeId!, { acknowledgeChecks: true, changeNote: null })).statusCode).toBe(409); // nothing new
    await admin('PUT', `${BASE}/${homeId}`, home);
    expect((await publish(homeId!, {})).statusCode).toBe(200);

    const missing = await attempt({ ...home, statutory: null }, homeId);
    expect(missing.checks.map((c) => c.code)).toEqual(['setting-up-home-missing']);
    await admin('PUT', `${BASE}/${homeId}`, home);

    const tax = await attempt({ ...completeOffer()[1]!, statutory: null }, taxId);
    expect(tax.checks.map((c) => c.code)).toEqual(['council-tax-missing']);
    await admin('PUT', `${BASE}/${taxId}`, completeOffer()[1]!);

    // Moving the only health item elsewhere leaves health empty.
    const healthId =
      ids[
        2 +
          completeOffer()
            .slice(2)
            .findIndex((i) => i.category === 'health')
      ]!;
    const health = completeOffer().find((i) => i.category === 'health')!;
    const empty = await attempt({ ...health, category: 'out-of-hours' }, healthId);
    expect(empty.checks).toEqual([{ code: 'category-empty', itemId: null, category: 'health', message: expect.any(String) }]);
    await admin('PUT', `${BASE}/${healthId}`, health);

    const late = await attempt(offerInput({ lastChecked: '2025-01-01', checkBy: '2026-03-01' }));
    expect(late.checks).toEqual([{ code: 'check-overdue', itemId: late.target, category: 'money', message: expect.any(String) }]);
    // A draft that is not being published is not part of the offer phones would have.
    expect((await list()).checks).toEqual([]);
    expect((await list()).items.find((i) => i.id === late.target)?.checkOverdue).toBe(true);
  });

  it('flags an item when its check-by day passes', async () => {
    await publishComplete();
    expect((await list()).checks).toEqual([]);
    env.setNow(new Date('2026-08-02T10:00:00Z'));
    const cookie = await env.signInStaff((await env.createStaff(council.id, { roles: ['admin'] })).email);
    const later = staffOfferListSchema.parse((await env.staff(cookie)('GET', BASE)).json());
    expect(later.checks.map((c) => c.code)).toEqual(Array(completeOffer().length).fill('check-overdue'));
  });

  it('retires an item (with its reason) and then refuses to change it', async () => {
    const item = await create();
    await publish(item.id);
    const res = await admin('POST', `${BASE}/${item.id}/retire`, { reason: 'The scheme ended.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(staffOfferItemAnswerSchema.parse(res.json()).item).toMatchObject({ state: 'retired', publishedVersion: 1, unpublishedChanges: false });
    const row = await env.db.selectFrom('offer_items').select(['retired_reason', 'retired_by']).where('id', '=', item.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ retired_reason: 'The scheme ended.', retired_by: adminId });
    const before = await env.counts('offer_items', 'offer_versions', 'change_log', 'audit_log');
    expectErrorBody(await admin('PUT', `${BASE}/${item.id}`, offerInput()), 409, 'item-retired');
    expectErrorBody(await publish(item.id), 409, 'item-retired');
    expectErrorBody(await admin('POST', `${BASE}/${item.id}/retire`, { reason: 'Again.' }), 409, 'item-retired');
    expect(await env.counts('offer_items', 'offer_versions', 'change_log', 'audit_log')).toEqual(before);
    expect(await auditActions(env.db, council.id)).toContain('offer.retire');
  });

  it('answers bad input with 400 and changes nothing', async () => {
    const item = await create();
    const tables = ['offer_items', 'offer_versions', 'change_log', 'audit_log'] as const;
    const before = await env.counts(...tables);
    const fieldsBefore = (await env.db.selectFrom('offer_items').select('fields').where('id', '=', item.id).executeTakeFirstOrThrow()).fields;
    const bad: Array<[string, string, unknown]> = [
      ['POST', BASE, {}],
      ['POST', BASE, { ...offerInput(), category: 'sweets' }],
      ['POST', BASE, { ...offerInput(), title: { en: '' } }],
      ['POST', BASE, { ...offerInput(), eligibility: { ...offerInput().eligibility, minAge: 22, maxAge: 18 } }],
      ['POST', BASE, { ...offerInput(), eligibility: { ...offerInput().eligibility, statuses: ['relevant', 'relevant'] } }],
      ['POST', BASE, { ...offerInput(), amount: { pence: -1, per: 'once', note: null } }],
      ['POST', BASE, { ...offerInput(), amount: { pence: 10.5, per: 'once', note: null } }],
      ['POST', BASE, { ...offerInput(), lastChecked: '2026-02-30' }],
      ['POST', BASE, { ...offerInput(), checkBy: '2026-01-01' }],
      ['POST', BASE, { ...offerInput(), languages: ['English'] }],
      // A code longer than a phone accepts (35) was once stored, and then broke every pull for the council.
      ['POST', BASE, { ...offerInput(), languages: ['en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd'] }],

      ['POST', BASE, { ...offerInput(), owner: ' ' }],
      ['POST', BASE, { ...offerInput(), title: { en: 'Nul \u0000 here' } }],
      ['PUT', `${BASE}/${item.id}`, { ...offerInput(), statutory: 'free-pizza' }],
      ['PUT', `${BASE}/${item.id}`, null],
      ['POST', `${BASE}/${item.id}/publish`, { acknowledgeChecks: 'yes' }],
      ['POST', `${BASE}/${item.id}/publish`, { changeNote: { cy: 'Dim Saesneg' } }],
      ['POST', `${BASE}/${item.id}/retire`, { reason: '' }],
      ['POST', `${BASE}/${item.id}/retire`, {}],
      ['GET', `${BASE}/${'x'.repeat(65)}/history`, undefined],
    ];
    for (const [method, url, body] of bad) {
      const res = await admin(method as 'POST', url, body);
      expect([400, 415], `${method} ${url} ${JSON.stringify(body)}: ${res.body}`).toContain(res.statusCode);
      expectErrorBody(res, res.statusCode);
    }
    expect(await env.counts(...tables)).toEqual(before);
    const fieldsAfter = (await env.db.selectFrom('offer_items').select('fields').where('id', '=', item.id).executeTakeFirstOrThrow()).fields;
    expect(fieldsAfter).toBe(fieldsBefore);
  });

  it('answers 404 for an unknown id and for another council’s item, changing nothing', async () => {
    const other = await env.createCouncil({ name: 'Elsewhere' });
    const otherAdmin = env.staff(await env.signInStaff((await env.createStaff(other.id, { roles: ['admin'] })).email));
    const theirs = staffOfferItemAnswerSchema.parse((await otherAdmin('POST', BASE, offerInput())).json()).item;
    const before = await env.counts('offer_items', 'offer_versions', 'change_log', 'audit_log');
    for (const id of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      expectErrorBody(await admin('PUT', `${BASE}/${id}`, offerInput()), 404, 'not-found');
      expectErrorBody(await publish(id), 404, 'not-found');
      expectErrorBody(await admin('POST', `${BASE}/${id}/retire`, { reason: 'No.' }), 404, 'not-found');
      expectErrorBody(await admin('GET', `${BASE}/${id}/history`), 404, 'not-found');
    }
    expect(await env.counts('offer_items', 'offer_versions', 'change_log', 'audit_log')).toEqual(before);
    expect((await list()).items).toEqual([]);
  });
});
