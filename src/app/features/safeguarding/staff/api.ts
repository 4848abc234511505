// The safeguarding queue and a council's own safety words, with the server's answers checked against src/shared.
import type { SafeguardingActionInput, SafeguardingAssignInput, SafeguardingSettingsInput } from '../../../../shared/safeguarding';
import {
  safeguardingActionResultSchema,
  safeguardingAssignResultSchema,
  safeguardingPageSchema,
  safeguardingPeopleSchema,
  safeguardingSettingsSchema,
} from '../../../../shared/safeguarding';
import { safetyTermListSchema, safetyTermRecordSchema, type SafetyTerm } from '../../../../shared/safety-terms';
import { query, staffRequest } from '../../../api/request';

/** A page of the safeguarding queue: waiting items first, each part newest first. Every look is audited. */
export const listQueue = (page: number, pageSize = 50) =>
  staffRequest({ method: 'GET', url: `/api/v1/staff/safeguarding${query({ page, pageSize })}`, answer: safeguardingPageSchema });

/** What a member of staff did about one item, following the council's procedure. */
export const recordAction = (action: SafeguardingActionInput) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/safeguarding/actions', body: action, answer: safeguardingActionResultSchema });

/** Give an item to a member of the queue's team (staffId null: to nobody). Audited; that person is emailed. */
export const assignItem = (body: SafeguardingAssignInput) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/safeguarding/assign', body, answer: safeguardingAssignResultSchema });

/** Who an item may be given to or escalated to: the active staff who work the queue. */
export const listQueuePeople = async () =>
  (await staffRequest({ method: 'GET', url: '/api/v1/staff/safeguarding/people', answer: safeguardingPeopleSchema })).people;

/** The council's response time and escalation list. */
export const loadQueueSettings = () =>
  staffRequest({ method: 'GET', url: '/api/v1/staff/safeguarding/settings', answer: safeguardingSettingsSchema });
export const saveQueueSettings = (body: SafeguardingSettingsInput) =>
  staffRequest({ method: 'PUT', url: '/api/v1/staff/safeguarding/settings', body, answer: safeguardingSettingsSchema });

export const listSafetyTerms = async () =>
  (await staffRequest({ method: 'GET', url: '/api/v1/staff/safety-terms', answer: safetyTermListSchema })).terms;

export const addSafetyTerm = (term: SafetyTerm) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/safety-terms', body: term, answer: safetyTermRecordSchema });

export const removeSafetyTerm = (id: string) => staffRequest({ method: 'DELETE', url: `/api/v1/staff/safety-terms/${encodeURIComponent(id)}` });
