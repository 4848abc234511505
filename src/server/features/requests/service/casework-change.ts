// One change to a request by a member of staff, in one transaction: the request of this council only (404 for any
// other), the change itself, the phone's myItems change and the audit entry; then the case as it is now.
import { newId } from '../../../../shared/ids';
import type { RequestCase } from '../../../../shared/requests/staff';
import type { Trx } from '../../../db/schema';
import type { RequestsTable } from '../../../db/tables/requests';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { isPostgres, myItemChange, recordChanges } from '../../../sync/change-log';
import { loadCase } from './casework-load';

export interface ChangeContext {
  trx: Trx;
  row: RequestsTable;
  staff: StaffAuth;
  now: Date;
}

export interface ChangeResult {
  /** Nothing changed (a repeat): no audit entry, no change for the phone. */
  unchanged?: boolean;
  /** The request's new status; by default a 'received' request becomes 'in-progress' when `progresses`. */
  status?: 'in-progress' | 'responded' | 'closed';
  /** For the audit entry: never the young person's words or the staff member's text. */
  detail?: Record<string, unknown>;
}

export interface ChangeOptions {
  action: string;
  /** A staff action that shows the council is working on it (moves 'received' on to 'in-progress'). */
  progresses: boolean;
  /** May be done once the request is closed (a note, the learning). */
  whenClosed?: boolean;
}

export async function addEvent(
  ctx: ChangeContext,
  e: { type: string; text?: string | null; data?: Record<string, unknown> | null; visible?: boolean; id?: string },
): Promise<void> {
  await ctx.trx
    .insertInto('request_events')
    .values({
      id: e.id ?? newId(),
      request_id: ctx.row.id,
      council_id: ctx.row.council_id,
      op_id: null,
      type: e.type,
      staff_id: ctx.staff.staffId,
      text: e.text ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
      visible: e.visible ? 1 : 0,
      at: ctx.now.toISOString(),
    })
    .execute();
}

export async function changeRequest(
  deps: AppDeps,
  staff: StaffAuth,
  id: string,
  options: ChangeOptions,
  apply: (ctx: ChangeContext) => Promise<ChangeResult | void>,
): Promise<RequestCase> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    // Locked until the change commits, so two members answering the same stage at once cannot both answer it.
    const row = await trx
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .executeTakeFirst();
    if (!row) throw notFound('That request');
    if (row.status === 'closed' && !options.whenClosed) throw conflict('request-closed', 'This request is closed.');
    const result = (await apply({ trx, row, staff, now })) ?? {};
    if (result.unchanged) return;
    const status = result.status ?? (options.progresses && row.status === 'received' ? 'in-progress' : row.status);
    await trx
      .updateTable('requests')
      .set({ status, updated_at: now.toISOString(), ...(status === 'closed' && row.status !== 'closed' ? { closed_at: now.toISOString() } : {}) })
      .where('id', '=', row.id)
      .execute();
    // The phone that made it is told (status and updated_at are set just above, so not through recordRequestChange).
    await recordChanges(trx, myItemChange(row.council_id, row));
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: `request.${options.action}`,
        entity: 'request',
        entityId: row.id,
        detail: result.detail,
      },
      now,
    );
  });
  const found = await loadCase(deps.db, staff.councilId, id, now);
  if (!found) throw notFound('That request');
  return found;
}
