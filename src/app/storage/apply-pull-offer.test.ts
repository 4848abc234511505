// The local offer's published items land in their own table from the pull, in the one transaction with the cursor; a
// newer version replaces the old and a retired item's tombstone takes it away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfferItem } from '../../shared/offer';
import { PULL_WRITE_SLICE, applyPull } from './apply-pull';
import { db } from './db';

const words = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const item = (id: string, version = 1): OfferItem => ({
  id,
  category: 'money',
  title: words('Setting up home allowance'),
  summary: words('Money for things for your first home.'),
  body: words('You can buy a bed, a cooker and pans.'),
  amount: { pence: 300000, per: 'once', note: null },
  howToClaim: null,
  whoToAsk: null,
  eligibility: { minAge: 16, maxAge: 24, statuses: ['relevant', 'former-relevant'], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] },
  languages: ['en'],
  statutory: 'setting-up-home',
  lastChecked: '2026-11-01',
  version,
  publishedAt: '2026-11-01T10:00:00.000Z',
  changeNote: null,
  sortOrder: 1,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('pulled offer items', () => {
  it('land in offerItems with the cursor; a new version replaces the old; a tombstone removes one', async () => {
    await applyPull({ offerItems: [item('offer-a'), item('offer-b')] }, '5');
    expect(await db.offerItems.get('offer-a')).toEqual(item('offer-a'));
    expect(await db.offerItems.where('category').equals('money').count()).toBe(2);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '5' });
    await applyPull({ offerItems: [item('offer-a', 2)] }, '6');
    expect((await db.offerItems.get('offer-a'))?.version).toBe(2);
    await applyPull({ offerItems: [{ id: 'offer-b', deleted: true }] }, '7');
    expect((await db.offerItems.toArray()).map((i) => i.id)).toEqual(['offer-a']);
  });

  it('writes a pull larger than one slice whole, and a failing row in its last slice leaves nothing written', async () => {
    const many = Array.from({ length: PULL_WRITE_SLICE * 2 + 3 }, (_, i) => item(`offer-${String(i).padStart(3, '0')}`));
    await applyPull({ offerItems: many }, '5');
    expect(await db.offerItems.count()).toBe(many.length);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '5' });

    // The slices share one transaction: a row IndexedDB refuses (no key) in the last slice undoes the earlier ones.
    await db.offerItems.clear();
    const broken = [...many.slice(0, -1), { ...item('x'), id: undefined as unknown as string }];
    await expect(applyPull({ offerItems: broken }, '6')).rejects.toThrow();
    expect(await db.offerItems.count()).toBe(0);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '5' });
  });
});
