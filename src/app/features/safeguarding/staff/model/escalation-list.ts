// The escalation list as the settings screen edits it: an ordered list of people from the queue's team, each once.
export interface Person {
  id: string;
  name: string;
}

/** Moves the person at `index` one place up (-1) or down (+1); out of range changes nothing. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Who may still be added: the team, less those on the list already. */
export const notListed = (team: readonly Person[], listed: readonly Person[]) => team.filter((p) => !listed.some((l) => l.id === p.id));

/** The response time typed into the form, or null when it is not a whole number of hours from 1 to 72. */
export function responseHours(value: string): number | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= 1 && n <= 72 ? n : null;
}
