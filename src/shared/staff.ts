// Staff roles and the shapes staff screens exchange with the server.
import { z } from 'zod';
import { districtSchema, safeguardingHoursSchema, vocabularySchema } from './council';
import { timescalesSchema } from './requests/clock';
import { NATIONS } from './requests/request';
import { ROLES } from './roles';
import { languageSchema } from './text';

// The roles themselves live in roles.ts (no zod), so the app's first screen can name them without loading zod.
export { MODERATION_ROLES, ROLES, type Role } from './roles';
export const roleSchema = z.enum(ROLES);

export const emailSchema = z
  .email({ message: 'must be an email address' })
  .max(200)
  .transform((s) => s.toLowerCase());
/** Long passphrases over complexity rules (NCSC guidance). */
export const passwordSchema = z.string().min(12, { message: 'use at least 12 characters' }).max(200);

export const signInRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const staffMeSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  /** The council's districts, for every role: staff pick one for a feed item or filter the district log by it. */
  council: z.object({ id: z.string(), name: z.string(), districts: z.array(z.object({ id: z.string(), name: z.string() })) }),
});
export type StaffMe = z.infer<typeof staffMeSchema>;

/** A staff member's display name. */
export const staffNameSchema = z.string().trim().min(1, { message: 'give a name' }).max(120);
/** At least one role; repeats are dropped so the stored list stays clean. */
export const rolesSchema = z
  .array(roleSchema)
  .min(1, { message: 'choose at least one role' })
  .max(ROLES.length * 2)
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));
/** Why a staff member made a change; it goes to the audit log. */
export const reasonSchema = z.string().trim().min(1).max(500);

// --- Staff accounts (admin) ---

export const staffAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  disabled: z.boolean(),
  createdAt: z.string(),
  /** Absent when the account has never signed in. */
  lastSignInAt: z.string().optional(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

/** GET /api/v1/staff/accounts */
export const staffAccountListSchema = z.object({ accounts: z.array(staffAccountSchema) });
export type StaffAccountList = z.infer<typeof staffAccountListSchema>;

/** POST /api/v1/staff/accounts → 201 StaffAccount (409 'email-taken'). */
export const staffAccountCreateSchema = z.object({
  email: emailSchema,
  name: staffNameSchema,
  roles: rolesSchema,
  password: passwordSchema,
});
export type StaffAccountCreate = z.input<typeof staffAccountCreateSchema>;

/** PATCH /api/v1/staff/accounts/:id → 200 StaffAccount. Changing roles or disabling ends the account's sessions. */
export const staffAccountUpdateSchema = z
  .object({
    name: staffNameSchema.optional(),
    roles: rolesSchema.optional(),
    disabled: z.boolean().optional(),
    reason: reasonSchema.optional(),
  })
  .refine((u) => u.name !== undefined || u.roles !== undefined || u.disabled !== undefined, {
    message: 'change at least one of name, roles or disabled',
  });
export type StaffAccountUpdate = z.input<typeof staffAccountUpdateSchema>;

export const staffAccountParamsSchema = z.object({ id: z.string().min(1).max(64) });

// --- Passwords ---

/** POST /api/v1/staff/me/password → 204: the signed-in member changes their own; their other sessions end. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .refine((b) => b.currentPassword.normalize('NFKC') !== b.newPassword.normalize('NFKC'), {
    message: 'choose a new password, not the one you have now',
    path: ['newPassword'],
  });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/**
 * POST /api/v1/staff/accounts/:id/password (admin, own council) → 200 { password? }: sets the given password, or
 * makes a new one and answers it once (it is never stored or shown again). The member's sessions end.
 */
export const passwordResetSchema = z.object({ password: passwordSchema.optional() });
export type PasswordReset = z.infer<typeof passwordResetSchema>;
export const passwordResetResultSchema = z.object({ password: z.string().optional() });
export type PasswordResetResult = z.infer<typeof passwordResetResultSchema>;

// --- Council settings (admin; participation may read) ---

/** GET/PATCH /api/v1/staff/council (the PATCH body is councilSettingsUpdateSchema in council.ts). */
export const councilSettingsSchema = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  districts: z.array(districtSchema),
  outOfHoursPhone: z.string(),
  vocabulary: vocabularySchema,
  languages: z.array(languageSchema),
  /** When the safeguarding inbox is read, shown to young people as written; null until the council says. */
  safeguardingHours: safeguardingHoursSchema.nullable(),
  /** Whose complaint rules apply, and the timescales in use (the regulations' unless the council set its own). */
  nation: z.enum(NATIONS),
  requestTimescales: timescalesSchema,
});
export type CouncilSettings = z.infer<typeof councilSettingsSchema>;

/** POST /api/v1/staff/council/join-code → a new join code; devices already joined stay joined. */
export const joinCodeRotationSchema = z.object({ joinCode: z.string() });
/** The council's join code and name, for any staff role helping a young person join (GET /api/v1/staff/join-link). */
export const joinLinkSchema = z.object({ joinCode: z.string(), councilName: z.string() });
export type JoinLink = z.infer<typeof joinLinkSchema>;
export type JoinCodeRotation = z.infer<typeof joinCodeRotationSchema>;

// --- Audit log (admin) ---

/** GET /api/v1/staff/audit?before=<id>&limit=<n>: newest first; pass nextBefore as `before` for the next page. */
export const auditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** Null for actions not made by a staff member (e.g. the command line). */
  staff: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Null when there is nothing older. */
  nextBefore: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** Staff requests other than GET carry this header; the server answers 403 'csrf' without it. */
export const CSRF_HEADER = 'X-Heard-CSRF';
export const STAFF_COOKIE = '__Host-heard';
