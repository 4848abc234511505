// The local offer for care leavers: what the council gives and does for the young people it looked after, item by
// item, each with who it is for. Items reach phones in the pull's `offerItems` collection (published items only).
import { z } from 'zod';
import { NATIONS } from './requests/request';
import { localizedTextSchema } from './text';

/** The offer's categories, in the order the phone shows them. The law's areas (health and well-being, relationships,
 * education and training, employment, accommodation, participation, financial skills and support) map onto these. */
export const OFFER_CATEGORIES = [
  'money',
  'housing',
  'education-work',
  'health',
  'relationships',
  'id-legal',
  'personal-adviser',
  'out-of-hours',
  'financial-skills',
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/**
 * Care leaver statuses (Children Act 1989 as amended; England): eligible (16–17, still looked after), relevant (16–17,
 * left care), former relevant (18–25), qualifying (looked after on or after 16 but not eligible, or under a special
 * guardianship order made while looked after). Wales's categories map onto them in the phone's questions.
 */
export const CARE_LEAVER_STATUSES = ['eligible', 'relevant', 'former-relevant', 'qualifying'] as const;
export type CareLeaverStatus = (typeof CARE_LEAVER_STATUSES)[number];

/** 'any': no condition. 'only': only for those it names. 'not': not for them. */
export const CONDITION = ['any', 'only', 'not'] as const;
export type Condition = (typeof CONDITION)[number];

/**
 * Who an item is for. Ages are whole years and both ends are included: "until your 25th birthday" is maxAge 24,
 * "from 18" is minAge 18. Empty statuses or nations: everyone. `outOfArea` is about where the young person lives now
 * (inside or outside the council's area); `inEducation` is education or training; `uasc` came as an unaccompanied
 * asylum-seeking child.
 */
export const offerEligibilitySchema = z
  .object({
    minAge: z.number().int().min(0).max(30).nullable(),
    maxAge: z.number().int().min(0).max(30).nullable(),
    statuses: z.array(z.enum(CARE_LEAVER_STATUSES)).max(CARE_LEAVER_STATUSES.length),
    outOfArea: z.enum(CONDITION),
    inEducation: z.enum(CONDITION),
    uasc: z.enum(CONDITION),
    /** Where the young person lives (a Welsh council tax exemption applies to those living in Wales). */
    nations: z.array(z.enum(NATIONS)).max(NATIONS.length),
  })
  .refine((e) => e.minAge === null || e.maxAge === null || e.minAge <= e.maxAge, {
    message: 'the youngest age is above the oldest',
    path: ['maxAge'],
  })
  .refine((e) => new Set(e.statuses).size === e.statuses.length && new Set(e.nations).size === e.nations.length, {
    message: 'a status or nation is named twice',
  });
export type OfferEligibility = z.infer<typeof offerEligibilitySchema>;

export const OFFER_AMOUNT_PER = ['once', 'week', 'month', 'year'] as const;
/** Money, in whole pence (£3,000 is 300000) so no sum is ever rounded. */
export const offerAmountSchema = z.object({
  pence: z.number().int().min(0).max(100_000_000),
  per: z.enum(OFFER_AMOUNT_PER),
  /** "up to", "at least": how to read the figure, in words ("Up to £3,000, paid to the shop"). */
  note: localizedTextSchema.nullable(),
});
export type OfferAmount = z.infer<typeof offerAmountSchema>;

/**
 * Items the law expects, named so the statutory checks can find them: the setting-up-home allowance (at least £3,000
 * once since April 2023 in England), the council tax exemption, the personal adviser and pathway plan, staying put.
 */
export const STATUTORY_KEYS = ['setting-up-home', 'council-tax', 'personal-adviser', 'staying-put'] as const;
export type StatutoryKey = (typeof STATUTORY_KEYS)[number];

const dateOnly = z.iso.date();

/** A published item as a phone gets it. */
export const offerItemSchema = z.object({
  id: z.string(),
  category: z.enum(OFFER_CATEGORIES),
  title: localizedTextSchema,
  /** One or two plain sentences, shown in lists and search results. */
  summary: localizedTextSchema,
  /** Markdown (paragraphs, lists, bold, links): rendered as text and elements by the phone, never as HTML. */
  body: localizedTextSchema,
  amount: offerAmountSchema.nullable(),
  howToClaim: localizedTextSchema.nullable(),
  /** "Your personal adviser", "The leaving care team on 01632 960 123". */
  whoToAsk: localizedTextSchema.nullable(),
  eligibility: offerEligibilitySchema,
  /** Languages the help itself is given in (BCP 47: 'en', 'cy', 'ar', 'ps'), as Open Referral UK's `languages`. */
  languages: z.array(z.string().min(2).max(35)).max(40),
  statutory: z.enum(STATUTORY_KEYS).nullable(),
  /** When someone last checked it is still right (YYYY-MM-DD). */
  lastChecked: dateOnly,
  /** Goes up by one each time a change is published: the phone marks an item "changed" when it is above what it saw. */
  version: z.number().int().min(1),
  /** When this version was published (ISO date-time). */
  publishedAt: z.string(),
  /** What changed in this version, in plain words, when staff said ("The allowance went up to £3,200"). */
  changeNote: localizedTextSchema.nullable(),
  sortOrder: z.number().int(),
});
export type OfferItem = z.infer<typeof offerItemSchema>;
