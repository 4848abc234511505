// The council's administration: staff accounts, the council's settings and join code, and the audit log. Every
// answer is checked against src/shared.
import type { z } from 'zod';
import { districtListSchema, type councilSettingsUpdateSchema } from '../../../../shared/council';
import {
  auditPageSchema,
  councilSettingsSchema,
  joinCodeRotationSchema,
  passwordResetResultSchema,
  staffAccountListSchema,
  staffAccountSchema,
  type StaffAccountCreate,
  type StaffAccountUpdate,
} from '../../../../shared/staff';
import { mailSettingsAnswerSchema, mailTestAnswerSchema, type MailSettingsForm } from '../../../../shared/alerts';
import { bankHolidayListSchema } from '../../../../shared/requests/bank-holiday-upload';
import { query, staffRequest } from '../../../api/request';

const id = encodeURIComponent;
const ACCOUNTS = '/api/v1/staff/accounts';

export const listAccounts = async () => (await staffRequest({ method: 'GET', url: ACCOUNTS, answer: staffAccountListSchema })).accounts;
export const createAccount = (account: StaffAccountCreate) =>
  staffRequest({ method: 'POST', url: ACCOUNTS, body: account, answer: staffAccountSchema });
/** Changing roles or disabling ends the account's sessions. */
export const updateAccount = (accountId: string, update: StaffAccountUpdate) =>
  staffRequest({ method: 'PATCH', url: `${ACCOUNTS}/${id(accountId)}`, body: update, answer: staffAccountSchema });
/** A new password made by the server, answered once and never shown again. */
export const resetPassword = (accountId: string) =>
  staffRequest({ method: 'POST', url: `${ACCOUNTS}/${id(accountId)}/password`, body: {}, answer: passwordResetResultSchema });

export const loadCouncil = () => staffRequest({ method: 'GET', url: '/api/v1/staff/council', answer: councilSettingsSchema });
export const saveCouncil = (settings: z.input<typeof councilSettingsUpdateSchema>) =>
  staffRequest({ method: 'PATCH', url: '/api/v1/staff/council', body: settings, answer: councilSettingsSchema });
/** A new join code; devices already joined stay joined. */
export const rotateJoinCode = () => staffRequest({ method: 'POST', url: '/api/v1/staff/council/join-code', answer: joinCodeRotationSchema });

const DISTRICTS = '/api/v1/staff/districts';
export const addDistrict = async (name: string) =>
  (await staffRequest({ method: 'POST', url: DISTRICTS, body: { name }, answer: districtListSchema })).districts;
export const renameDistrict = async (districtId: string, name: string) =>
  (await staffRequest({ method: 'PATCH', url: `${DISTRICTS}/${id(districtId)}`, body: { name }, answer: districtListSchema })).districts;

/** The audit log, newest first; pass the answer's nextBefore as `before` for the next page. */
export const listAudit = (before?: number, limit = 50) =>
  staffRequest({ method: 'GET', url: `/api/v1/staff/audit${query({ before, limit })}`, answer: auditPageSchema });

const BANK_HOLIDAYS = '/api/v1/staff/bank-holidays';
export const loadBankHolidays = () => staffRequest({ method: 'GET', url: BANK_HOLIDAYS, answer: bankHolidayListSchema });
/** GOV.UK's bank-holidays.json as downloaded; the server checks it. */
export const uploadBankHolidays = (file: unknown) => staffRequest({ method: 'PUT', url: BANK_HOLIDAYS, body: file, answer: bankHolidayListSchema });

const MAIL = '/api/v1/staff/alerts/mail';
/** The council's mail settings for alerts: never the password, only whether one is saved. */
export const loadMailSettings = () => staffRequest({ method: 'GET', url: MAIL, answer: mailSettingsAnswerSchema });
/** `password` left out keeps the saved one (for the same server and user name). */
export const saveMailSettings = (settings: MailSettingsForm) =>
  staffRequest({ method: 'PUT', url: MAIL, body: settings, answer: mailSettingsAnswerSchema });
/** Sends a test email through the saved mail server to every inbox; a 502 carries the mail server's reason. */
export const sendTestEmail = () => staffRequest({ method: 'POST', url: `${MAIL}/test`, answer: mailTestAnswerSchema });
