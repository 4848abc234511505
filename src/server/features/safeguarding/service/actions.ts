// Staff look at the queue (every look audited) and record what they did about one item; only then may the phone
// that sent it say a person has read it (never what they did).
import { newId } from '../../../../shared/ids';
import type { SafeguardingActionInput, SafeguardingActionView, SafeguardingListQuery, SafeguardingPage } from '../../../../shared/safeguarding';
import { staffNames } from '../../../auth/staff-names';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { myItemChange, recordChanges } from '../../../sync/change-log';
import { loadSafeguardingPage } from './queue';
import { responseRules } from './team';

export async function viewQueue(deps: AppDeps, ports: Ports, staff: StaffAuth, query: SafeguardingListQuery): Promise<SafeguardingPage> {
  const { hours } = await responseRules(deps.db, staff.councilId);
  const page = await loadSafeguardingPage(deps.db, staff.councilId, query, ports.safeguarding, hours);
  await audit(
    deps.db,
    {
      councilId: staff.councilId,
      staffId: staff.staffId,
      action: 'safeguarding.view',
      entity: 'safeguarding',
      entityId: null,
      detail: { page: page.page, shown: page.items.length, total: page.total, waiting: page.waiting },
    },
    deps.now(),
  );
  return page;
}

export async function recordAction(
  deps: AppDeps,
  ports: Ports,
  staff: StaffAuth,
  body: SafeguardingActionInput,
): Promise<{ action: SafeguardingActionView }> {
  const source = ports.safeguarding.find((s) => s.kind === body.kind);
  return deps.db.transaction().execute(async (trx) => {
    const found = source ? await source.state(trx, staff.councilId, body.id) : 'missing';
    if (found === 'missing') throw notFound(source?.noun ?? 'That item');
    if (found === 'not-in-queue') throw conflict('not-in-queue', 'That is not in the safeguarding queue.');
    const id = newId();
    const at = deps.now().toISOString();
    await trx
      .insertInto('safeguarding_actions')
      .values({ id, council_id: staff.councilId, kind: body.kind, item_id: body.id, staff_id: staff.staffId, note: body.note, at })
      .execute();
    // Only now may the phone that sent it say a person has read it: it hears on its next pull.
    const sender = await source?.sender(trx, body.id);
    if (sender) await recordChanges(trx, myItemChange(staff.councilId, sender));
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'safeguarding.action',
        entity: body.kind === 'wall-post' ? 'wall_post' : 'poll_option',
        entityId: body.id,
        detail: { actionId: id },
      },
      deps.now(),
    );
    const name = (await staffNames(trx, [staff.staffId])).get(staff.staffId);
    if (name === undefined) throw new Error('The member of staff recording this action is not there.');
    return { action: { id, at, staffName: name, note: body.note } };
  });
}
