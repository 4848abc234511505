// Paging for the staff lists that can grow without limit: how many pages a list of `total` has.

/** How many pages a list has (at least one, so an empty list reads "page 1 of 1"). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
