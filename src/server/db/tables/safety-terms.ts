// A council's own words for the safety check.
import type { SafetyCategory, SafetyLanguage } from '../../../shared/safety/categories';

export interface SafetyTermsTable {
  id: string;
  council_id: string;
  /** As the member of staff typed it (trimmed); the check normalises it the same way as what young people write. */
  term: string;
  category: SafetyCategory;
  language: SafetyLanguage;
  created_by: string;
  created_at: string;
}

export interface SafetyTermsTables {
  safety_terms: SafetyTermsTable;
}
