// "For me": the young person's answers to a few plain questions (kept on this phone only, never sent) and whether an
// item of the local offer is for them, with the reasons it is. Pure: no storage, React or words (reasons are keys).
import { z } from 'zod';
import type { CareLeaverStatus, Condition, OfferEligibility } from '../../../../shared/offer';
import type { Nation } from '../../../../shared/requests/request';

export const YES_NO = ['yes', 'no', 'not-sure'] as const;
export type YesNo = (typeof YES_NO)[number];
/** Where they live: a nation the offer can name, somewhere else in the UK, or not sure. */
export const WHERE = ['england', 'wales', 'elsewhere', 'not-sure'] as const;
export type Where = (typeof WHERE)[number];

const yesNo = z.enum(YES_NO).nullable();
/** The answers as kept on this phone (checked when read back, so an old or broken row is treated as no answers). */
export const offerAnswersSchema = z.object({
  /** Whole years; null: they chose "I'm not sure" or did not say. */
  age: z.number().int().min(0).max(99).nullable(),
  /** "Are you in care now?" */
  inCareNow: yesNo,
  /** "Were you in care at any time after your 16th birthday?" */
  inCareAfter16: yesNo,
  /** "Were you in care for 13 weeks or more (about 3 months) after you turned 14?" */
  thirteenWeeks: yesNo,
  /** "Do you live outside <council>?" */
  outOfArea: yesNo,
  /** "Are you at school, college, university or in training?" */
  inEducation: yesNo,
  /** "Did you come to the UK on your own as a child, to ask for asylum?" */
  uasc: yesNo,
  where: z.enum(WHERE).nullable(),
});
export type OfferAnswers = z.infer<typeof offerAnswersSchema>;

export const NO_ANSWERS: OfferAnswers = {
  age: null,
  inCareNow: null,
  inCareAfter16: null,
  thirteenWeeks: null,
  outOfArea: null,
  inEducation: null,
  uasc: null,
  where: null,
};

/** A status, none of them (not a care leaver under the Act's definitions), or not known from the answers. */
export type StatusAnswer = { known: true; status: CareLeaverStatus | null } | { known: false };

/**
 * The care leaver status the answers point to, as the Children (Leaving Care) Act 2000 defines them (Children Act 1989
 * Schedule 2 para 19B, s23A, s24, as amended; Care Leavers (England) Regulations 2010 reg 40):
 * - eligible: 16 or 17, looked after now, and looked after for at least 13 weeks since 14 (ending after 16);
 * - relevant: 16 or 17, not looked after now, was eligible when care ended (13 weeks since 14, in care after 16);
 * - former relevant: 18 or over, and was eligible or relevant (the same 13 weeks and in care after 16);
 * - qualifying (s24): 16 or over, looked after at some time after 16 but not for the 13 weeks, and not in care now.
 * An "I'm not sure" (or no answer) that the status depends on makes it not known, so it filters nothing out.
 */
export function careLeaverStatus(a: OfferAnswers): StatusAnswer {
  if (a.age === null) return { known: false };
  if (a.age < 16) return { known: true, status: null };
  const inCareNow = a.age >= 18 ? 'no' : a.inCareNow;
  // Someone in care now at 16 or 17 has been in care after their 16th birthday.
  const after16 = inCareNow === 'yes' ? 'yes' : a.inCareAfter16;
  if (after16 === 'no') return { known: true, status: null };
  if (after16 !== 'yes') return { known: false };
  if (a.thirteenWeeks === 'no') {
    if (inCareNow === 'yes') return { known: true, status: null };
    return inCareNow === 'no' ? { known: true, status: 'qualifying' } : { known: false };
  }
  if (a.thirteenWeeks !== 'yes') return { known: false };
  if (a.age >= 18) return { known: true, status: 'former-relevant' };
  if (inCareNow === 'yes') return { known: true, status: 'eligible' };
  return inCareNow === 'no' ? { known: true, status: 'relevant' } : { known: false };
}

/** One reason an item is for them: an i18n key in the `offer` namespace and its values. */
export interface Reason {
  key: string;
  values?: Record<string, string | number>;
}

export interface ForMe {
  /** False only when an answer they gave rules it out. */
  applies: boolean;
  /** An answer the item depends on is "I'm not sure" (or not given): "Ask your PA if this is for you". */
  askPa: boolean;
  reasons: Reason[];
}

type Check = { out: true } | { out: false; unsure: boolean; reason?: Reason };

function condition(rule: Condition, answer: YesNo | null, what: 'outOfArea' | 'inEducation' | 'uasc'): Check {
  if (rule === 'any') return { out: false, unsure: false };
  if (answer === null || answer === 'not-sure') return { out: false, unsure: true };
  const wanted = rule === 'only' ? 'yes' : 'no';
  return answer === wanted ? { out: false, unsure: false, reason: { key: `reasons.${what}.${rule}` } } : { out: true };
}

function age(e: OfferEligibility, a: OfferAnswers): Check {
  if (e.minAge === null && e.maxAge === null) return { out: false, unsure: false };
  if (a.age === null) return { out: false, unsure: true };
  const inRange = (e.minAge === null || a.age >= e.minAge) && (e.maxAge === null || a.age <= e.maxAge);
  return inRange ? { out: false, unsure: false, reason: { key: 'reasons.age', values: { age: a.age } } } : { out: true };
}

function status(e: OfferEligibility, a: OfferAnswers): Check {
  if (e.statuses.length === 0) return { out: false, unsure: false };
  const s = careLeaverStatus(a);
  if (!s.known) return { out: false, unsure: true };
  return s.status && e.statuses.includes(s.status) ? { out: false, unsure: false, reason: { key: `reasons.status.${s.status}` } } : { out: true };
}

function nation(e: OfferEligibility, a: OfferAnswers): Check {
  if (e.nations.length === 0) return { out: false, unsure: false };
  if (a.where === null || a.where === 'not-sure') return { out: false, unsure: true };
  return a.where !== 'elsewhere' && e.nations.includes(a.where as Nation)
    ? { out: false, unsure: false, reason: { key: `reasons.nation.${a.where}` } }
    : { out: true };
}

/**
 * Whether an item is for the young person who gave `me`, and why: every condition the item sets must hold. Ages are
 * whole years and both ends count ("until your 25th birthday" is maxAge 24). An answer of "I'm not sure" never rules
 * an item out; it asks them to check with their personal adviser instead.
 */
export function appliesTo(e: OfferEligibility, me: OfferAnswers): ForMe {
  const checks = [
    age(e, me),
    status(e, me),
    condition(e.outOfArea, me.outOfArea, 'outOfArea'),
    condition(e.inEducation, me.inEducation, 'inEducation'),
    condition(e.uasc, me.uasc, 'uasc'),
    nation(e, me),
  ];
  if (checks.some((c) => c.out)) return { applies: false, askPa: false, reasons: [] };
  const kept = checks as Array<Extract<Check, { out: false }>>;
  return { applies: true, askPa: kept.some((c) => c.unsure), reasons: kept.flatMap((c) => (c.reason ? [c.reason] : [])) };
}

/** Whether they have answered anything yet (the "for me" list shows once they have). */
export const hasAnswers = (a: OfferAnswers): boolean => Object.values(a).some((v) => v !== null);

/** Saved answers read back: anything that does not fit the shape counts as no answers. */
export function readAnswers(value: unknown): OfferAnswers {
  const parsed = offerAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : NO_ANSWERS;
}
