// The survey both sides draw: Heard's default 11–18 version (46 questions), fetched as JSON data as each library
// would get it (Heard's phone from its pull, a SurveyJS page from its server), so its words are not counted as code.
import type { SurveyVersion } from '../../../src/shared/survey/definition';

/** bench/survey-compare.ts writes the version beside the pages under this name. */
export const SURVEY_FILE = 'survey-11-18.json';

export async function loadSurvey(): Promise<SurveyVersion> {
  const res = await fetch(`./${SURVEY_FILE}`);
  return (await res.json()) as SurveyVersion;
}
