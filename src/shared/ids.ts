// Identifiers shared by app and server. Op ids and entity ids are v4 UUIDs made where the thing is created.
import { z } from 'zod';

export const uuidSchema = z.uuid({ message: 'must be a UUID' });
export type Uuid = z.infer<typeof uuidSchema>;

/**
 * A choice of one row by id where "none" is allowed (a district). An empty or blank string means none, as null does:
 * it is what an empty form field or picker sends, and refusing a young person's words over it would lose them.
 * Whether the id exists (in the caller's council) is the handler's check.
 */
export const optionalRefSchema = z
  .string()
  .trim()
  .max(64)
  .transform((v): string | null => (v === '' ? null : v))
  .nullable();

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
