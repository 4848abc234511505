// Staff calls for "Ask for help": the triage queue and its counts, a case and every action on it, the annual
// complaints report (and its CSV). Every answer is checked against src/shared/requests/staff.ts.
import { z } from 'zod';
import { assigneesSchema, caseSchema, complaintsReportSchema, queueResponseSchema, summarySchema } from '../../../shared/requests/staff';
import { query, staffRequest } from '../request';

const BASE = '/api/v1/staff/requests';
const caseAnswer = z.object({ request: caseSchema });

export type QueueStatus = 'open' | 'closed' | 'all';

export const loadQueue = (status: QueueStatus, page: number) =>
  staffRequest({ method: 'GET', url: `${BASE}${query({ status, page })}`, answer: queueResponseSchema });
export const loadSummary = () => staffRequest({ method: 'GET', url: `${BASE}/summary`, answer: summarySchema });
export const loadCase = async (id: string) =>
  (await staffRequest({ method: 'GET', url: `${BASE}/${encodeURIComponent(id)}`, answer: caseAnswer })).request;

export const loadAssignees = async () => (await staffRequest({ method: 'GET', url: `${BASE}/assignees`, answer: assigneesSchema })).staff;

export type CaseAction =
  | { path: 'assign'; body: { staffId: string | null } }
  | { path: 'acknowledge'; body?: undefined }
  | { path: 'contacted'; body: { note: string } }
  | { path: 'advocacy'; body: { state: 'referred' | 'allocated' | 'closed'; note?: string } }
  | { path: 'messages'; body: { id: string; text: string; signedAs?: string } }
  | { path: 'notes'; body: { text: string } }
  | { path: 'respond'; body: { stage: number; outcome: string; text: string } }
  | { path: 'extend'; body: { stage: number; to: string; reason: string } }
  | { path: 'clock'; body: { stage: number; action: 'stop' | 'restart'; reason: string } }
  | { path: 'panel'; body: { panelOn: string } }
  | { path: 'report'; body: { reportOn: string } }
  | { path: 'close'; body: { reason: string; outcome?: string } }
  | { path: 'learning'; body: { stage: number; learning: string } };

/** One action on a case; answers the case as it is after it. */
export const actOnCase = async (id: string, action: CaseAction) =>
  (await staffRequest({ method: 'POST', url: `${BASE}/${encodeURIComponent(id)}/${action.path}`, body: action.body, answer: caseAnswer })).request;

export const loadReport = (from: string, to: string) =>
  staffRequest({ method: 'GET', url: `${BASE}/report${query({ from, to })}`, answer: complaintsReportSchema });
export const reportCsvUrl = (from: string, to: string) => `${BASE}/report.csv${query({ from, to })}`;
