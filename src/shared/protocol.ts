// The sync protocol between a device and the server (version 1). Every user action is an op, pushed by id.
import { z } from 'zod';
import { councilPublicSchema, joinCodeSchema } from './council';
import { feedItemSchema, feedReactPayloadSchema, themeSchema } from './feed';
import { uuidSchema } from './ids';
import { itemWithdrawPayloadSchema, myItemSchema } from './my-items';
import { requestCreatePayloadSchema, requestEscalatePayloadSchema, requestMessagePayloadSchema } from './requests/request';
import { offerItemSchema } from './offer';
import { pollSchema, pollSuggestPayloadSchema, pollVotePayloadSchema } from './poll';
import { surveyFindingSchema } from './survey/authoring';
import { surveyVersionSchema } from './survey/definition';
import { surveySubmitPayloadSchema } from './survey/response';
import { wallMeTooPayloadSchema, wallPostPayloadSchema, wallPostSchema, wallPromptSchema } from './wall';

export const PROTOCOL_VERSION = 1 as const;
export const MAX_OPS_PER_PUSH = 50;

/** Payload schema for every op type the server accepts. New features add their types here. */
export const OP_PAYLOADS = {
  'wall.post': wallPostPayloadSchema,
  'wall.metoo': wallMeTooPayloadSchema,
  'feed.react': feedReactPayloadSchema,
  'poll.vote': pollVotePayloadSchema,
  'poll.suggest': pollSuggestPayloadSchema,
  'item.withdraw': itemWithdrawPayloadSchema,
  'survey.submit': surveySubmitPayloadSchema,
  'request.create': requestCreatePayloadSchema,
  'request.message': requestMessagePayloadSchema,
  'request.escalate': requestEscalatePayloadSchema,
} as const;
export type OpType = keyof typeof OP_PAYLOADS;
export const OP_TYPES = Object.keys(OP_PAYLOADS) as OpType[];
export type OpPayload<T extends OpType> = z.infer<(typeof OP_PAYLOADS)[T]>;
/**
 * Ops never linked to the device that sent them: the server's record of the op id keeps no device and only the month
 * it arrived, and the op's answer carries no ref. A repeat is still answered 'duplicate' (the op id is the device's
 * own random secret).
 */
export const ANONYMOUS_OP_TYPES: ReadonlySet<string> = new Set<OpType>(['survey.submit']);

/** An op as it travels. The payload is checked per type by the server (so one bad op does not sink a batch). */
export const opSchema = z.object({
  id: uuidSchema,
  type: z
    .string()
    .min(1)
    .max(64)
    .refine((t) => !t.includes('\u0000'), { message: 'not an action Heard knows' }),
  payload: z.unknown(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Op = z.infer<typeof opSchema>;

export const pushRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  ops: z.array(opSchema).min(1).max(MAX_OPS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** Why an op was rejected. A rejected op stays on the device, shown with its reason. */
export const REJECT_CODES = [
  'unknown-type',
  'invalid-payload',
  'not-found',
  'closed',
  'already-done',
  'not-allowed',
  /** The phone (or every phone with its join code) made a lot of this kind within the hour: see server/sync/quota.ts. */
  'too-many',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const OP_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;
export const opResultSchema = z.object({
  id: z.string(),
  status: z.enum(OP_STATUSES),
  // A code this version does not know (a newer server) is dropped, not a failed parse: the op is still a rejection,
  // kept on the phone with the server's message, instead of a push answer the phone retries for ever.
  code: z.enum(REJECT_CODES).optional().catch(undefined),
  message: z.string().optional(),
  /** The server's id for what the op made, when it differs from the op id. */
  ref: z.string().optional(),
});
export type OpResult = z.infer<typeof opResultSchema>;
export const pushResponseSchema = z.object({ results: z.array(opResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A row in a pulled collection: either the current visible shape or a tombstone. */
const tombstoneSchema = z.object({ id: z.string(), deleted: z.literal(true) });
const collection = <T extends z.ZodType>(row: T) => z.array(z.union([row, tombstoneSchema])).optional();

export const pullChangesSchema = z.object({
  council: z.array(councilPublicSchema).optional(),
  wallPrompts: collection(wallPromptSchema),
  wallPosts: collection(wallPostSchema),
  themes: collection(themeSchema),
  feedItems: collection(feedItemSchema),
  polls: collection(pollSchema),
  /** The council's published "How's life?" versions: the newest of each survey id, the whole definition. */
  surveys: collection(surveyVersionSchema),
  /** What the council found from a round and will do, published to young people in plain words. */
  surveyFindings: collection(surveyFindingSchema),
  /** The local offer for care leavers: published items only; a retired item comes as a tombstone. */
  offerItems: collection(offerItemSchema),
  myItems: collection(myItemSchema),
});
export type PullChanges = z.infer<typeof pullChangesSchema>;
export type CollectionName = keyof PullChanges;
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** Cursor: the server's change-log sequence number, as a decimal string (it may exceed 2^53 on PostgreSQL). */
export const cursorSchema = z.string().regex(/^\d{1,19}$/, { message: 'since must be a cursor from a pull' });
export const pullQuerySchema = z.object({ since: cursorSchema.default('0') });
/** `more` is true when the server stopped at its page size: pull again at once with the new cursor. */
export const pullResponseSchema = z.object({ cursor: cursorSchema, changes: pullChangesSchema, more: z.boolean() });
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const registerDeviceRequestSchema = z.object({ joinCode: joinCodeSchema });
export const registerDeviceResponseSchema = z.object({
  deviceId: uuidSchema,
  token: z.string(),
  council: councilPublicSchema,
});
export type RegisterDeviceResponse = z.infer<typeof registerDeviceResponseSchema>;

/** `DELETE /api/v1/devices/me` ("forget this phone"): the device's token is revoked for good. */
export const forgetDeviceResponseSchema = z.object({ forgotten: z.literal(true) });

/** Every error the server sends. */
export const errorBodySchema = z.object({ code: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;
