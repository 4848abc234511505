// Staff API of "you said, we did": themes, feed items with their history, the district log, and language polls.
import { z } from 'zod';
import { FEED_STATUSES, feedSourceSchema, type FeedStatus, type FeedSource } from './feed';
import { uuidSchema } from './ids';
import { localizedTextSchema, type LocalizedText } from './text';

// ---- Themes ----------------------------------------------------------------------------------------------------

export const themeCreateSchema = z.object({
  title: localizedTextSchema,
  /** Posts to put in the theme at once (published or pending; never safeguarding). */
  postIds: z.array(uuidSchema).max(500).default([]),
});
export const themeUpdateSchema = z.object({ title: localizedTextSchema });
export const themePostsSchema = z.object({ postIds: z.array(uuidSchema).min(1).max(500) });
export const themeMergeSchema = z.object({ fromThemeId: uuidSchema });

export interface ThemeCount {
  posts: number;
  meToo: number;
}
export interface StaffThemeView {
  id: string;
  title: LocalizedText;
  createdAt: string;
  posts: number;
  meToo: number;
  /** District id null is "whole council / no area given". */
  byDistrict: Array<ThemeCount & { districtId: string | null; districtName: string | null }>;
  /** Posts by the month they were written, "2026-11". */
  byMonth: Array<ThemeCount & { month: string }>;
  /** Feed items (draft or published) that cite this theme. */
  feedItemIds: string[];
}
export interface StaffThemePost {
  id: string;
  /** Empty when withdrawn. */
  text: string;
  publishedText: string | null;
  /** 'withdrawn': moved to the safeguarding queue or taken back; its words are not shown here. */
  status: 'pending' | 'published' | 'hidden' | 'withdrawn';
  promptKind: 'yes-more' | 'no-more' | 'starter';
  promptText: string;
  districtName: string | null;
  meToo: number;
  createdAt: string;
}
export interface StaffThemeDetail extends StaffThemeView {
  postList: StaffThemePost[];
}

// ---- Feed items ------------------------------------------------------------------------------------------------

const dateOnly = z.iso.date();

/** "Can't do" needs a reason the young people can read. */
function requireReason<T extends { status?: FeedStatus | undefined; cantDoReason?: LocalizedText | null | undefined }>(
  v: T,
  ctx: z.RefinementCtx,
) {
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

export interface StaffFeedItemView {
  id: string;
  state: 'draft' | 'published';
  said: LocalizedText;
  did: LocalizedText;
  status: FeedStatus;
  cantDoReason: LocalizedText | null;
  districtId: string | null;
  districtName: string | null;
  responsible: string;
  startOn: string | null;
  dueOn: string | null;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  sources: FeedSource[];
  updates: Array<{ id: string; at: string; status: FeedStatus; text: LocalizedText }>;
  reactions: { helps: number; notEnough: number };
}

export const feedListQuerySchema = z.object({
  state: z.enum(['draft', 'published', 'all']).default('all'),
});

/** The district log for the Corporate Parenting Board: every "you said" with its "we did". */
export const feedLogQuerySchema = z.object({
  /** A district id, "council" for whole-council items only, or absent for everything. */
  district: z.string().min(1).max(64).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export interface FeedLogRow {
  itemId: string;
  district: string;
  youSaid: string;
  weDid: string;
  status: FeedStatus;
  cantDoReason: string | null;
  responsible: string;
  startOn: string | null;
  dueOn: string | null;
  publishedAt: string;
  lastUpdate: string;
  updates: number;
  sources: string;
  helps: number;
  notEnough: number;
}

// ---- Language polls --------------------------------------------------------------------------------------------

export const pollCreateSchema = z.object({
  /** The vocabulary key (locales/<lng>/vocab.json), e.g. "contact". */
  term: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).max(40),
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
export const pollAdoptSchema = z.object({
  optionId: uuidSchema,
  /** What the council did, for the feed item that records it. */
  did: localizedTextSchema,
  responsible: z.string().trim().min(2).max(200),
});

export interface StaffPollView {
  id: string;
  term: string;
  question: LocalizedText;
  open: boolean;
  createdAt: string;
  adoptedOptionId: string | null;
  feedItemId: string | null;
  /** Every choice but those kept private: a suggestion that may be about harm is only in the safeguarding queue. */
  options: Array<{
    id: string;
    label: string;
    status: 'published' | 'pending' | 'hidden';
    suggested: boolean;
    votes: number;
  }>;
  /** How many suggestions to this poll may be about harm (their words are in the safeguarding queue). */
  keptPrivate: number;
}
