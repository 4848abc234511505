// JSON held in text columns is read back through a schema, so a row of the wrong shape fails loudly instead of flowing
// on under a cast.
import { z } from 'zod';
import type { LocalizedText } from '../../shared/text';

export function parseJsonColumn<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  return schema.parse(JSON.parse(text));
}

/** LocalizedText as stored: staff text was checked on the way in, so reading checks its shape only. */
export const storedTextSchema = z.object({ en: z.string(), cy: z.string().optional(), ar: z.string().optional() });

export const parseText = (text: string): LocalizedText => parseJsonColumn(storedTextSchema, text);

/** What the safety check recorded when a young person's words arrived (wall_posts.flags, poll_options.flags). */
export const storedFlagsSchema = z.looseObject({
  disclosure: z.boolean().optional(),
  personalDetails: z.array(z.string()).optional(),
});

/**
 * For columns where a damaged value must not fail a page or a sync (roles, audit detail, council settings): text
 * that is not JSON or does not fit the schema gives the fallback rather than a value of the wrong shape.
 */
export function readJsonColumn<T>(json: string, schema: z.ZodType<T>, fallback: T): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fallback;
  }
  const checked = schema.safeParse(parsed);
  return checked.success ? checked.data : fallback;
}
