// Places that show or quote a young person's words elsewhere (a theme's count, a quote in "you said, we did"). When
// words are withdrawn, the domain that holds them asks each holder to let go, in the same transaction.
import type { SourceKind } from '../../shared/feed';
import type { Trx } from '../db/schema';

export interface QuotingItem {
  id: string;
  published: boolean;
}

export interface WordsHolder {
  /** Taken back by the young person: the words count nowhere any more (a theme's figures included). */
  forget?(trx: Trx, source: { kind: SourceKind; id: string }): Promise<void>;
  /** Erases every quote of these words; answers the items that quoted them until now. */
  withdrawQuotes?(trx: Trx, councilId: string, source: { kind: SourceKind; id: string }, at: string): Promise<QuotingItem[]>;
}
