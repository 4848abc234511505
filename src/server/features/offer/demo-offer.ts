// Demoshire's local offer for care leavers: what the demo council gives, in English, Welsh and Arabic.
import type { OfferItemInput } from '../../../shared/offer-staff';

/** A demo item: the staff input, with a stable id so the seed is the same on every machine. */
export interface DemoOfferItem {
  id: string;
  input: OfferItemInput;
}

export const DEMO_OFFER: readonly DemoOfferItem[] = [];
