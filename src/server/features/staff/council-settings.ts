// A council's own settings as its admins see and change them. Devices learn of changes through the `council`
// collection of the change log.
import { sql, type Transaction } from 'kysely';
import type { CouncilSettingsUpdate } from '../../../shared/council';
import { newId } from '../../../shared/ids';
import type { CouncilSettings } from '../../../shared/staff';
import { LANGUAGES } from '../../../shared/text';
import { loadCouncilRecord } from '../../council/load';
import { parseCouncilSettings, serializeCouncilSettings } from '../../council/settings';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { badRequest, conflict, notFound } from '../../lib/errors';
import type { AppDeps, StaffAuth } from '../../lib/route';
import { recordChanges } from '../../sync/change-log';
import { generateJoinCode } from './join-code';

type Db = AppDeps['db'] | Transaction<Database>;

export async function loadCouncilSettings(db: Db, councilId: string): Promise<CouncilSettings> {
  const council = await loadCouncilRecord(db, councilId);
  if (!council) throw notFound('That council');
  const { outOfHoursPhone, safeguardingHours, vocabulary, languages } = council.settings;
  return { id: council.id, name: council.name, joinCode: council.joinCode, districts: council.districts, outOfHoursPhone, safeguardingHours, vocabulary, languages };
}

/**
 * Tables that point at a district: any column named district_id. Found from the live schema so a feature that
 * adds such a column is protected without this file knowing about it.
 */
async function districtReferences(db: Db): Promise<{ table: string; column: string }[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => t.name !== 'districts' && !t.isView)
    .flatMap((t) => t.columns.filter((c) => c.name === 'district_id').map((c) => ({ table: t.name, column: c.name })));
}

async function districtInUse(trx: Db, districtId: string): Promise<boolean> {
  for (const ref of await districtReferences(trx)) {
    const found = await sql<{ one: number }>`select 1 as one from ${sql.table(ref.table)} where ${sql.ref(
      ref.column,
    )} = ${districtId} limit 1`.execute(trx);
    if (found.rows.length > 0) return true;
  }
  return false;
}

/**
 * Applies a settings change. `districts`, when given, is the whole list in order: ids keep existing districts,
 * entries without an id are new, and existing districts left out are removed unless something refers to them.
 */
export async function updateCouncilSettings(
  deps: AppDeps,
  actor: StaffAuth,
  update: CouncilSettingsUpdate,
): Promise<CouncilSettings> {
  const now = deps.now();
  const councilId = actor.councilId;
  await deps.db.transaction().execute(async (trx) => {
    const council = await trx
      .selectFrom('councils')
      .select(['name', 'settings'])
      .where('id', '=', councilId)
      .executeTakeFirst();
    if (!council) throw notFound('That council');
    const changed: string[] = [];
    const stored = parseCouncilSettings(council.settings);
    const next = { ...stored };
    if (update.outOfHoursPhone !== undefined && update.outOfHoursPhone !== stored.outOfHoursPhone) {
      next.outOfHoursPhone = update.outOfHoursPhone;
      changed.push('outOfHoursPhone');
    }
    if (update.safeguardingHours !== undefined && JSON.stringify(update.safeguardingHours) !== JSON.stringify(stored.safeguardingHours)) {
      next.safeguardingHours = update.safeguardingHours;
      changed.push('safeguardingHours');
    }
    if (update.vocabulary !== undefined && JSON.stringify(update.vocabulary) !== JSON.stringify(stored.vocabulary)) {
      next.vocabulary = update.vocabulary;
      changed.push('vocabulary');
    }
    if (update.languages !== undefined) {
      // English is the source language and always offered; keep a stable order.
      const languages = LANGUAGES.filter((l) => l === 'en' || update.languages?.includes(l));
      if (JSON.stringify(languages) !== JSON.stringify(stored.languages)) {
        next.languages = languages;
        changed.push('languages');
      }
    }
    const nameChanged = update.name !== undefined && update.name !== council.name;
    if (nameChanged) changed.push('name');
    if (nameChanged || changed.length > 0) {
      await trx
        .updateTable('councils')
        .set({ ...(nameChanged ? { name: update.name } : {}), settings: serializeCouncilSettings(next) })
        .where('id', '=', councilId)
        .execute();
    }
    const districtDetail = update.districts ? await applyDistricts(trx, councilId, update.districts) : null;
    if (districtDetail) changed.push('districts');
    if (changed.length === 0) return;
    await recordChanges(trx, [{ councilId, collection: 'council', entityId: councilId }]);
    await audit(
      trx,
      {
        councilId,
        staffId: actor.staffId,
        action: 'council.settings.update',
        entity: 'council',
        entityId: councilId,
        detail: { changed, ...(nameChanged ? { name: update.name } : {}), ...(districtDetail ?? {}) },
      },
      now,
    );
  });
  return loadCouncilSettings(deps.db, councilId);
}

type DistrictInput = NonNullable<CouncilSettingsUpdate['districts']>;

/** Returns what changed, or null when the list is the same as before. */
async function applyDistricts(
  trx: Transaction<Database>,
  councilId: string,
  wanted: DistrictInput,
): Promise<{ districtsAdded: string[]; districtsRemoved: string[]; districtsRenamed: string[] } | null> {
  const existing = await trx
    .selectFrom('districts')
    .select(['id', 'name', 'sort_order'])
    .where('council_id', '=', councilId)
    .execute();
  const byId = new Map(existing.map((d) => [d.id, d]));
  const seenIds = new Set<string>();
  const names = new Set<string>();
  for (const d of wanted) {
    if (d.id !== undefined) {
      if (!byId.has(d.id)) throw badRequest('unknown-district', `There is no district with id ${d.id} in this council.`);
      if (seenIds.has(d.id)) throw badRequest('duplicate-district', 'A district appears twice in the list.');
      seenIds.add(d.id);
    }
    const key = d.name.toLowerCase();
    if (names.has(key)) throw badRequest('duplicate-district', `There are two districts called "${d.name}".`);
    names.add(key);
  }
  const removed = existing.filter((d) => !seenIds.has(d.id));
  for (const d of removed) {
    if (await districtInUse(trx, d.id)) {
      throw conflict('district-in-use', `The district "${d.name}" is still used, so it cannot be removed.`);
    }
  }
  const added: string[] = [];
  const renamed: string[] = [];
  let moved = false;
  for (const [index, d] of wanted.entries()) {
    const old = d.id !== undefined ? byId.get(d.id) : undefined;
    if (!old) {
      await trx.insertInto('districts').values({ id: newId(), council_id: councilId, name: d.name, sort_order: index }).execute();
      added.push(d.name);
    } else if (old.name !== d.name || Number(old.sort_order) !== index) {
      if (old.name !== d.name) renamed.push(`${old.name} → ${d.name}`);
      else moved = true;
      await trx
        .updateTable('districts')
        .set({ name: d.name, sort_order: index })
        .where('council_id', '=', councilId)
        .where('id', '=', old.id)
        .execute();
    }
  }
  if (removed.length > 0) {
    await trx
      .deleteFrom('districts')
      .where('council_id', '=', councilId)
      .where(
        'id',
        'in',
        removed.map((d) => d.id),
      )
      .execute();
  }
  if (added.length === 0 && removed.length === 0 && renamed.length === 0 && !moved) return null;
  return { districtsAdded: added, districtsRemoved: removed.map((d) => d.name), districtsRenamed: renamed };
}

/** A fresh join code. Devices that already joined keep their tokens; only new devices need the new code. */
export async function rotateJoinCode(deps: AppDeps, actor: StaffAuth): Promise<{ joinCode: string }> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    let joinCode = generateJoinCode();
    // 29^8 codes make a clash very unlikely; check anyway rather than rely on the unique index erroring.
    for (let tries = 0; tries < 5; tries++) {
      const clash = await trx.selectFrom('councils').select('id').where('join_code', '=', joinCode).executeTakeFirst();
      if (!clash) break;
      joinCode = generateJoinCode();
    }
    const updated = await trx
      .updateTable('councils')
      .set({ join_code: joinCode })
      .where('id', '=', actor.councilId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound('That council');
    await audit(
      trx,
      { councilId: actor.councilId, staffId: actor.staffId, action: 'council.join-code.rotate', entity: 'council', entityId: actor.councilId },
      now,
    );
    return { joinCode };
  });
}
