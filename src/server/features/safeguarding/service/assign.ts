// Giving a queue item to a named member of the queue's team (or to nobody), audited; the person given it hears by
// email (that it is theirs, never what it says).
import type { SafeguardingAssignInput } from '../../../../shared/safeguarding';
import { audit } from '../../../lib/audit';
import { badRequest, conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { queueTeam } from './team';

export async function assignItem(
  deps: AppDeps,
  ports: Ports,
  staff: StaffAuth,
  body: SafeguardingAssignInput,
): Promise<{ assignedTo: { id: string; name: string } | null }> {
  const source = ports.safeguarding.find((s) => s.kind === body.kind);
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const found = source ? await source.state(trx, staff.councilId, body.id) : 'missing';
    if (found === 'missing') throw notFound(source?.noun ?? 'That item');
    if (found === 'not-in-queue') throw conflict('not-in-queue', 'That is not in the safeguarding queue.');
    const person = body.staffId === null ? null : (await queueTeam(trx, staff.councilId)).find((t) => t.id === body.staffId);
    if (person === undefined) throw badRequest('invalid-input', 'staffId: give it to an active member of staff who works the safeguarding queue.');
    const at = now.toISOString();
    const set = { assigned_to: person?.id ?? null, assigned_at: person ? at : null };
    await trx
      .insertInto('safeguarding_assignments')
      .values({ council_id: staff.councilId, kind: body.kind, item_id: body.id, escalations: 0, escalated_to: null, escalated_at: null, ...set })
      .onConflict((oc) => oc.columns(['council_id', 'kind', 'item_id']).doUpdateSet(set))
      .execute();
    if (person && person.id !== staff.staffId) {
      await ports.alerts?.enqueue(trx, { councilId: staff.councilId, kind: 'assigned', path: '/staff/safeguarding', at: now, toStaffId: person.id });
    }
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'safeguarding.assign',
        entity: body.kind === 'wall-post' ? 'wall_post' : 'poll_option',
        entityId: body.id,
        detail: { to: person?.id ?? null },
      },
      now,
    );
    return { assignedTo: person ? { id: person.id, name: person.name } : null };
  });
}
