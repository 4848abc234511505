// The quota counter on its own (the API suites test it through pushes on both databases): per phone and per council,
// a kind without a per-phone limit counts nothing about the phone, and a kind not listed is never limited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { POSSIBLE_HARM_PER_PHONE, quotaHour, takeQuota, type Quotas } from './quota';

const NOW = new Date('2026-03-02T10:59:59.000Z');
const phone = { deviceId: 'phone-1', councilId: 'council-1' };
const quotas: Quotas = { 'wall.post': { perDevice: 2, perCouncil: 3 }, 'poll.suggest': { perCouncil: 2 } };

describe('takeQuota', () => {
  let db: Kysely<Database>;
  beforeEach(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
  });
  afterEach(() => db.destroy());

  it('counts per phone and per council within the UTC hour, and refuses past either limit', async () => {
    const take = (device = phone, at = NOW) => takeQuota(db, device, 'wall.post', at, { quotas });
    expect(await take()).toBeNull();
    expect(await take()).toBeNull();
    expect(await take()).toEqual(expect.objectContaining({ status: 'rejected', code: 'too-many', message: expect.stringMatching(/This phone/) }));
    expect(await take({ ...phone, deviceId: 'phone-2' })).toBeNull();
    expect(await take({ ...phone, deviceId: 'phone-3' })).toEqual(
      expect.objectContaining({ code: 'too-many', message: expect.stringMatching(/join code/) }),
    );
    // The next hour starts again.
    expect(await take(phone, new Date('2026-03-02T11:00:00.000Z'))).toBeNull();
    expect(quotaHour(NOW)).toBe('2026-03-02T10');
  });

  it('keeps nothing about the phone for a kind counted per council only, and never limits a kind not listed', async () => {
    expect(await takeQuota(db, phone, 'poll.suggest', NOW, { quotas })).toBeNull();
    expect(await takeQuota(db, phone, 'poll.suggest', NOW, { quotas })).toBeNull();
    expect(await takeQuota(db, phone, 'poll.suggest', NOW, { quotas })).toEqual(expect.objectContaining({ code: 'too-many' }));
    // (Here, outside an op's savepoint, the refused third is still counted; the push engine rolls it back.)
    const rows = await db.selectFrom('op_quotas').selectAll().where('kind', '=', 'poll.suggest').execute();
    expect(rows.map((r) => [r.scope, r.subject_id, r.count])).toEqual([['council', 'council-1', 3]]);
    for (let i = 0; i < 5; i++) expect(await takeQuota(db, phone, 'wall.metoo', NOW, { quotas })).toBeNull();
    expect(await db.selectFrom('op_quotas').selectAll().where('kind', '=', 'wall.metoo').execute()).toEqual([]);
  });

  it('counts an exempt op against its own allowance per phone, never the ordinary or the council limit', async () => {
    const take = (exempt: boolean) => takeQuota(db, phone, 'wall.post', NOW, { quotas, exempt });
    expect(await take(false)).toBeNull();
    expect(await take(false)).toBeNull();
    expect(await take(false)).toEqual(expect.objectContaining({ code: 'too-many' }));
    // Past the phone's ordinary limit, words that may be about harm still go through, counted apart.
    for (let i = 0; i < POSSIBLE_HARM_PER_PHONE; i++) expect(await take(true)).toBeNull();
    expect(await take(true)).toEqual(expect.objectContaining({ code: 'too-many' }));
    const rows = await db.selectFrom('op_quotas').select(['scope', 'kind', 'count']).where('subject_id', '=', phone.deviceId).execute();
    expect(rows.map((r) => [r.kind, r.count]).sort()).toEqual([
      ['wall.post', 3],
      ['wall.post:possible-harm', POSSIBLE_HARM_PER_PHONE + 1],
    ]);
    // An ordinary op is still refused afterwards.
    expect(await take(false)).toEqual(expect.objectContaining({ code: 'too-many' }));
  });
});
