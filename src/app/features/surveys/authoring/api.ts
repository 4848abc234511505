// "How's life?" staff calls for the surveys screen: the council's surveys, its findings, and publishing a finding.
// Every answer is checked against src/shared.
import { staffFindingListSchema, staffSurveyListSchema, surveyFindingSchema, type FindingCreate } from '../../../../shared/survey/authoring';
import { staffRequest } from '../../../api/request';

const SURVEYS = '/api/v1/staff/surveys';

export const listSurveys = async () => (await staffRequest({ method: 'GET', url: SURVEYS, answer: staffSurveyListSchema })).surveys;
export const listFindings = async () => (await staffRequest({ method: 'GET', url: `${SURVEYS}/findings`, answer: staffFindingListSchema })).findings;
export const publishFinding = (finding: FindingCreate) =>
  staffRequest({ method: 'POST', url: `${SURVEYS}/findings`, body: finding, answer: surveyFindingSchema });
