// "How's life?" staff calls: the round's results (and its CSV), the care population the response rates are worked out
// against, paper returns keyed in by staff, and the findings withdrawn after publication. Every answer is checked against src/shared or the shape given here.
import { z } from 'zod';
import { withdrawnFindingListSchema } from '../../../../shared/survey/authoring';
import { AGE_BANDS } from '../../../../shared/survey/definition';
import { surveyResultsSchema } from '../../../../shared/survey/results';
import type { SurveySubmitPayload } from '../../../../shared/survey/response';
import { query, staffRequest } from '../../../api/request';
import { POPULATION_SEXES, type PopulationRow } from './model/population';

const SURVEYS = '/api/v1/staff/surveys';

/** The round the staff screens show: Heard's "How's life?" round, which every council's age-band surveys belong to. */
export const ROUND = 'hows-life';

const populationRowSchema = z.object({ band: z.enum(AGE_BANDS), sex: z.enum(POPULATION_SEXES), count: z.number().int().nonnegative() });
export const populationsSchema = z.object({ round: z.string(), rows: z.array(populationRowSchema) });

const storedSchema = z.object({ stored: z.literal(true) });

export const loadResults = (round: string) =>
  staffRequest({ method: 'GET', url: `${SURVEYS}/results${query({ round })}`, answer: surveyResultsSchema });
/** The aggregates as CSV (the same suppression as the page), for a download link. */
export const resultsCsvUrl = (round: string) => `${SURVEYS}/results.csv${query({ round })}`;

export const loadPopulations = async (round: string) =>
  (await staffRequest({ method: 'GET', url: `${SURVEYS}/populations${query({ round })}`, answer: populationsSchema })).rows;
/** Replaces the round's care population (admin). */
export const savePopulations = (round: string, rows: readonly PopulationRow[]) =>
  staffRequest({ method: 'PUT', url: `${SURVEYS}/populations`, body: { round, rows } });

/** A paper return as staff key it in: `entryId` is fresh for each paper, so sending it twice stores it once. */
export type PaperReturn = { entryId: string } & Omit<SurveySubmitPayload, 'flaggedOnDevice'>;
export const sendPaperReturn = (paper: PaperReturn) => staffRequest({ method: 'POST', url: `${SURVEYS}/paper`, body: paper, answer: storedSchema });

/** The council's findings withdrawn after publication: who withdrew each, when and why. */
export const loadWithdrawnFindings = async () =>
  (await staffRequest({ method: 'GET', url: `${SURVEYS}/findings/withdrawn`, answer: withdrawnFindingListSchema })).findings;
