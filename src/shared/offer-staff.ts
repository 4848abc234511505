// Staff API of the local offer: items are written as drafts, published one version at a time (each publish records what
// changed), retired when they end, checked against the law's minimums, and exported as open data.
import { z } from 'zod';
import { OFFER_CATEGORIES, STATUTORY_KEYS, offerAmountSchema, offerEligibilitySchema, type OfferCategory } from './offer';
import { localizedTextSchema } from './text';

/** Who may write drafts, and who may publish or retire (the admin sees the statutory checks before publishing). */
export const OFFER_EDIT_ROLES = ['admin', 'participation'] as const;
export const OFFER_PUBLISH_ROLES = ['admin'] as const;

/** The setting-up-home allowance's national minimum in England since April 2023, in pence. */
export const SETTING_UP_HOME_MINIMUM_PENCE = 300_000;

/** Categories the law requires the offer to cover (Children and Social Work Act 2017 s2, as amended in 2026). */
export const REQUIRED_CATEGORIES: readonly OfferCategory[] = ['money', 'housing', 'education-work', 'health', 'relationships', 'financial-skills'];

const dateOnly = z.iso.date();

/** What staff send to create an item or change its draft (the whole item each time). */
export const offerItemInputSchema = z
  .object({
    category: z.enum(OFFER_CATEGORIES),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    body: localizedTextSchema,
    amount: offerAmountSchema.nullable().default(null),
    howToClaim: localizedTextSchema.nullable().default(null),
    whoToAsk: localizedTextSchema.nullable().default(null),
    eligibility: offerEligibilitySchema,
    languages: z
      .array(
        z
          .string()
          .trim()
          // As long as a phone accepts (src/shared/offer.ts): a longer code would be stored and then break every pull.
          .max(35, { message: 'a language code such as en, cy or ar' })
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'a language code such as en, cy or ar' }),
      )
      .max(40)
      .default(['en']),
    statutory: z.enum(STATUTORY_KEYS).nullable().default(null),
    lastChecked: dateOnly,
    /** When it must be checked again; past it, the item is flagged on the staff list. */
    checkBy: dateOnly,
    /** The team or person who keeps it right ("Leaving care team"). Staff only: never sent to phones. */
    owner: z.string().trim().min(1).max(120),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
  })
  .refine((i) => i.checkBy >= i.lastChecked, { message: 'check again on or after the day it was last checked', path: ['checkBy'] });
export type OfferItemInput = z.input<typeof offerItemInputSchema>;
export type OfferItemFields = z.output<typeof offerItemInputSchema>;

export const OFFER_ITEM_STATES = ['draft', 'published', 'retired'] as const;

/** A field that differs between two versions (published ← draft): `before`/`after` are the field's values. */
export const offerFieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type OfferFieldChange = z.infer<typeof offerFieldChangeSchema>;

export const OFFER_CHECK_CODES = [
  /** England: the setting-up-home item's amount is below £3,000 (SETTING_UP_HOME_MINIMUM_PENCE). */
  'setting-up-home-below-minimum',
  /** No published or draft item is marked as the setting-up-home allowance. */
  'setting-up-home-missing',
  /** No item is marked as the council tax exemption. */
  'council-tax-missing',
  /** A category the law requires has no item that is published or about to be. */
  'category-empty',
  /** An item's "check by" date has passed. */
  'check-overdue',
] as const;
export type OfferCheckCode = (typeof OFFER_CHECK_CODES)[number];
export const offerCheckSchema = z.object({
  code: z.enum(OFFER_CHECK_CODES),
  itemId: z.string().nullable(),
  category: z.enum(OFFER_CATEGORIES).nullable(),
  /** English, for staff ("£2,500 is below the £3,000 minimum"). */
  message: z.string(),
});
export type OfferCheck = z.infer<typeof offerCheckSchema>;

export const staffOfferItemSchema = z.object({
  id: z.string(),
  state: z.enum(OFFER_ITEM_STATES),
  /** The working copy (what the editor shows). */
  fields: offerItemInputSchema,
  /** The version phones have, or null before the first publish. */
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  /** The working copy differs from the published version. */
  unpublishedChanges: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** checkBy has passed. */
  checkOverdue: z.boolean(),
});
export type StaffOfferItem = z.infer<typeof staffOfferItemSchema>;

/** GET /api/v1/staff/offer */
export const staffOfferListSchema = z.object({ items: z.array(staffOfferItemSchema), checks: z.array(offerCheckSchema) });
/** POST /api/v1/staff/offer (201), PUT /api/v1/staff/offer/:id, POST …/:id/retire */
export const staffOfferItemAnswerSchema = z.object({ item: staffOfferItemSchema });

/**
 * POST /api/v1/staff/offer/:id/publish. When any check fails for the offer as it would be after publishing, the answer
 * is 409 `checks-not-acknowledged` with the checks, unless `acknowledgeChecks` is true (the admin saw them).
 * Publishing a draft that equals the published version is 409 `nothing-to-publish`.
 */
export const offerPublishSchema = z.object({
  changeNote: localizedTextSchema.nullable().default(null),
  acknowledgeChecks: z.boolean().default(false),
});
export const offerPublishAnswerSchema = z.object({
  item: staffOfferItemSchema,
  changes: z.array(offerFieldChangeSchema),
  checks: z.array(offerCheckSchema),
});
export const offerChecksRefusalSchema = z.object({
  code: z.literal('checks-not-acknowledged'),
  message: z.string(),
  checks: z.array(offerCheckSchema),
});

/** POST /api/v1/staff/offer/:id/retire: phones drop it (a tombstone in the pull). */
export const offerRetireSchema = z.object({ reason: z.string().trim().min(1).max(500) });

/** GET /api/v1/staff/offer/:id/history: every published version, newest first. */
export const offerVersionSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  changeNote: localizedTextSchema.nullable(),
  changes: z.array(offerFieldChangeSchema),
});
export const offerHistorySchema = z.object({ versions: z.array(offerVersionSchema) });
