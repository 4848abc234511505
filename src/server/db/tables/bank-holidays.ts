// The table added by migration 018: a council's uploaded list of bank holidays (the council core owns it).

export interface BankHolidaysTable {
  council_id: string;
  date: string;
  title: string;
  source: string;
  fetched_at: string;
  uploaded_by: string;
}

export interface BankHolidayTables {
  bank_holidays: BankHolidaysTable;
}
