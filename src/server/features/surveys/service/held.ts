// Moves held responses (survey_held) to survey_responses and the counts: in a transaction of its own, in a shuffled
// order, many at once when it can. So no row results read was written in the transaction of the push, hand-in or
// staff entry that brought it (on PostgreSQL a row carries the id of the transaction that wrote it), nor placed in
// arrival order beside it.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import { hasTextAnswer } from '../../../../shared/survey/tally';
import type { Database, Db, Trx } from '../../../db/schema';
import { readJsonColumn } from '../../../lib/json-column';
import { quotaHour } from '../../../sync/quota';
import { newId } from '../../../../shared/ids';
import { addToCounts } from './counts';

/** Held responses of one council are moved together once there are this many, or once the oldest is an hour old. */
export const HELD_BATCH = 5;

const answersSchema = z.record(z.string(), z.unknown());

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** A version as it was published (a version taken down later still counts the responses it had). */
async function versionOf(trx: Db, councilId: string, surveyId: string, version: number): Promise<SurveyVersion | null> {
  const row = await trx
    .selectFrom('surveys')
    .select('definition')
    .where('council_id', '=', councilId)
    .where('id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  const parsed = row ? readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null) : null;
  return parsed ? { ...parsed, id: surveyId, version } : null;
}

async function moveIn(trx: Trx, councilId: string): Promise<number> {
  // Deleting with RETURNING claims the rows: a second mover at the same time gets none of them.
  const held = shuffle(await trx.deleteFrom('survey_held').where('council_id', '=', councilId).returningAll().execute());
  const versions = new Map<string, SurveyVersion | null>();
  for (const h of held) {
    const key = `${h.survey_id}@${h.version}`;
    if (!versions.has(key)) versions.set(key, await versionOf(trx, councilId, h.survey_id, h.version));
    const version = versions.get(key);
    if (!version) {
      // Its version cannot be read: the response stays held (never dropped) until it can be.
      await trx.insertInto('survey_held').values(h).execute();
      continue;
    }
    const answers = readJsonColumn(h.answers, answersSchema, {});
    await trx
      .insertInto('survey_responses')
      .values({
        id: newId(),
        council_id: councilId,
        survey_id: h.survey_id,
        version: h.version,
        round: version.round,
        band: version.band,
        mode: h.mode,
        month: h.month,
        gender: h.gender,
        answers: h.answers,
        flagged: h.flagged,
        has_text: hasTextAnswer(version, answers) ? 1 : 0,
      })
      .execute();
    await addToCounts(trx, { councilId, version, mode: h.mode, month: h.month, gender: h.gender, answers });
  }
  return held.length;
}

/** Moves everything held for the council now (before results are read, so they count every response). */
export function moveAllHeld(db: Kysely<Database>, councilId: string): Promise<number> {
  return db.transaction().execute((trx) => moveIn(trx, councilId));
}

/** The housekeeping round: councils with a full batch held, or a response held for an hour. */
export async function moveHeldBatches(db: Kysely<Database>, now: Date): Promise<number> {
  const hourAgo = quotaHour(new Date(now.getTime() - 60 * 60_000));
  const due = await db
    .selectFrom('survey_held')
    .select(['council_id', (eb) => eb.fn.countAll<number | string>().as('held'), (eb) => eb.fn.min('held_hour').as('oldest')])
    .groupBy('council_id')
    .execute();
  let moved = 0;
  for (const c of due) if (Number(c.held) >= HELD_BATCH || String(c.oldest) <= hourAgo) moved += await moveAllHeld(db, c.council_id);
  return moved;
}
