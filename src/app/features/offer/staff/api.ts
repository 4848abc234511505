// Staff calls for the local offer: the list with its statutory checks, writing a draft, publishing it (past the checks
// when the admin has seen them), retiring an item and its history. Every answer is checked against
// src/shared/offer-staff.ts.
import {
  offerChecksRefusalSchema,
  offerHistorySchema,
  offerPublishAnswerSchema,
  staffOfferItemAnswerSchema,
  staffOfferListSchema,
  type OfferCheck,
  type OfferItemInput,
} from '../../../../shared/offer-staff';
import type { LocalizedText } from '../../../../shared/text';
import { StaffApiError, staffRequest } from '../../../api/request';

const BASE = '/api/v1/staff/offer';
const itemUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const loadOffer = () => staffRequest({ method: 'GET', url: BASE, answer: staffOfferListSchema });

export const createItem = async (input: OfferItemInput) =>
  (await staffRequest({ method: 'POST', url: BASE, body: input, answer: staffOfferItemAnswerSchema })).item;

export const saveItem = async (id: string, input: OfferItemInput) =>
  (await staffRequest({ method: 'PUT', url: itemUrl(id), body: input, answer: staffOfferItemAnswerSchema })).item;

export const retireItem = async (id: string, reason: string) =>
  (await staffRequest({ method: 'POST', url: `${itemUrl(id)}/retire`, body: { reason }, answer: staffOfferItemAnswerSchema })).item;

export const loadHistory = async (id: string) =>
  (await staffRequest({ method: 'GET', url: `${itemUrl(id)}/history`, answer: offerHistorySchema })).versions;

/** Published, or held back by checks the admin has not yet seen (the server's 409 `checks-not-acknowledged`). */
export type PublishResult =
  { kind: 'published'; answer: ReturnType<typeof offerPublishAnswerSchema.parse> } | { kind: 'checks'; checks: OfferCheck[] };

export async function publishItem(id: string, changeNote: LocalizedText | null, acknowledgeChecks: boolean): Promise<PublishResult> {
  try {
    const answer = await staffRequest({
      method: 'POST',
      url: `${itemUrl(id)}/publish`,
      body: { changeNote, acknowledgeChecks },
      answer: offerPublishAnswerSchema,
    });
    return { kind: 'published', answer };
  } catch (e) {
    if (e instanceof StaffApiError && e.status === 409 && e.code === 'checks-not-acknowledged') {
      const refusal = offerChecksRefusalSchema.safeParse(e.details);
      // A refusal without its checks still says checks failed: the current list's checks are the best account of them.
      return { kind: 'checks', checks: refusal.success ? refusal.data.checks : (await loadOffer()).checks };
    }
    throw e;
  }
}
