// The safeguarding queue's team (the roles that work it), its response time and its escalation list.
import { MODERATION_ROLES } from '../../../../shared/roles';
import { DEFAULT_RESPONSE_HOURS, type SafeguardingSettings, type SafeguardingSettingsInput } from '../../../../shared/safeguarding';
import { listCouncilStaff } from '../../../auth/staff-store';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { badRequest } from '../../../lib/errors';
import { readJsonColumn } from '../../../lib/json-column';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { z } from 'zod';

export const QUEUE_ROLES = MODERATION_ROLES;

/** Members who may be given an item or escalated to: active, with a role that works the queue. */
export async function queueTeam(db: Db, councilId: string): Promise<{ id: string; name: string; email: string }[]> {
  const all = await listCouncilStaff(db, councilId);
  return all.filter((s) => !s.disabled && s.roles.some((r) => QUEUE_ROLES.includes(r))).map((s) => ({ id: s.id, name: s.name, email: s.email }));
}

export interface ResponseRules {
  hours: number;
  escalateTo: string[];
}

const idsSchema = z.array(z.string());

export async function responseRules(db: Db, councilId: string): Promise<ResponseRules> {
  const row = await db.selectFrom('safeguarding_settings').selectAll().where('council_id', '=', councilId).executeTakeFirst();
  if (!row) return { hours: DEFAULT_RESPONSE_HOURS, escalateTo: [] };
  return { hours: Number(row.respond_within_hours), escalateTo: readJsonColumn(row.escalate_to, idsSchema, []) };
}

export async function settingsView(db: Db, councilId: string): Promise<SafeguardingSettings> {
  const [rules, team] = await Promise.all([responseRules(db, councilId), queueTeam(db, councilId)]);
  const names = new Map(team.map((t) => [t.id, t.name]));
  // Someone who left the team since is skipped (and not shown): escalation goes to the next on the list.
  const escalateTo = rules.escalateTo.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  return { respondWithinHours: rules.hours, escalateTo };
}

export async function saveSettings(deps: AppDeps, staff: StaffAuth, input: SafeguardingSettingsInput): Promise<SafeguardingSettings> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const team = new Set((await queueTeam(trx, staff.councilId)).map((t) => t.id));
    if (input.escalateTo.some((id) => !team.has(id))) {
      throw badRequest('invalid-input', 'escalateTo: name only active members of staff who work the safeguarding queue.');
    }
    const row = { respond_within_hours: input.respondWithinHours, escalate_to: JSON.stringify(input.escalateTo), updated_at: now.toISOString() };
    await trx
      .insertInto('safeguarding_settings')
      .values({ council_id: staff.councilId, ...row })
      .onConflict((oc) => oc.column('council_id').doUpdateSet(row))
      .execute();
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'safeguarding.settings',
        entity: 'safeguarding_settings',
        entityId: staff.councilId,
        detail: { respondWithinHours: input.respondWithinHours, escalateTo: input.escalateTo },
      },
      now,
    );
  });
  return settingsView(deps.db, staff.councilId);
}
