// The phone's safety check on a young person's free text when the council's own safety words cannot be read from the
// phone: Heard's own list still checks them, so words about harm still bring the help at once.
import { afterEach, expect, it, vi } from 'vitest';
import { checkWords } from './words-check';

const terms = vi.hoisted(() => ({ fail: false }));
vi.mock('./safety-terms', () => ({
  councilSafetyTerms: () => (terms.fail ? Promise.reject(new Error('InvalidStateError')) : Promise.resolve([])),
}));
afterEach(() => {
  terms.fail = false;
});

it('still finds words about harm when the council safety words cannot be read', async () => {
  terms.fail = true;
  expect((await checkWords('my stepdad hits me')).disclosure).toBe(true);
  expect((await checkWords('more trips to the beach')).disclosure).toBe(false);
});
