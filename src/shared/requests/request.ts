// "Ask for help": what a young person asks for (an advocate, a complaint, a thank-you, "contact me", a question about
// the local offer) and how it moves through the statutory stages. Shared by the phone and the server.
import { z } from 'zod';
import { uuidSchema } from '../ids';
import { MAX_YOUNG_PERSON_TEXT } from '../text';

/** The four doors, and 'question' (from the local offer: "Ask my PA about this"). */
export const REQUEST_KINDS = ['advocate', 'complaint', 'compliment', 'contact-me', 'question'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_TOPICS = ['social-worker', 'where-i-live', 'family-time', 'school', 'health', 'money', 'leaving-care', 'other'] as const;
export type RequestTopic = (typeof REQUEST_TOPICS)[number];

export const CONTACT_METHODS = ['phone', 'text', 'email', 'through-worker'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
/** Who passes the message on, when the method is 'through-worker'. */
export const CONTACT_WORKERS = ['iro', 'social-worker', 'personal-adviser', 'advocate'] as const;
export type ContactWorker = (typeof CONTACT_WORKERS)[number];
/** When it is safe to be contacted. Empty: any time. */
export const CONTACT_TIMES = ['morning', 'afternoon', 'after-school', 'evening', 'weekend'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const requestContactSchema = z
  .object({
    method: z.enum(CONTACT_METHODS),
    /** The phone number or email address. Required for phone, text and email; never for through-worker. */
    value: shortText(200).optional(),
    worker: z.enum(CONTACT_WORKERS).optional(),
    safeToCall: z.boolean(),
    safeToText: z.boolean(),
    safeToLeaveMessage: z.boolean(),
    bestTimes: z.array(z.enum(CONTACT_TIMES)).max(CONTACT_TIMES.length).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.method !== 'through-worker' && !c.value) ctx.addIssue({ code: 'custom', path: ['value'], message: 'say how to reach you' });
    if (c.method === 'through-worker' && !c.worker) ctx.addIssue({ code: 'custom', path: ['worker'], message: 'say who to go through' });
    if (c.method === 'email' && c.value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be an email address' });
    if ((c.method === 'phone' || c.method === 'text') && c.value && !/^[0-9 +()-]{6,20}$/.test(c.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a phone number' });
  });
export type RequestContact = z.infer<typeof requestContactSchema>;

/** Someone asking for a young person: who they are to them. A person asking for a child never gets the child's data. */
export const onBehalfSchema = z.object({ name: shortText(120), relationship: shortText(120) });

/** How old the thing complained about is, as the young person tells it. 'over-a-year' is accepted and flagged. */
export const REQUEST_WHEN = ['recent', 'this-year', 'over-a-year', 'not-sure'] as const;
/** Who is asking, for the annual report (child in care, care leaver). Never used to refuse anything. */
export const ASKER_GROUPS = ['in-care', 'care-leaver', 'not-said'] as const;

/**
 * A check code the phone makes when the young person presses send (10 characters of CHECK_CODE_ALPHABET): shown
 * once, kept on the phone, and with the reference it opens the request from any device. The server keeps only a hash.
 */
export const CHECK_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CHECK_CODE_LENGTH = 10;
export const checkCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${CHECK_CODE_ALPHABET}]{${CHECK_CODE_LENGTH}}$`), { message: 'a check code has 10 letters and numbers' }));

/** A reference: 'HRD-' then 4 + 4 characters of the check-code alphabet ('HRD-7K3Q-9M2P'). Made by the server. */
export const requestRefSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s/g, ''))
  .pipe(
    z
      .string()
      .regex(new RegExp(`^HRD-[${CHECK_CODE_ALPHABET}]{4}-[${CHECK_CODE_ALPHABET}]{4}$`), { message: 'a reference looks like HRD-7K3Q-9M2P' }),
  );

/** `request.create`: accepted with `ref` = the reference. The words go through the safety check on the server too. */
export const requestCreatePayloadSchema = z
  .object({
    kind: z.enum(REQUEST_KINDS),
    topic: z.enum(REQUEST_TOPICS),
    /** What happened (or what the thank-you is for). Optional only for 'contact-me', which may come with no words. */
    details: z
      .string()
      .trim()
      .max(MAX_YOUNG_PERSON_TEXT * 4)
      .default(''),
    /** What they would like to happen. */
    wanted: z
      .string()
      .trim()
      .max(MAX_YOUNG_PERSON_TEXT * 2)
      .optional(),
    /** Absent: the young person is asking for themself. */
    onBehalf: onBehalfSchema.optional(),
    contact: requestContactSchema,
    wantsAdvocate: z.enum(['yes', 'no', 'not-sure']).default('not-sure'),
    /** A language or interpreter needed ("British Sign Language", "Tigrinya interpreter"). */
    language: shortText(120).optional(),
    when: z.enum(REQUEST_WHEN).optional(),
    asker: z.enum(ASKER_GROUPS).default('not-said'),
    /** Sent from the "I don't feel safe" help or after the safety check doubted the words: urgent, on top of triage. */
    urgent: z.boolean().default(false),
    /** The phone's own safety check doubted the words (the server checks again and keeps the stronger answer). */
    flaggedOnDevice: z.boolean().optional(),
    checkCode: checkCodeSchema,
    /** For kind 'question': the local offer item it is about. */
    offerItemId: z.string().min(1).max(64).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'contact-me' && p.details.length === 0) ctx.addIssue({ code: 'custom', path: ['details'], message: 'say what it is about' });
  });
export type RequestCreatePayload = z.input<typeof requestCreatePayloadSchema>;
export type RequestCreate = z.output<typeof requestCreatePayloadSchema>;

/** `request.message { requestId, text }`: a reply from the young person. requestId is the id of the op that made it. */
export const requestMessagePayloadSchema = z.object({
  requestId: uuidSchema,
  text: z
    .string()
    .trim()
    .min(1)
    .max(MAX_YOUNG_PERSON_TEXT * 2),
});
export type RequestMessagePayload = z.infer<typeof requestMessagePayloadSchema>;

/**
 * `request.escalate { requestId, reason? }`: "I'm not happy — take it to the next stage". The council cannot block it;
 * a request past the stage's window is accepted and flagged. Asking twice for the same stage is 'already-done'.
 */
export const requestEscalatePayloadSchema = z.object({
  requestId: uuidSchema,
  /** The stage they are asking for (2 or 3), so a repeat after a staff change cannot jump two stages. */
  toStage: z.number().int().min(2).max(3),
  reason: z
    .string()
    .trim()
    .max(MAX_YOUNG_PERSON_TEXT * 2)
    .optional(),
});
export type RequestEscalatePayload = z.infer<typeof requestEscalatePayloadSchema>;

export const NATIONS = ['england', 'wales'] as const;
export type Nation = (typeof NATIONS)[number];

/** Where a request is. 'closed' after the last stage or a withdrawal; 'ombudsman' advice shows after the last stage. */
export const REQUEST_STATUSES = ['received', 'in-progress', 'responded', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const STAGE_OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld', 'resolved', 'withdrawn'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

/** A message the young person may read: theirs, or one staff sent to them. Staff notes never reach the phone. */
export const requestMessageViewSchema = z.object({
  id: z.string(),
  from: z.enum(['me', 'council']),
  text: z.string(),
  at: z.string(),
  /** The member of staff's first name or role, as they chose to sign it ('Sam, complaints team'). */
  signedAs: z.string().nullable(),
});
export type RequestMessageView = z.infer<typeof requestMessageViewSchema>;

/**
 * What the young person sees of a request: in `myItems` (`request` field, for this phone's own requests) and from
 * the lookup by reference and check code. Dates are YYYY-MM-DD in the council's time (Europe/London).
 */
export const requestViewSchema = z.object({
  ref: z.string(),
  kind: z.enum(REQUEST_KINDS),
  topic: z.enum(REQUEST_TOPICS),
  nation: z.enum(NATIONS),
  status: z.enum(REQUEST_STATUSES),
  /** 1, 2, 3 (England); 1, 2 (Wales); 1 for everything that is not a complaint. */
  stage: z.number().int().min(1).max(3),
  receivedOn: z.string(),
  /** When the council must answer the current stage (after any extension); null when not running (answered, closed). */
  dueOn: z.string().nullable(),
  /** The clock is stopped (e.g. waiting for an agreed statement): since when, and why, in the council's words. */
  clockStoppedSince: z.string().nullable(),
  /** The stage was answered on this day (the window to ask for the next stage counts from it). */
  respondedOn: z.string().nullable(),
  outcome: z.enum(STAGE_OUTCOMES).nullable(),
  /** Last day to ask for the next stage (a late ask is still accepted). Null when there is no next stage. */
  nextStageBy: z.string().nullable(),
  /** True when the young person can ask for the next stage now. */
  canEscalate: z.boolean(),
  /** After the last stage (or at any time for a complaint): the ombudsman for this nation. */
  ombudsman: z.enum(['lgsco', 'psow']).nullable(),
  advocacy: z.enum(['not-asked', 'asked', 'referred', 'allocated', 'closed']),
  urgent: z.boolean(),
  /** Messages both ways, oldest first. */
  messages: z.array(requestMessageViewSchema),
  updatedAt: z.string(),
});
export type RequestView = z.infer<typeof requestViewSchema>;

/**
 * `POST /api/v1/requests/lookup { ref, checkCode }` (no device token needed; rate-limited per reference and per
 * address): 200 `{ request: RequestView, requestId }`, 404 `not-found` for a wrong reference or check code alike, 429.
 */
export const requestLookupSchema = z.object({ ref: requestRefSchema, checkCode: checkCodeSchema });
export const requestLookupResponseSchema = z.object({ requestId: z.string(), request: requestViewSchema });
/** `POST /api/v1/requests/lookup/message { ref, checkCode, id, text }` and `…/escalate { ref, checkCode, id, toStage, reason? }`:
 * the same as the ops, from a device that did not make the request; `id` is a fresh uuid the second device makes, so a
 * repeat is answered once. 200 `{ request }`. */
export const requestLookupMessageSchema = requestLookupSchema.extend({ id: uuidSchema, text: requestMessagePayloadSchema.shape.text });
export const requestLookupEscalateSchema = requestLookupSchema.extend({
  id: uuidSchema,
  toStage: requestEscalatePayloadSchema.shape.toStage,
  reason: requestEscalatePayloadSchema.shape.reason,
});
