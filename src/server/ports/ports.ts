// Every port a domain may contribute to or use, gathered from the feature list and handed to each domain's routes,
// op handlers and seed. A domain never imports another; it asks here.
import type { MyItemLinkSource, MyItemSource, SeenByPersonSource, WithdrawalHandler } from '../my-items/types';
import type { Alerts } from './alerts';
import type { CitationSource } from './citations';
import type { FeedAnswers } from './feed-answers';
import type { OfferItemDirectory } from './offer-items';
import type { PostDirectory } from './posts';
import type { SafeguardingSource } from './safeguarding';
import type { WaitingSource } from './waiting';
import type { WordsHolder } from './words';

export interface Ports {
  myItems: readonly MyItemSource[];
  myItemLinks: readonly MyItemLinkSource[];
  seenByPerson: readonly SeenByPersonSource[];
  withdrawals: readonly WithdrawalHandler[];
  safeguarding: readonly SafeguardingSource[];
  citations: readonly CitationSource[];
  wordsHolders: readonly WordsHolder[];
  posts: PostDirectory;
  feedAnswers: FeedAnswers | null;
  /** The local offer's items, by id (null when no domain holds an offer). */
  offerItems: OfferItemDirectory | null;
  /** The duty inbox's alerts (null when no domain sends them). */
  alerts: Alerts | null;
  /** What waits for staff, by kind, for the counts in the staff navigation. */
  waiting: readonly WaitingSource[];
}

/** What one domain contributes (the single-provider ports at most once across the list). */
export type PortContributions = Partial<Ports>;
