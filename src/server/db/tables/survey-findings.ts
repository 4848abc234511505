// The table added by migration 015 (withdrawal: 019, its reason: 022): findings published to young people.
import type { ColumnType } from 'kysely';

/** One finding: "What you told us" and "What we will do", in every language. Its words never change once written. */
export interface SurveyFindingsTable {
  id: string;
  council_id: string;
  round: string;
  /** JSON { en, cy, ar }. */
  told: string;
  /** JSON { en, cy, ar }. */
  will_do: string;
  /** JSON array of question ids. */
  question_ids: string;
  published_at: string;
  published_by: string;
  /** Withdrawn (null: published): phones drop it; feed items citing it say so. */
  withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawn_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why staff withdrew it (migration 022; null for a finding still published, or withdrawn before reasons were kept). */
  withdrawn_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SurveyFindingTables {
  survey_findings: SurveyFindingsTable;
}
