// The care population of a round, entered by an admin: how many children the council looks after per age band and sex.
// Response rates are measured against it. Saving replaces the round's rows as a whole, audited with the figures.
import type { PopulationsAnswer, PopulationsBody } from '../../../../shared/survey/staff';
import type { Db } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

async function requireRound(db: Db, councilId: string, round: string): Promise<void> {
  const any = await db.selectFrom('surveys').select('id').where('council_id', '=', councilId).where('round', '=', round).executeTakeFirst();
  if (!any) throw notFound('That survey round');
}

export async function loadPopulations(db: Db, councilId: string, round: string): Promise<PopulationsAnswer> {
  await requireRound(db, councilId, round);
  const rows = await db
    .selectFrom('survey_populations')
    .select(['band', 'sex', 'count', 'updated_at'])
    .where('council_id', '=', councilId)
    .where('round', '=', round)
    .orderBy('band')
    .orderBy('sex')
    .execute();
  return { round, rows: rows.map((r) => ({ band: r.band, sex: r.sex, count: Number(r.count), updatedAt: r.updated_at })) };
}

export async function savePopulations(deps: AppDeps, staff: StaffAuth, body: PopulationsBody): Promise<PopulationsAnswer> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await requireRound(trx, staff.councilId, body.round);
    await trx.deleteFrom('survey_populations').where('council_id', '=', staff.councilId).where('round', '=', body.round).execute();
    if (body.rows.length > 0) {
      await trx
        .insertInto('survey_populations')
        .values(
          body.rows.map((r) => ({
            council_id: staff.councilId,
            round: body.round,
            band: r.band,
            sex: r.sex,
            count: r.count,
            updated_at: now.toISOString(),
            updated_by: staff.staffId,
          })),
        )
        .execute();
    }
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'survey.populations.update',
        entity: 'survey_round',
        entityId: body.round,
        detail: { rows: body.rows },
      },
      now,
    );
  });
  return loadPopulations(deps.db, staff.councilId, body.round);
}
