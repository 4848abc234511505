// The offer's staff calls: the paths and bodies the server expects, answers checked against the contract, and a 409
// for checks not yet seen turned into the checks to show.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { createItem, loadHistory, loadOffer, publishItem, retireItem, saveItem } from './api';
import { input, staffItem } from './test-items';

afterEach(() => vi.unstubAllGlobals());

describe('offer staff calls', () => {
  it('lists, creates, saves and retires at the fixed paths', async () => {
    const asked = stubServer({ items: [staffItem()], checks: [] });
    expect((await loadOffer()).items[0]?.id).toBe('offer-setting-up-home');
    const changed = stubServer({ item: staffItem() });
    await createItem(input());
    await saveItem('offer-setting-up-home', input());
    await retireItem('offer-setting-up-home', 'Replaced by the new grant');
    const history = stubServer({ versions: [] });
    expect(await loadHistory('offer-setting-up-home')).toEqual([]);
    expect([...asked, ...changed, ...history].map((line) => line.split(' {')[0])).toEqual([
      'GET /api/v1/staff/offer',
      'POST /api/v1/staff/offer',
      'PUT /api/v1/staff/offer/offer-setting-up-home',
      'POST /api/v1/staff/offer/offer-setting-up-home/retire',
      'GET /api/v1/staff/offer/offer-setting-up-home/history',
    ]);
    expect(changed[2]).toContain('{"reason":"Replaced by the new grant"}');
  });

  it('publishes with the change note, and answers the checks when the server holds it back', async () => {
    const checks = [{ code: 'council-tax-missing', itemId: null, category: null, message: 'No item is marked as the council tax exemption.' }];
    const refused = stubServer({ code: 'checks-not-acknowledged', message: 'Checks fail.', checks }, 409);
    expect(await publishItem('offer-setting-up-home', { en: 'Up to £3,200' }, false)).toEqual({ kind: 'checks', checks });
    expect(refused).toEqual([
      'POST /api/v1/staff/offer/offer-setting-up-home/publish {"changeNote":{"en":"Up to £3,200"},"acknowledgeChecks":false}',
    ]);
    stubServer({ item: staffItem({ publishedVersion: 2 }), changes: [{ field: 'amount', before: null, after: 1 }], checks });
    const done = await publishItem('offer-setting-up-home', { en: 'Up to £3,200' }, true);
    expect(done.kind === 'published' && done.answer.item.publishedVersion).toBe(2);
  });

  it('lets other refusals through, and refuses an answer that breaks the contract', async () => {
    stubServer({ code: 'nothing-to-publish', message: 'Nothing changed.' }, 409);
    await expect(publishItem('x', null, false)).rejects.toMatchObject({ status: 409, code: 'nothing-to-publish' });
    stubServer({ items: [{ id: 'x' }], checks: [] });
    await expect(loadOffer()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
