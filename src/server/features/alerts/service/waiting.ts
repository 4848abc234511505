// What waits for this member of staff, by kind: only the kinds their roles may open, so nobody is told of a queue
// they cannot see. Counts only (no words, no names): not audited, as it is asked every minute.
import type { WaitingAnswer } from '../../../../shared/waiting';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';

export async function waitingFor(deps: AppDeps, ports: Ports, staff: StaffAuth): Promise<WaitingAnswer> {
  const now = deps.now();
  const open = ports.waiting.filter((w) => w.roles.some((r) => staff.roles.includes(r)));
  const summaries = await Promise.all(open.map((w) => w.summary(deps.db, staff.councilId, now, ports)));
  return Object.fromEntries(open.map((w, i) => [w.kind, summaries[i]!]));
}
