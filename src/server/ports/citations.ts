// What a "you said, we did" item may cite (a theme, a wall post, a poll), answered by the domain that holds it.
import type { SourceKind } from '../../shared/feed';
import type { Db } from '../db/schema';

export interface CitationSource {
  kind: SourceKind;
  /** True when this council has it and it may be cited: a published item reaches every phone. */
  citable(db: Db, councilId: string, id: string): Promise<boolean>;
  /**
   * What there is to cite, with anonymised counts for a period (both dates included, YYYY-MM-DD), for domains whose
   * sources are not listed elsewhere (request topics). Counts only: never anyone's words or identity.
   */
  choices?(db: Db, councilId: string, period: { from: string; to: string }): Promise<CitationChoice[]>;
}

export interface CitationChoice {
  id: string;
  /** How many in the period; null when there were some, but too few to show without pointing at someone. */
  count: number | null;
  citable: boolean;
}
