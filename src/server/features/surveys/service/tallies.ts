// An IRO's tally of each review: surveys offered, completed and declined, by age band. It is the IRO's own record
// (who recorded it is kept) and is never linked to any answer. The device's random entry id is the row's id, so a
// tally sent twice (a retry after a lost answer) is stored once.
import type { Tally, TallyView } from '../../../../shared/survey/iro';
import { audit } from '../../../lib/audit';
import { conflict } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { isUniqueViolation } from '../../../sync/push';

type TallyAnswer = { status: number; answer: { stored: true; repeat?: true } };

/** Records a tally once; two copies arriving at the same moment: the second answers as the repeat it is. */
export async function recordTally(deps: AppDeps, staff: StaffAuth, tally: Tally): Promise<TallyAnswer> {
  try {
    return await recordOnce(deps, staff, tally);
  } catch (error) {
    if (isUniqueViolation(error)) return recordOnce(deps, staff, tally);
    throw error;
  }
}

async function recordOnce(deps: AppDeps, staff: StaffAuth, tally: Tally): Promise<TallyAnswer> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('survey_tallies').select(['council_id', 'recorded_by']).where('id', '=', tally.entryId).executeTakeFirst();
    if (existing) {
      if (existing.council_id !== staff.councilId || existing.recorded_by !== staff.staffId) {
        throw conflict('already-exists', 'A tally with this id was recorded by someone else.');
      }
      return { status: 200, answer: { stored: true, repeat: true } as const };
    }
    await trx
      .insertInto('survey_tallies')
      .values({
        id: tally.entryId,
        council_id: staff.councilId,
        round: tally.round,
        band: tally.band,
        offered: tally.offered,
        completed: tally.completed,
        declined: tally.declined,
        reviewed_on: tally.reviewedOn,
        recorded_by: staff.staffId,
        recorded_at: now.toISOString(),
      })
      .execute();
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'survey.tally.record',
        entity: 'survey-tally',
        entityId: tally.entryId,
        detail: { round: tally.round, band: tally.band, offered: tally.offered, completed: tally.completed, declined: tally.declined },
      },
      now,
    );
    return { status: 201, answer: { stored: true } as const };
  });
}

/** This IRO's own most recent tallies (of one round when asked), newest review first. */
export async function ownTallies(deps: AppDeps, staff: StaffAuth, round: string | undefined): Promise<TallyView[]> {
  let query = deps.db.selectFrom('survey_tallies').selectAll().where('council_id', '=', staff.councilId).where('recorded_by', '=', staff.staffId);
  if (round) query = query.where('round', '=', round);
  const rows = await query.orderBy('reviewed_on', 'desc').orderBy('recorded_at', 'desc').limit(100).execute();
  return rows.map((r) => ({
    id: r.id,
    round: r.round,
    band: r.band,
    offered: Number(r.offered),
    completed: Number(r.completed),
    declined: Number(r.declined),
    reviewedOn: r.reviewed_on,
    recordedAt: r.recorded_at,
  }));
}
