// The staff side of "Ask for help": the triage queue, a case with everything that happened, the actions on it and the
// annual complaints report. Shared by the staff screens (answers checked on arrival) and the server (bodies checked).
import { z } from 'zod';
import { safeguardingHoursSchema } from '../council';
import { uuidSchema } from '../ids';
import { isoDateSchema } from './clock';
import {
  ASKER_GROUPS,
  NATIONS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  REQUEST_TOPICS,
  REQUEST_WHEN,
  STAGE_OUTCOMES,
  onBehalfSchema,
  requestContactSchema,
} from './request';

export const CLOCK_STATES = ['overdue', 'due-soon', 'on-time', 'stopped', 'answered'] as const;
export const ADVOCACY_STATES = ['not-asked', 'asked', 'referred', 'allocated', 'closed'] as const;

const staffText = (max: number) => z.string().trim().min(1).max(max);

export const staffRequestsQuerySchema = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export const requestIdParamsSchema = z.object({ id: uuidSchema });

const staffRefSchema = z.object({ id: z.string(), name: z.string() });

/** Who a request may be assigned to: the council's complaints staff and admins. */
export const assigneesSchema = z.object({ staff: z.array(staffRefSchema) });

export const queueItemSchema = z.object({
  id: z.string(),
  ref: z.string(),
  kind: z.enum(REQUEST_KINDS),
  topic: z.enum(REQUEST_TOPICS),
  status: z.enum(REQUEST_STATUSES),
  stage: z.number().int(),
  urgent: z.boolean(),
  /** The safety check thought the words may be about harm. */
  safety: z.boolean(),
  clock: z.enum(CLOCK_STATES).nullable(),
  /** When the council must answer the current stage now (null: stopped, answered or closed). */
  dueOn: z.string().nullable(),
  assignedTo: staffRefSchema.nullable(),
  contacted: z.boolean(),
  acknowledged: z.boolean(),
  receivedOn: z.string(),
  /** Working days since it arrived. */
  ageDays: z.number().int(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

/** The number to ring and when the safeguarding inbox is read, in the council's words. */
export const outOfHoursSchema = z.object({ phone: z.string(), hours: safeguardingHoursSchema.nullable() });

export const queueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The council's out-of-hours instructions, when an urgent request waits (null otherwise). */
  outOfHours: outOfHoursSchema.nullable(),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;

export const summarySchema = z.object({
  /** Open and waiting for the council (received or in progress). */
  waiting: z.number().int(),
  urgent: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  /** Waiting and assigned to the member asking. */
  mine: z.number().int(),
  oldestWaitingAt: z.string().nullable(),
});
export type RequestsSummary = z.infer<typeof summarySchema>;

export const caseStageSchema = z.object({
  stage: z.number().int(),
  openedOn: z.string(),
  dueOn: z.string(),
  maxDueOn: z.string(),
  currentDueOn: z.string().nullable(),
  clock: z.enum(CLOCK_STATES),
  extendedTo: z.string().nullable(),
  extensionReason: z.string().nullable(),
  stoppedSince: z.string().nullable(),
  stopReason: z.string().nullable(),
  stoppedDays: z.number().int(),
  panelOn: z.string().nullable(),
  reportOn: z.string().nullable(),
  respondedOn: z.string().nullable(),
  outcome: z.enum(STAGE_OUTCOMES).nullable(),
  learning: z.string().nullable(),
  late: z.boolean(),
  /** Last day the young person may ask for the next stage (null: none, or not answered). */
  nextStageBy: z.string().nullable(),
});
export type CaseStage = z.infer<typeof caseStageSchema>;

export const caseEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  text: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  /** The young person sees it. */
  visible: z.boolean(),
  staff: staffRefSchema.nullable(),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseSchema = queueItemSchema.extend({
  nation: z.enum(NATIONS),
  details: z.string(),
  wanted: z.string().nullable(),
  onBehalf: onBehalfSchema.nullable(),
  contact: requestContactSchema.nullable(),
  wantsAdvocate: z.string(),
  language: z.string().nullable(),
  happened: z.enum(REQUEST_WHEN).nullable(),
  asker: z.enum(ASKER_GROUPS),
  advocacy: z.enum(ADVOCACY_STATES),
  contactedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  /** The last stage of this request's nation (a complaint); 1 for everything else. */
  lastStage: z.number().int(),
  stages: z.array(caseStageSchema),
  events: z.array(caseEventSchema),
  flags: z.object({ overAYear: z.boolean(), lateEscalation: z.boolean(), safety: z.boolean() }),
  /** A question about the local offer: the item it names, with its English title (null once no title can be found). */
  offerItem: z.object({ id: z.string(), title: z.string().nullable() }).nullable().optional(),
});
export type RequestCase = z.infer<typeof caseSchema>;

// The actions. Each answers the case as it is after the change.
export const assignSchema = z.object({ staffId: z.string().min(1).max(64).nullable() });
export const contactedSchema = z.object({ note: staffText(2000) });
export const advocacySchema = z.object({ state: z.enum(['referred', 'allocated', 'closed']), note: staffText(2000).optional() });
export const staffMessageSchema = z.object({ id: uuidSchema, text: staffText(4000), signedAs: staffText(80).optional() });
export const noteSchema = z.object({ text: staffText(4000) });
const stageSchema = z.number().int().min(1).max(3);
export const respondSchema = z.object({ stage: stageSchema, outcome: z.enum(STAGE_OUTCOMES), text: staffText(8000) });
export const extendSchema = z.object({ stage: stageSchema, to: isoDateSchema, reason: staffText(1000) });
export const clockSchema = z.object({ stage: stageSchema, action: z.enum(['stop', 'restart']), reason: staffText(1000) });
export const panelSchema = z.object({ panelOn: isoDateSchema });
export const reportOnSchema = z.object({ reportOn: isoDateSchema });
export const closeSchema = z.object({ reason: staffText(1000), outcome: z.enum(STAGE_OUTCOMES).optional() });
export const learningSchema = z.object({ stage: stageSchema, learning: staffText(4000) });

export const reportQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((q) => q.from <= q.to, { message: 'from must be on or before to', path: ['to'] });

const countsSchema = z.record(z.string(), z.number().int());
export const complaintsReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Requests received in the period. */
  total: z.number().int(),
  byKind: countsSchema,
  /** The furthest stage each complaint reached. */
  byStage: countsSchema,
  /** Each answered stage's outcome ('1:upheld'). */
  byOutcome: countsSchema,
  /** 'in-care' | 'care-leaver' | 'on-behalf' | 'not-said'. */
  byWho: countsSchema,
  byTopic: countsSchema,
  stagesAnswered: z.number().int(),
  stagesOnTime: z.number().int(),
  lateEscalations: z.number().int(),
  outOfTime: z.number().int(),
});
export type ComplaintsReport = z.infer<typeof complaintsReportSchema>;
