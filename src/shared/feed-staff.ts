// Staff API of "you said, we did": themes, feed items with their history, the district log, and language polls.
import { z } from 'zod';
import { FEED_STATUSES, feedSourceSchema, feedUpdateSchema, type FeedStatus } from './feed';
import { REQUEST_TOPICS } from './requests/request';
import { uuidSchema } from './ids';
import { pollOptionTranslationsSchema, type PollOptionTranslations } from './poll';
import { localizedTextSchema, type LocalizedText } from './text';
import { PROMPT_KINDS } from './wall';

// ---- Themes ----------------------------------------------------------------------------------------------------

export const themeCreateSchema = z.object({
  title: localizedTextSchema,
  /** Posts to put in the theme at once (published or pending; never safeguarding). */
  postIds: z.array(uuidSchema).max(500).default([]),
});
export const themeUpdateSchema = z.object({ title: localizedTextSchema });
export const themePostsSchema = z.object({ postIds: z.array(uuidSchema).min(1).max(500) });
export const themeMergeSchema = z.object({ fromThemeId: uuidSchema });

export const themeCountSchema = z.object({ posts: z.number(), meToo: z.number() });
export type ThemeCount = z.infer<typeof themeCountSchema>;

export const staffThemeViewSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  createdAt: z.string(),
  posts: z.number(),
  meToo: z.number(),
  /** District id null is "whole council / no area given". */
  byDistrict: z.array(themeCountSchema.extend({ districtId: z.string().nullable(), districtName: z.string().nullable() })),
  /** Posts by the month they were written, "2026-11". */
  byMonth: z.array(themeCountSchema.extend({ month: z.string() })),
  /** Feed items (draft or published) that cite this theme. */
  feedItemIds: z.array(z.string()),
});
export type StaffThemeView = z.infer<typeof staffThemeViewSchema>;

/** GET /api/v1/staff/themes */
export const staffThemeListSchema = z.object({ themes: z.array(staffThemeViewSchema) });

export const staffThemePostSchema = z.object({
  id: z.string(),
  /** Empty when withdrawn. */
  text: z.string(),
  publishedText: z.string().nullable(),
  /** 'withdrawn': moved to the safeguarding queue or taken back; its words are not shown here. */
  status: z.enum(['pending', 'published', 'hidden', 'withdrawn']),
  promptKind: z.enum(PROMPT_KINDS),
  promptText: z.string(),
  districtName: z.string().nullable(),
  meToo: z.number(),
  createdAt: z.string(),
});
export type StaffThemePost = z.infer<typeof staffThemePostSchema>;

/** GET /api/v1/staff/themes/:id */
export const staffThemeDetailSchema = staffThemeViewSchema.extend({ postList: z.array(staffThemePostSchema) });
export type StaffThemeDetail = z.infer<typeof staffThemeDetailSchema>;

// ---- Feed items ------------------------------------------------------------------------------------------------

const dateOnly = z.iso.date();

/** "Can't do" needs a reason the young people can read. */
function requireReason<T extends { status?: FeedStatus | undefined; cantDoReason?: LocalizedText | null | undefined }>(v: T, ctx: z.RefinementCtx) {
  if (v.status === 'cant-do' && !v.cantDoReason) {
    ctx.addIssue({ code: 'custom', path: ['cantDoReason'], message: "say why it can't be done" });
  }
}

const feedFields = {
  said: localizedTextSchema,
  did: localizedTextSchema,
  status: z.enum(FEED_STATUSES),
  cantDoReason: localizedTextSchema.nullable().default(null),
  districtId: z.string().min(1).max(64).nullable().default(null),
  /** A role ("Head of Service, Children in Care"), not a name unless the person chooses. */
  responsible: z.string().trim().min(2).max(200),
  startOn: dateOnly.nullable().default(null),
  dueOn: dateOnly.nullable().default(null),
  sources: z.array(feedSourceSchema).max(50).default([]),
};
export const feedItemCreateSchema = z.object(feedFields).superRefine(requireReason);
export type FeedItemCreate = z.infer<typeof feedItemCreateSchema>;

/** Drafts only: once published, an item changes by adding an update. */
export const feedItemDraftUpdateSchema = z
  .object({
    said: feedFields.said.optional(),
    did: feedFields.did.optional(),
    status: feedFields.status.optional(),
    cantDoReason: localizedTextSchema.nullable().optional(),
    districtId: z.string().min(1).max(64).nullable().optional(),
    responsible: feedFields.responsible.optional(),
    startOn: dateOnly.nullable().optional(),
    dueOn: dateOnly.nullable().optional(),
    sources: z.array(feedSourceSchema).max(50).optional(),
  })
  .superRefine(requireReason);
export type FeedItemDraftUpdate = z.infer<typeof feedItemDraftUpdateSchema>;

/** A dated update on a published item: the earlier text and dates stay visible. */
export const feedItemUpdateCreateSchema = z
  .object({
    text: localizedTextSchema,
    status: z.enum(FEED_STATUSES),
    cantDoReason: localizedTextSchema.nullable().default(null),
    dueOn: dateOnly.nullable().optional(),
  })
  .superRefine(requireReason);
export type FeedItemUpdateCreate = z.infer<typeof feedItemUpdateCreateSchema>;

export const staffFeedItemViewSchema = z.object({
  id: z.string(),
  state: z.enum(['draft', 'published']),
  said: localizedTextSchema,
  did: localizedTextSchema,
  status: z.enum(FEED_STATUSES),
  cantDoReason: localizedTextSchema.nullable(),
  districtId: z.string().nullable(),
  districtName: z.string().nullable(),
  responsible: z.string(),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  sources: z.array(feedSourceSchema),
  updates: z.array(feedUpdateSchema),
  reactions: z.object({ helps: z.number(), notEnough: z.number() }),
});
export type StaffFeedItemView = z.infer<typeof staffFeedItemViewSchema>;

/** GET /api/v1/staff/feed */
export const staffFeedItemListSchema = z.object({ items: z.array(staffFeedItemViewSchema) });

export const feedListQuerySchema = z.object({
  state: z.enum(['draft', 'published', 'all']).default('all'),
});

/** The district log for the Corporate Parenting Board: every "you said" with its "we did". */
export const feedLogQuerySchema = z.object({
  /** A district id, "council" for whole-council items only, or absent for everything. */
  district: z.string().min(1).max(64).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export const feedLogRowSchema = z.object({
  itemId: z.string(),
  district: z.string(),
  youSaid: z.string(),
  weDid: z.string(),
  status: z.enum(FEED_STATUSES),
  cantDoReason: z.string().nullable(),
  responsible: z.string(),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  publishedAt: z.string(),
  lastUpdate: z.string(),
  updates: z.number(),
  sources: z.string(),
  helps: z.number(),
  notEnough: z.number(),
});
export type FeedLogRow = z.infer<typeof feedLogRowSchema>;

/** GET /api/v1/staff/feed/log?format=json */
export const feedLogSchema = z.object({ rows: z.array(feedLogRowSchema) });

// ---- Language polls --------------------------------------------------------------------------------------------

export const pollCreateSchema = z.object({
  /** The vocabulary key (locales/<lng>/vocab.json), e.g. "contact". */
  term: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
    .max(40),
  question: localizedTextSchema,
  options: z.array(z.string().trim().min(1).max(60)).min(2).max(8),
});
export const pollUpdateSchema = z.object({ open: z.boolean() });
export const pollOptionDecisionSchema = z.object({
  action: z.enum(['approve', 'hide']),
  /** Needed to approve a name idea the safety check has any doubt about: a person confirms it is not about harm. */
  confirmDoubt: z.boolean().optional(),
});
export const pollOptionParamsSchema = z.object({ id: uuidSchema, optionId: uuidSchema });
/** One translation of an option's label: trimmed, 1–60 like a label; null or empty removes it. */
const optionTranslationSchema = z
  .string()
  .trim()
  .max(60)
  .nullable()
  .optional()
  .transform((v) => (v ? v : undefined));
/** PUT /api/v1/staff/polls/:id/options/:optionId/translations: the option's Welsh and Arabic words, replacing any before. */
export const pollOptionTranslationsBodySchema = z
  .object({ cy: optionTranslationSchema, ar: optionTranslationSchema })
  .transform(({ cy, ar }): PollOptionTranslations => ({ ...(cy ? { cy } : {}), ...(ar ? { ar } : {}) }));
export const pollAdoptSchema = z.object({
  optionId: uuidSchema,
  /** What the council did, for the feed item that records it. */
  did: localizedTextSchema,
  responsible: z.string().trim().min(2).max(200),
});

export const staffPollViewSchema = z.object({
  id: z.string(),
  term: z.string(),
  question: localizedTextSchema,
  open: z.boolean(),
  createdAt: z.string(),
  adoptedOptionId: z.string().nullable(),
  feedItemId: z.string().nullable(),
  /** Every choice but those kept private: a suggestion that may be about harm is only in the safeguarding queue. */
  options: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      status: z.enum(['published', 'pending', 'hidden']),
      suggested: z.boolean(),
      votes: z.number(),
      /** Staff's Welsh and Arabic words for the option (`{}` when none). */
      translations: pollOptionTranslationsSchema,
    }),
  ),
  /** How many suggestions to this poll may be about harm (their words are in the safeguarding queue). */
  keptPrivate: z.number(),
});
export type StaffPollView = z.infer<typeof staffPollViewSchema>;

/** GET /api/v1/staff/polls */
export const staffPollListSchema = z.object({ polls: z.array(staffPollViewSchema) });

/**
 * GET /api/v1/staff/feed/request-topics?from&to (YYYY-MM-DD, both included; default the year to today): what "Ask for
 * help" requests were about, to cite a topic in a feed item. Counts only, never a request, its words or who sent it.
 */
/** A request topic is citable once the council has had this many requests on it; smaller counts are never shown. */
export const MIN_REQUESTS_TO_CITE = 5;

export const requestTopicsQuerySchema = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must be on or before to', path: ['to'] });
export type RequestTopicsQuery = z.infer<typeof requestTopicsQuerySchema>;

export const requestTopicsSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** A topic is citable once the council has had this many requests on it; smaller counts are not shown. */
  minimum: z.number().int(),
  topics: z.array(
    z.object({
      topic: z.enum(REQUEST_TOPICS),
      /** Requests received in the period; null: some, but fewer than `minimum`. */
      count: z.number().int().nullable(),
      citable: z.boolean(),
    }),
  ),
});
export type RequestTopics = z.infer<typeof requestTopicsSchema>;
