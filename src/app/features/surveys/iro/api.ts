// The IRO screens' staff calls: the council's sealing key and published surveys (kept for offline use), a sealed
// response, a tally. Every answer is checked against src/shared.
import { staffRequest } from '../../../api/request';
import { publishedSurveysSchema, sealedStoredSchema, tallyListSchema, tallyStoredSchema, type Tally } from '../../../../shared/survey/iro';
import { sealingKeyAnswerSchema, type SealedEnvelope } from '../../../../shared/survey/sealed';

const BASE = '/api/v1/staff/surveys';

export const fetchSealingKey = () => staffRequest({ method: 'GET', url: `${BASE}/sealing-key`, answer: sealingKeyAnswerSchema });
export const fetchPublished = async () => (await staffRequest({ method: 'GET', url: `${BASE}/published`, answer: publishedSurveysSchema })).surveys;
export const sendSealed = (entryId: string, sealed: SealedEnvelope) =>
  staffRequest({ method: 'POST', url: `${BASE}/sealed`, body: { entryId, sealed }, answer: sealedStoredSchema });
export const sendTally = (tally: Tally) => staffRequest({ method: 'POST', url: `${BASE}/tallies`, body: tally, answer: tallyStoredSchema });
export const fetchMyTallies = async () => (await staffRequest({ method: 'GET', url: `${BASE}/tallies`, answer: tallyListSchema })).tallies;
