// A council's uploaded list of bank holidays (bank_holidays): read with the snapshot by the statutory clock, replaced
// whole by an admin's upload.
import type { IsoDate } from '../../shared/requests/clock';
import type { Db, Trx } from '../db/schema';

export interface StoredBankHoliday {
  date: IsoDate;
  title: string;
  fetchedAt: string;
}

export async function storedBankHolidays(db: Db, councilId: string): Promise<StoredBankHoliday[]> {
  const rows = await db
    .selectFrom('bank_holidays')
    .select(['date', 'title', 'fetched_at'])
    .where('council_id', '=', councilId)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, title: r.title, fetchedAt: r.fetched_at }));
}

/** Replaces the council's list with these dates (one row a date). */
export async function replaceBankHolidays(
  trx: Trx,
  councilId: string,
  holidays: readonly { date: IsoDate; title: string }[],
  by: { staffId: string; at: string },
): Promise<void> {
  await trx.deleteFrom('bank_holidays').where('council_id', '=', councilId).execute();
  for (let i = 0; i < holidays.length; i += 200) {
    const rows = holidays.slice(i, i + 200).map((h) => ({
      council_id: councilId,
      date: h.date,
      title: h.title,
      source: 'gov.uk',
      fetched_at: by.at,
      uploaded_by: by.staffId,
    }));
    await trx.insertInto('bank_holidays').values(rows).execute();
  }
}
