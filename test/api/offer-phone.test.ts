// The local offer as phones and the public get it, on SQLite and PostgreSQL: the pull carries published items only
// (each publish a new version, a retired item a tombstone), the open data lists them in Open Referral UK's shape, a
// question names an offer item of the council, and the demo seed publishes each item once.
import { beforeEach, expect, it } from 'vitest';
import { offerItemSchema, type OfferItem } from '../../src/shared/offer';
import { staffOfferItemAnswerSchema, type OfferItemInput } from '../../src/shared/offer-staff';
import { seedOfferItems } from '../../src/server/features/offer/seed';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';
import { offerInput } from '../fixtures/offer-items';

const BASE = '/api/v1/staff/offer';
const question = (offerItemId: string) => ({
  kind: 'question',
  topic: 'leaving-care',
  details: 'Can I get this if I live in another town?',
  contact: { method: 'through-worker', worker: 'personal-adviser', safeToCall: false, safeToText: false, safeToLeaveMessage: false },
  checkCode: '7K3Q9M2PXZ',
  offerItemId,
});

describeOnDatabases('offer on phones and as open data', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let admin: ReturnType<ApiEnv['staff']>;
  let phone: Device;

  const create = async (input: OfferItemInput = offerInput()) => staffOfferItemAnswerSchema.parse((await admin('POST', BASE, input)).json()).item.id;
  const publish = async (id: string, changeNote: object | null = null) => {
    const res = await admin('POST', `${BASE}/${id}/publish`, { acknowledgeChecks: true, changeNote });
    expect(res.statusCode, res.body).toBe(200);
  };
  const pulledOffer = async (since?: string) => {
    const pulled = await env.pullOk(phone.token, since);
    return { cursor: pulled.cursor, rows: (pulled.changes.offerItems ?? []) as Array<OfferItem | { id: string; deleted: true }> };
  };

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Offershire' });
    admin = env.staff(await env.signInStaff((await env.createStaff(council.id, { roles: ['admin'] })).email));
    phone = await env.registerDevice(council.joinCode);
  });

  it('pulls published items only, a new version after each publish, and a tombstone after retiring', async () => {
    const published = await create();
    const draft = await create(offerInput({ title: { en: 'Not ready yet' } }));
    await publish(published);
    const first = await pulledOffer();
    expect(first.rows.map((r) => r.id)).toEqual([published]);
    const item = offerItemSchema.strict().parse(first.rows[0]);
    expect(item).toMatchObject({ version: 1, changeNote: null, title: offerInput().title, publishedAt: env.now().toISOString() });
    expect(first.rows[0]).not.toHaveProperty('owner');
    expect(first.rows[0]).not.toHaveProperty('checkBy');

    // A draft change stays on the server until it is published.
    await admin('PUT', `${BASE}/${published}`, offerInput({ summary: { en: 'Now £75 on your birthday.' } }));
    await admin('PUT', `${BASE}/${draft}`, offerInput({ title: { en: 'Still not ready' } }));
    expect((await pulledOffer(first.cursor)).rows).toEqual([]);

    env.advance(60_000);
    await publish(published, { en: 'It went up.', cy: 'Aeth i fyny.' });
    const second = await pulledOffer(first.cursor);
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0]).toMatchObject({
      id: published,
      version: 2,
      summary: { en: 'Now £75 on your birthday.' },
      changeNote: { en: 'It went up.', cy: 'Aeth i fyny.' },
    });

    await admin('POST', `${BASE}/${published}/retire`, { reason: 'Ended.' });
    await admin('POST', `${BASE}/${draft}/retire`, { reason: 'Never needed.' });
    const third = await pulledOffer(second.cursor);
    expect(third.rows).toEqual([{ id: published, deleted: true }]);
    // A phone that joins later never sees either.
    phone = await env.registerDevice(council.joinCode);
    expect((await pulledOffer()).rows.filter((r) => !('deleted' in r))).toEqual([]);
  });

  it('never sends another council’s offer', async () => {
    const other = await env.createCouncil();
    const otherAdmin = env.staff(await env.signInStaff((await env.createStaff(other.id, { roles: ['admin'] })).email));
    const theirs = staffOfferItemAnswerSchema.parse((await otherAdmin('POST', BASE, offerInput())).json()).item.id;
    expect((await otherAdmin('POST', `${BASE}/${theirs}/publish`, { acknowledgeChecks: true })).statusCode).toBe(200);
    expect((await pulledOffer()).rows).toEqual([]);
  });

  it('publishes the open data in Open Referral UK’s shape, in the asked language, published items only', async () => {
    const money = await create();
    await create(offerInput({ title: { en: 'A draft' } }));
    const free = await create(
      offerInput({
        title: { en: 'Health passport' },
        category: 'health',
        amount: null,
        languages: ['en', 'ar'],
        sortOrder: 1,
        eligibility: { ...offerInput().eligibility, statuses: [], minAge: null, maxAge: null },
      }),
    );
    const gone = await create(offerInput({ title: { en: 'Gone' } }));
    for (const id of [money, free, gone]) await publish(id);
    await admin('POST', `${BASE}/${gone}/retire`, { reason: 'Ended.' });

    const res = await env.app.inject({ method: 'GET', url: `/api/v1/councils/${council.id}/local-offer.json` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-language']).toBe('en');
    // Revalidated on every use: the same offer answers 304 to its ETag; a publish changes it.
    expect(res.headers['cache-control']).toBe('no-cache');
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const url = `/api/v1/councils/${council.id}/local-offer.json`;
    const again = await env.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect([again.statusCode, again.body, again.headers.etag]).toEqual([304, '', etag]);
    expect((await env.app.inject({ method: 'GET', url: `${url}?lang=cy`, headers: { 'if-none-match': etag } })).statusCode).toBe(200);
    const body = res.json<{ organization: unknown; language: string; total: number; services: Array<Record<string, unknown>> }>();
    expect(body).toMatchObject({
      organization: { id: council.id, name: 'Offershire' },
      language: 'en',
      last_published_at: env.now().toISOString(),
      total: 2,
    });
    expect(body.services.map((s) => s.id)).toEqual([free, money]);
    expect(body.services[1]).toEqual({
      id: money,
      name: 'Birthday money',
      description: 'Money on your birthday until you are 21.\n\nWe send **£50** on your birthday.\n\n- Ask your personal adviser.',
      status: 'active',
      fees: null,
      cost_options: [{ id: `${money}-cost`, option: 'year', amount: 50, amount_description: 'Paid into your bank account' }],
      eligibilitys: [{ id: `${money}-eligibility`, eligibility: 'Care leavers who are former relevant', minimum_age: 18, maximum_age: 20 }],
      languages: [
        { id: `${money}-en`, language: 'en' },
        { id: `${money}-cy`, language: 'cy' },
      ],
      assured_date: '2026-02-01',
      last_modified: env.now().toISOString(),
      heard: {
        category: 'money',
        statutory: null,
        statuses: ['former-relevant'],
        outOfArea: 'any',
        inEducation: 'any',
        uasc: 'any',
        nations: [],
        howToClaim: 'It comes by itself.',
        whoToAsk: 'Your personal adviser',
        version: 1,
        changeNote: null,
      },
    });
    expect(body.services[0]).toMatchObject({
      fees: 'Free',
      cost_options: [],
      eligibilitys: [{ eligibility: 'Care leavers', minimum_age: null, maximum_age: null }],
    });
    expect(JSON.stringify(body)).not.toContain('Leaving care team');

    const welsh = (await env.app.inject({ method: 'GET', url: `/api/v1/councils/${council.id}/local-offer.json?lang=cy` })).json<typeof body>();
    expect(welsh.language).toBe('cy');
    expect(welsh.services.find((s) => s.id === money)?.name).toBe('Arian pen-blwydd');
    // No Welsh summary: English stands in.
    expect(welsh.services.find((s) => s.id === money)?.description).toContain('Money on your birthday');

    env.advance(60_000);
    await admin('PUT', `${BASE}/${money}`, offerInput({ title: { en: 'Birthday money, more of it' } }));
    await publish(money);
    const changed = await env.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);

    expectErrorBody(await env.app.inject({ method: 'GET', url: `/api/v1/councils/${council.id}/local-offer.json?lang=fr` }), 400, 'invalid-input');
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/councils/no-such-council/local-offer.json' }), 404, 'not-found');
  });

  it('accepts a question about an offer item of the council, retired ones too, and refuses any other', async () => {
    const item = await create();
    await publish(item);
    const [ok] = await env.pushOk(phone.token, [env.op('request.create', question(item))]);
    expect(ok).toMatchObject({ status: 'accepted' });
    const row = await env.db.selectFrom('requests').select(['offer_item_id', 'kind']).where('ref', '=', ok!.ref!).executeTakeFirstOrThrow();
    expect(row).toEqual({ offer_item_id: item, kind: 'question' });
    // Staff see which item it is about, by its English title.
    const caseworker = env.staff(await env.signInStaff((await env.createStaff(council.id, { roles: ['complaints'] })).email));
    const { id: requestId } = await env.db.selectFrom('requests').select('id').where('ref', '=', ok!.ref!).executeTakeFirstOrThrow();
    const seen = await caseworker('GET', `/api/v1/staff/requests/${requestId}`);
    expect(seen.json<{ request: { offerItem: unknown } }>().request.offerItem).toEqual({ id: item, title: 'Birthday money' });
    const acted = await caseworker('POST', `/api/v1/staff/requests/${requestId}/acknowledge`);
    expect(acted.json<{ request: { offerItem: unknown } }>().request.offerItem).toEqual({ id: item, title: 'Birthday money' });

    // Retired while the phone was offline: still the council's item.
    await admin('POST', `${BASE}/${item}/retire`, { reason: 'Ended.' });
    const [late] = await env.pushOk(phone.token, [env.op('request.create', { ...question(item), checkCode: '7K3Q9M2PXY' })]);
    expect(late).toMatchObject({ status: 'accepted' });

    const other = await env.createCouncil();
    const otherAdmin = env.staff(await env.signInStaff((await env.createStaff(other.id, { roles: ['admin'] })).email));
    const theirs = staffOfferItemAnswerSchema.parse((await otherAdmin('POST', BASE, offerInput())).json()).item.id;
    const before = await env.counts('requests', 'request_events', 'alert_outbox');
    const refused = await env.pushOk(phone.token, [
      env.op('request.create', question('offer-no-such-item')),
      env.op('request.create', question(theirs)),
    ]);
    expect(refused).toEqual([
      expect.objectContaining({ status: 'rejected', code: 'not-found' }),
      expect.objectContaining({ status: 'rejected', code: 'not-found' }),
    ]);
    expect(await env.counts('requests', 'request_events', 'alert_outbox')).toEqual(before);
  });

  it('seeds items as published version 1 and tops up only the missing ones', async () => {
    const items = [
      {
        id: 'offer-test-setting-up-home',
        input: offerInput({ title: { en: 'Setting up home' }, statutory: 'setting-up-home', amount: { pence: 300_000, per: 'once', note: null } }),
      },
      { id: 'offer-test-council-tax', input: offerInput({ title: { en: 'Council tax' }, statutory: 'council-tax', amount: null }) },
    ];
    const added = await env.db.transaction().execute((trx) => seedOfferItems(trx, council.id, env.now(), items.slice(0, 1), null));
    expect(added).toEqual(['offer-test-setting-up-home']);
    const again = await env.db.transaction().execute((trx) => seedOfferItems(trx, council.id, env.now(), items, null));
    expect(again).toEqual(['offer-test-council-tax']);
    const before = await env.counts('offer_items', 'offer_versions', 'change_log');
    expect(await env.db.transaction().execute((trx) => seedOfferItems(trx, council.id, env.now(), items, null))).toEqual([]);
    expect(await env.counts('offer_items', 'offer_versions', 'change_log')).toEqual(before);

    const pulled = (await pulledOffer()).rows.map((r) => offerItemSchema.parse(r));
    const at = env.now().toISOString();
    expect(pulled.map((r) => [r.id, r.version, r.publishedAt]).sort()).toEqual([
      ['offer-test-council-tax', 1, at],
      ['offer-test-setting-up-home', 1, at],
    ]);
    const history = (await admin('GET', `${BASE}/offer-test-setting-up-home/history`)).json<{ versions: unknown[] }>();
    expect(history.versions).toEqual([
      { version: 1, publishedAt: env.now().toISOString(), publishedBy: 'Heard demo content', changeNote: null, changes: [] },
    ]);
  });
});
