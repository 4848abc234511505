// The staff calls for a council's own safety words, with the server's answers checked against the shared contract.
import { safetyTermListSchema, safetyTermRecordSchema, type SafetyTerm, type SafetyTermRecord } from '../../shared/safety-terms';
import { StaffApiError, staffFetch } from './staff';

function checked<T>(parse: (v: unknown) => { success: true; data: T } | { success: false }, value: unknown): T {
  const result = parse(value);
  if (!result.success) throw new StaffApiError(0, 'bad-answer', 'The server sent an answer Heard does not understand. Reload the page.');
  return result.data;
}

export async function listSafetyTerms(): Promise<SafetyTermRecord[]> {
  const answer = await staffFetch<unknown>('GET', '/api/v1/staff/safety-terms');
  return checked((v) => safetyTermListSchema.safeParse(v), answer).terms;
}

export async function addSafetyTerm(term: SafetyTerm): Promise<SafetyTermRecord> {
  const answer = await staffFetch<unknown>('POST', '/api/v1/staff/safety-terms', term);
  return checked((v) => safetyTermRecordSchema.safeParse(v), answer);
}

export async function removeSafetyTerm(id: string): Promise<void> {
  await staffFetch<void>('DELETE', `/api/v1/staff/safety-terms/${encodeURIComponent(id)}`);
}
