// The phone's safety check on a survey answer's words when the council's own safety words cannot be read from the phone:
// Heard's own list still checks them, so words about harm still bring the help at once.
import { afterEach, expect, it, vi } from 'vitest';
import { checkText } from './text-check';

const terms = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../council/safety-terms', () => ({
  councilSafetyTerms: () => (terms.fail ? Promise.reject(new Error('InvalidStateError')) : Promise.resolve([])),
}));
afterEach(() => {
  terms.fail = false;
});

it('still finds words about harm when the council safety words cannot be read', async () => {
  terms.fail = true;
  expect((await checkText('my stepdad hits me')).disclosure).toBe(true);
  expect((await checkText('more trips to the beach')).disclosure).toBe(false);
});
