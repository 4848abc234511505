// The bank holidays in use, and a newer list an admin uploads (GOV.UK's bank-holidays.json, as downloaded).
import { z } from 'zod';
import { isoDateSchema, weekday } from './clock';

const eventSchema = z.object({
  title: z.string().trim().min(1).max(200),
  date: isoDateSchema.refine((d) => weekday(d) !== 0 && weekday(d) !== 6, { message: 'a bank holiday is always on a weekday' }),
});

/**
 * PUT /api/v1/staff/bank-holidays (admin): the file https://www.gov.uk/bank-holidays.json as it is. Only the
 * "england-and-wales" division is read; Scotland's and Northern Ireland's are ignored.
 */
export const govukBankHolidaysSchema = z.object({
  'england-and-wales': z.object({
    division: z.literal('england-and-wales'),
    events: z.array(eventSchema).min(1).max(2000),
  }),
});
export type GovukBankHolidays = z.infer<typeof govukBankHolidaysSchema>;

/** Where a date in use comes from: the snapshot shipped with Heard, or the council's upload (or both). */
export const BANK_HOLIDAY_SOURCES = ['snapshot', 'upload', 'both'] as const;

/** GET (any staff) and PUT: the list in use, where each date came from, and from which year the rules count. */
export const bankHolidayListSchema = z.object({
  holidays: z.array(z.object({ date: z.string(), title: z.string().nullable(), source: z.enum(BANK_HOLIDAY_SOURCES) })),
  snapshot: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
  /** The council's latest upload (null: none yet). */
  upload: z.object({ at: z.string(), firstYear: z.number().int(), lastYear: z.number().int(), count: z.number().int() }).nullable(),
  /** Years from this one on are counted by the usual rules (no list covers them yet). */
  rulesFrom: z.number().int(),
});
export type BankHolidayList = z.infer<typeof bankHolidayListSchema>;
