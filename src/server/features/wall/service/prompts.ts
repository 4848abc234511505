// The wall's prompts ("Yes more…", "No more…"): listed, added and changed by staff, sent to every phone.
import type { z } from 'zod';
import type { WallPrompt } from '../../../../shared/wall';
import type { promptCreateSchema, promptUpdateSchema } from '../../../../shared/wall-staff';
import { isCouncilDistrict } from '../../../council/load';
import { newId } from '../../../../shared/ids';
import { audit } from '../../../lib/audit';
import { badRequest, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { toWallPrompt } from '../map';

type PromptCreate = z.output<typeof promptCreateSchema>;
type PromptUpdate = z.output<typeof promptUpdateSchema>;

async function checkDistrict(deps: AppDeps, councilId: string, districtId: string | null | undefined) {
  if (!districtId) return;
  if (!(await isCouncilDistrict(deps.db, councilId, districtId)))
    throw badRequest('invalid-input', 'districtId: that district is not part of your council.');
}

export async function listPrompts(deps: AppDeps, councilId: string): Promise<WallPrompt[]> {
  const rows = await deps.db.selectFrom('wall_prompts').selectAll().where('council_id', '=', councilId).orderBy('sort_order').execute();
  return rows.map(toWallPrompt);
}

export async function createPrompt(deps: AppDeps, staff: StaffAuth, body: PromptCreate): Promise<WallPrompt> {
  await checkDistrict(deps, staff.councilId, body.districtId);
  const now = deps.now().toISOString();
  const id = newId();
  return deps.db.transaction().execute(async (trx) => {
    const max = await trx
      .selectFrom('wall_prompts')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    const row = {
      id,
      council_id: staff.councilId,
      kind: body.kind,
      text: JSON.stringify(body.text),
      district_id: body.districtId,
      open: body.open ? 1 : 0,
      sort_order: body.sortOrder ?? Number(max?.m ?? 0) + 1,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('wall_prompts').values(row).execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'wallPrompts', entityId: id }]);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'wall.prompt.create', entity: 'wall_prompt', entityId: id },
      deps.now(),
    );
    return toWallPrompt(row);
  });
}

export async function updatePrompt(deps: AppDeps, staff: StaffAuth, id: string, body: PromptUpdate): Promise<WallPrompt> {
  await checkDistrict(deps, staff.councilId, body.districtId);
  return deps.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('wall_prompts')
      .selectAll()
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (!existing) throw notFound('That prompt');
    const next = {
      ...existing,
      ...(body.text ? { text: JSON.stringify(body.text) } : {}),
      ...(body.districtId !== undefined ? { district_id: body.districtId } : {}),
      ...(body.open !== undefined ? { open: body.open ? 1 : 0 } : {}),
      ...(body.sortOrder !== undefined ? { sort_order: body.sortOrder } : {}),
      updated_at: deps.now().toISOString(),
    };
    await trx.updateTable('wall_prompts').set(next).where('id', '=', id).execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'wallPrompts', entityId: id }]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'wall.prompt.update',
        entity: 'wall_prompt',
        entityId: id,
        detail: { changed: Object.keys(body) },
      },
      deps.now(),
    );
    return toWallPrompt(next);
  });
}
