// "How's life?" staff calls for the surveys screen: the council's surveys and findings, publishing a new version, a
// pulse check-in or a finding, and withdrawing a finding.
// Every answer is checked against src/shared.
import {
  findingWithdrawnSchema,
  staffFindingListSchema,
  staffSurveyListSchema,
  surveyFindingSchema,
  type FindingCreate,
  type PulseCreate,
  type SurveyEdit,
} from '../../../../shared/survey/authoring';
import { surveyVersionSchema } from '../../../../shared/survey/definition';
import { staffRequest } from '../../../api/request';

const SURVEYS = '/api/v1/staff/surveys';

export const listSurveys = async () => (await staffRequest({ method: 'GET', url: SURVEYS, answer: staffSurveyListSchema })).surveys;
export const listFindings = async () => (await staffRequest({ method: 'GET', url: `${SURVEYS}/findings`, answer: staffFindingListSchema })).findings;
export const publishFinding = (finding: FindingCreate) =>
  staffRequest({ method: 'POST', url: `${SURVEYS}/findings`, body: finding, answer: surveyFindingSchema });
export const publishVersion = (id: string, edit: SurveyEdit) =>
  staffRequest({ method: 'POST', url: `${SURVEYS}/${encodeURIComponent(id)}/versions`, body: edit, answer: surveyVersionSchema });
export const publishPulse = (pulse: PulseCreate) =>
  staffRequest({ method: 'POST', url: `${SURVEYS}/pulses`, body: pulse, answer: surveyVersionSchema });
export const withdrawFinding = (id: string, reason: string) =>
  staffRequest({ method: 'POST', url: `${SURVEYS}/findings/${encodeURIComponent(id)}/withdraw`, body: { reason }, answer: findingWithdrawnSchema });
