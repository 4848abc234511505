// What a "you said, we did" item may cite (a theme, a wall post, a poll), answered by the domain that holds it.
import type { SourceKind } from '../../shared/feed';
import type { Db } from '../db/schema';

export interface CitationSource {
  kind: SourceKind;
  /** True when this council has it and it may be cited: a published item reaches every phone. */
  citable(db: Db, councilId: string, id: string): Promise<boolean>;
}
