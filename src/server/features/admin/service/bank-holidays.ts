// The bank holidays a council's clock counts: the snapshot shipped with Heard, with a newer list from GOV.UK that an
// admin uploads. An upload can only add dates (the clock reads the two together), and one that lacks dates the
// snapshot has for a past year it covers is refused: it is not GOV.UK's list, or it is damaged.
import { BANK_HOLIDAYS_SNAPSHOT } from '../../../../shared/requests/bank-holidays-snapshot';
import type { BankHolidayList, GovukBankHolidays } from '../../../../shared/requests/bank-holiday-upload';
import { londonDate, type IsoDate } from '../../../../shared/requests/clock';
import { replaceBankHolidays, storedBankHolidays, type StoredBankHoliday } from '../../../council/bank-holidays';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { badRequest } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

const yearOf = (d: IsoDate) => Number(d.slice(0, 4));

/** The upload's dates (each once, in order), and the snapshot's past dates it drops from years it covers. */
export function readUpload(upload: GovukBankHolidays, today: IsoDate): { holidays: { date: IsoDate; title: string }[]; dropped: IsoDate[] } {
  const byDate = new Map<IsoDate, string>();
  for (const e of upload['england-and-wales'].events) if (!byDate.has(e.date)) byDate.set(e.date, e.title);
  const holidays = [...byDate].map(([date, title]) => ({ date, title })).sort((a, b) => (a.date < b.date ? -1 : 1));
  const years = new Set(holidays.map((h) => yearOf(h.date)));
  // GOV.UK has once dropped its older years; a year left out entirely is fine, a year with dates missing is not.
  const dropped = BANK_HOLIDAYS_SNAPSHOT.filter((d) => d < today && years.has(yearOf(d)) && !byDate.has(d));
  return { holidays, dropped };
}

/** The list in use: every date the clock counts as a bank holiday, and where it came from. */
export function listInUse(uploaded: readonly StoredBankHoliday[]): BankHolidayList {
  const fromUpload = new Map(uploaded.map((h) => [h.date, h.title]));
  // A year the upload covers comes from the upload alone (as the clock counts it: holidaysWith).
  const uploadYears = new Set(uploaded.map((h) => h.date.slice(0, 4)));
  const dates = [...new Set([...BANK_HOLIDAYS_SNAPSHOT.filter((d) => !uploadYears.has(d.slice(0, 4))), ...fromUpload.keys()])].sort();
  const snapshotDates = new Set(BANK_HOLIDAYS_SNAPSHOT);
  const snapshot = { firstYear: yearOf(BANK_HOLIDAYS_SNAPSHOT[0]!), lastYear: yearOf(BANK_HOLIDAYS_SNAPSHOT.at(-1)!) };
  const upload =
    uploaded.length === 0
      ? null
      : { at: uploaded[0]!.fetchedAt, firstYear: yearOf(uploaded[0]!.date), lastYear: yearOf(uploaded.at(-1)!.date), count: uploaded.length };
  return {
    holidays: dates.map((date) => {
      const title = fromUpload.get(date) ?? null;
      return { date, title, source: title === null ? 'snapshot' : snapshotDates.has(date) ? 'both' : 'upload' };
    }),
    snapshot,
    upload,
    rulesFrom: Math.max(snapshot.lastYear, upload?.lastYear ?? 0) + 1,
  };
}

export async function loadBankHolidayList(db: Db, councilId: string): Promise<BankHolidayList> {
  return listInUse(await storedBankHolidays(db, councilId));
}

export async function uploadBankHolidays(deps: AppDeps, actor: StaffAuth, upload: GovukBankHolidays): Promise<BankHolidayList> {
  const now = deps.now();
  const { holidays, dropped } = readUpload(upload, londonDate(now));
  if (dropped.length > 0) {
    throw badRequest(
      'bank-holidays-dropped',
      `This list is missing bank holidays that GOV.UK's list has for years it covers: ${dropped.join(', ')}. Download https://www.gov.uk/bank-holidays.json again and upload it as it is.`,
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    await replaceBankHolidays(trx, actor.councilId, holidays, { staffId: actor.staffId, at: now.toISOString() });
    const years = holidays.map((h) => yearOf(h.date));
    await audit(
      trx,
      {
        councilId: actor.councilId,
        staffId: actor.staffId,
        action: 'bank-holidays.upload',
        entity: 'council',
        entityId: actor.councilId,
        detail: { count: holidays.length, firstYear: Math.min(...years), lastYear: Math.max(...years) },
      },
      now,
    );
  });
  return loadBankHolidayList(deps.db, actor.councilId);
}
