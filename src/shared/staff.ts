// Staff roles and the shapes staff screens exchange with the server.
import { z } from 'zod';

export const ROLES = ['admin', 'participation', 'iro', 'complaints', 'moderator'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const emailSchema = z.email({ message: 'must be an email address' }).max(200).transform((s) => s.toLowerCase());
/** Long passphrases over complexity rules (NCSC guidance). */
export const passwordSchema = z.string().min(12, { message: 'use at least 12 characters' }).max(200);

export const signInRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const staffMeSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  council: z.object({ id: z.string(), name: z.string() }),
});
export type StaffMe = z.infer<typeof staffMeSchema>;
