// Publishing a "you said, we did" answer from another domain (a poll's adopted name), checked like any other.
import type { FeedItemCreate } from '../../shared/feed-staff';
import type { Trx } from '../db/schema';
import type { Ports } from './ports';

export interface FeedAnswers {
  /** Creates the item, published at `at` and written by staffId; answers its id. */
  publish(trx: Trx, input: { councilId: string; staffId: string; at: string; item: FeedItemCreate }, ports: Ports): Promise<string>;
}
