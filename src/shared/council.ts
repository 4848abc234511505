// What a device is told about its council, and what admins may change.
import { z } from 'zod';
import { safetyTermSchema } from './safety-terms';
import { timescalesSchema } from './requests/clock';
import { NATIONS } from './requests/request';
import { languageSchema } from './text';

export const districtSchema = z.object({ id: z.string(), name: z.string() });
export type District = z.infer<typeof districtSchema>;

/**
 * Words a council may use instead of Heard's defaults, per language: { en: { contact: 'Family Time' } }.
 * Keys are the vocabulary terms in locales/<lng>/vocab.json.
 */
// partialRecord: zod 4's z.record with enum keys would demand every language, and most councils rename in English only.
export const vocabularySchema = z.partialRecord(
  languageSchema,
  z.record(
    z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9]*$/)
      .max(40),
    z.string().trim().min(1).max(60),
  ),
);
export type Vocabulary = z.infer<typeof vocabularySchema>;

export const ukPhoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{3,20}$/, { message: 'must be a phone number' });

/**
 * When the council reads its safeguarding inbox, in its own words and languages ("Monday to Friday, 9am to 5pm"). The
 * phone shows it as text after a young person writes something that may be about harm, so it never promises sooner.
 */
const hoursLine = z.string().trim().min(1).max(200);
export const safeguardingHoursSchema = z.object({ en: hoursLine, cy: hoursLine.optional(), ar: hoursLine.optional() });
export type SafeguardingHours = z.infer<typeof safeguardingHoursSchema>;

export const councilPublicSchema = z.object({
  id: z.string(),
  name: z.string(),
  districts: z.array(districtSchema),
  outOfHoursPhone: z.string(),
  vocabulary: vocabularySchema,
  languages: z.array(languageSchema),
  /** When the safeguarding inbox is read; null when the council has not said (missing on records stored before). */
  safeguardingHours: safeguardingHoursSchema.nullable().optional(),
  /**
   * The council's own words for the safety check (local slang), so the phone's check answers as the server's does,
   * offline too. Missing on records stored before councils had them.
   */
  safetyTerms: z.array(safetyTermSchema).optional(),
  /** Whose complaint rules apply (England's or Wales's); missing on records stored before means England. */
  nation: z.enum(NATIONS).optional(),
});
export type CouncilPublic = z.infer<typeof councilPublicSchema>;

export const councilSettingsUpdateSchema = z.object({
  name: z.string().trim().min(2).max(120).optional(),
  outOfHoursPhone: ukPhoneSchema.optional(),
  vocabulary: vocabularySchema.optional(),
  languages: z.array(languageSchema).min(1).optional(),
  /** null clears it. */
  safeguardingHours: safeguardingHoursSchema.nullable().optional(),
  districts: z
    .array(z.object({ id: z.string().optional(), name: z.string().trim().min(2).max(80) }))
    .max(50)
    .optional(),
  /** Whose complaint rules apply. Changing it without `requestTimescales` puts the new nation's regulations in place. */
  nation: z.enum(NATIONS).optional(),
  /**
   * The council's own timescales in working days: each time the council has to act at most the regulations', each
   * time a young person has to ask at least theirs (else 400 timescales-outside-rules). null: the regulations' own.
   */
  requestTimescales: timescalesSchema.nullable().optional(),
});
export type CouncilSettingsUpdate = z.infer<typeof councilSettingsUpdateSchema>;

export const joinCodeSchema = z
  .string()
  .trim()
  .min(4)
  .max(32)
  .regex(/^[A-Za-z0-9-]+$/, { message: 'a join code has only letters, numbers and dashes' })
  .transform((s) => s.toUpperCase());

/** One district's name, as the admin adds or renames it (POST /api/v1/staff/districts, PATCH …/:id). */
export const districtNameSchema = z.object({ name: z.string().trim().min(2).max(80) });
export const districtParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const districtListSchema = z.object({ districts: z.array(districtSchema) });
