// The "Ask for help" form as data: which steps each door asks, when a step is answered enough to go on, and the
// request.create payload the answers make. Pure: no storage, React or words.
import {
  requestContactSchema,
  requestCreatePayloadSchema,
  type ContactMethod,
  type ContactTime,
  type ContactWorker,
  type RequestCreate,
  type RequestTopic,
} from '../../../../shared/requests/request';

/** The four doors a young person can open (a 'question' comes from the local offer, not from here). */
export const DOORS = ['advocate', 'complaint', 'compliment', 'contact-me'] as const;
export type Door = (typeof DOORS)[number];
export const isDoor = (s: string | undefined): s is Door => (DOORS as readonly string[]).includes(s ?? '');
/** What the form asks for: a door, or a question about a local offer item ("Ask my PA about this"). */
export type FormKind = Door | 'question';

export type StepKey = 'topic' | 'what' | 'when' | 'who' | 'contact' | 'advocate' | 'language' | 'send';

const STEPS: Record<FormKind, readonly StepKey[]> = {
  // Asking for an advocate is wanting one: no "do you want an advocate?" step.
  advocate: ['topic', 'what', 'who', 'contact', 'language', 'send'],
  complaint: ['topic', 'what', 'when', 'who', 'contact', 'advocate', 'language', 'send'],
  compliment: ['topic', 'what', 'who', 'contact', 'send'],
  // As short as it can be: how to reach them, safely.
  'contact-me': ['contact', 'send'],
  // The item says what it is about: the question, then how to reach them.
  question: ['what', 'contact', 'send'],
};
export const stepsOf = (door: FormKind): readonly StepKey[] => STEPS[door];

/** What the young person has answered so far (every field optional: a draft is saved at every step). */
export interface RequestAnswers {
  topic?: RequestTopic;
  details?: string;
  wanted?: string;
  when?: 'recent' | 'this-year' | 'over-a-year' | 'not-sure';
  who?: 'me' | 'someone';
  onBehalfName?: string;
  onBehalfRelationship?: string;
  asker?: 'in-care' | 'care-leaver' | 'not-said';
  method?: ContactMethod;
  value?: string;
  worker?: ContactWorker;
  safeToCall?: boolean;
  safeToText?: boolean;
  safeToLeaveMessage?: boolean;
  bestTimes?: ContactTime[];
  wantsAdvocate?: 'yes' | 'no' | 'not-sure';
  language?: string;
  /** For a question: the local offer item it is about. */
  offerItemId?: string;
}

const filled = (s: string | undefined): s is string => (s ?? '').trim().length > 0;

/** How to reach them, as the contract wants it (undefined until a way is chosen). */
export function contactOf(a: RequestAnswers) {
  if (!a.method) return undefined;
  const through = a.method === 'through-worker';
  return {
    method: a.method,
    ...(!through && filled(a.value) ? { value: a.value.trim() } : {}),
    ...(through && a.worker ? { worker: a.worker } : {}),
    safeToCall: a.safeToCall ?? false,
    safeToText: a.safeToText ?? false,
    safeToLeaveMessage: a.safeToLeaveMessage ?? false,
    ...(a.bestTimes?.length ? { bestTimes: a.bestTimes } : {}),
  };
}

/** Why the young person cannot go on from `step` yet, or null when they can. */
export function stepProblem(step: StepKey, a: RequestAnswers): 'topic' | 'details' | 'when' | 'who' | 'contact' | 'advocate' | null {
  switch (step) {
    case 'topic':
      return a.topic ? null : 'topic';
    case 'what':
      return filled(a.details) ? null : 'details';
    case 'when':
      return a.when ? null : 'when';
    case 'who':
      if (a.who === 'me') return null;
      return a.who === 'someone' && filled(a.onBehalfName) && filled(a.onBehalfRelationship) ? null : 'who';
    case 'contact':
      return requestContactSchema.safeParse(contactOf(a)).success ? null : 'contact';
    case 'advocate':
      return a.wantsAdvocate ? null : 'advocate';
    default:
      return null;
  }
}

/** The words the safety check reads: what happened and what they want. */
export const wordsOf = (a: RequestAnswers): string => [a.details, a.wanted].filter(filled).join('\n');

/**
 * The request.create payload for `door`, checked against the contract, or null when something is missing. A
 * 'contact-me' request is always urgent with topic 'other'; so is anything the phone's check doubted. A 'question' is
 * about leaving care and carries the local offer item it asks about.
 */
export function toPayload(door: FormKind, a: RequestAnswers, extra: { checkCode: string; flaggedOnDevice: boolean }): RequestCreate | null {
  const steps = new Set(stepsOf(door));
  const contactMe = door === 'contact-me';
  const parsed = requestCreatePayloadSchema.safeParse({
    kind: door,
    topic: contactMe ? 'other' : door === 'question' ? 'leaving-care' : a.topic,
    details: contactMe ? '' : (a.details ?? ''),
    ...(!contactMe && door !== 'question' && filled(a.wanted) ? { wanted: a.wanted } : {}),
    ...(steps.has('who') && a.who === 'someone' ? { onBehalf: { name: a.onBehalfName, relationship: a.onBehalfRelationship } } : {}),
    contact: contactOf(a),
    wantsAdvocate: door === 'advocate' ? 'yes' : steps.has('advocate') ? (a.wantsAdvocate ?? 'not-sure') : 'not-sure',
    ...(steps.has('language') && filled(a.language) ? { language: a.language } : {}),
    ...(steps.has('when') && a.when ? { when: a.when } : {}),
    asker: steps.has('who') && a.who === 'me' ? (a.asker ?? 'not-said') : 'not-said',
    urgent: contactMe || extra.flaggedOnDevice,
    ...(extra.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
    checkCode: extra.checkCode,
    ...(door === 'question' && a.offerItemId ? { offerItemId: a.offerItemId } : {}),
  });
  return parsed.success ? parsed.data : null;
}

/** The first step that is not answered enough, or -1 when every step is. */
export const firstProblemStep = (door: FormKind, a: RequestAnswers): number => stepsOf(door).findIndex((s) => stepProblem(s, a) !== null);
