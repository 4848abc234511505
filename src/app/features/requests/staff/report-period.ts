// The period a complaints report covers by default: the last whole financial year (1 April to 31 March) before today.

export function lastFinancialYear(today: Date): { from: string; to: string } {
  const y = today.getUTCFullYear();
  // From April on, the last whole year ended on 31 March this year; before April, a year earlier.
  const endYear = today.getUTCMonth() >= 3 ? y : y - 1;
  return { from: `${endYear - 1}-04-01`, to: `${endYear}-03-31` };
}
