// The staff contract and the phone's contract of an offer item must agree: whatever staff may save and publish, a
// phone must be able to read, or one item would break every pull of its council (a language code of 36 characters
// once did). Bodies are made from the staff contract's own JSON Schema; the ones it accepts become phone items, and
// every one of those must pass the phone's schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { offerItemSchema } from '../../../../shared/offer';
import { offerItemInputSchema } from '../../../../shared/offer-staff';
import { validish, type JsonSchema } from '../../../../../test/fixtures/fuzz-arbitraries';
import { toPhoneItem } from './phone-item';

const ID = '0b0e5f4c-8d7a-4f7e-9c55-2f1f6f1d9a11';
const inputJsonSchema = z.toJSONSchema(offerItemInputSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

/** Checks the property against `phone` (the phone's schema, or a stand-in); counts the bodies staff may save. */
function check(phone: z.ZodType, seed: number) {
  let accepted = 0;
  const result = fc.check(
    fc.property(validish(inputJsonSchema, { ids: [ID] }), (body) => {
      const fields = offerItemInputSchema.safeParse(body);
      if (!fields.success) return true;
      accepted++;
      const item = toPhoneItem(ID, fields.data, 1, '2026-12-03T10:00:00.000Z', null);
      return phone.safeParse(JSON.parse(JSON.stringify(item))).success;
    }),
    { numRuns: 2000, seed },
  );
  return { failed: result.failed, counterexample: result.counterexample, accepted };
}

describe('an offer item staff may publish is one a phone can read', () => {
  it('holds for every body the staff contract accepts', () => {
    const { failed, counterexample, accepted } = check(offerItemSchema, 2026);
    expect(failed, `a phone cannot read ${JSON.stringify(counterexample)}`).toBe(false);
    // Worth something only if the staff contract accepted a good share of the bodies.
    expect(accepted).toBeGreaterThan(200);
  });

  it('finds the item when the phone is stricter than staff (negative control)', () => {
    const stricter = offerItemSchema.extend({ languages: z.array(z.string().max(2)) });
    expect(check(stricter, 2026).failed).toBe(true);
  });
});
