// Identifiers shared by app and server. Op ids and entity ids are v4 UUIDs made where the thing is created.
import { z } from 'zod';

export const uuidSchema = z.uuid({ message: 'must be a UUID' });
export type Uuid = z.infer<typeof uuidSchema>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
