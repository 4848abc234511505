// The table added by migration 015: findings published to young people.

/** One finding: "What you told us" and "What we will do", in every language. Never updated once written. */
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
}

export interface SurveyFindingTables {
  survey_findings: SurveyFindingsTable;
}
