// A council's own safety words as stored. The council core owns the table; the safeguarding domain keeps the list
// (audit, change log) through these.
import type { Insertable } from 'kysely';
import type { SafetyLanguage } from '../../shared/safety/categories';
import type { SafetyTermRecord } from '../../shared/safety-terms';
import type { Db, Trx } from '../db/schema';
import type { SafetyTermsTable } from '../db/tables/safety-terms';

/** Newest first, with the name of the member of staff who added each. */
export async function listSafetyTermRecords(db: Db, councilId: string): Promise<SafetyTermRecord[]> {
  const rows = await db
    .selectFrom('safety_terms')
    .innerJoin('staff', 'staff.id', 'safety_terms.created_by')
    .select([
      'safety_terms.id',
      'safety_terms.term',
      'safety_terms.category',
      'safety_terms.language',
      'safety_terms.created_at',
      'staff.name as added_by',
    ])
    .where('safety_terms.council_id', '=', councilId)
    .orderBy('safety_terms.created_at', 'desc')
    .orderBy('safety_terms.id')
    .execute();
  return rows.map((r) => ({ id: r.id, term: r.term, category: r.category, language: r.language, addedBy: r.added_by, addedAt: r.created_at }));
}

export async function safetyTermsInLanguage(db: Db, councilId: string, language: SafetyLanguage): Promise<string[]> {
  const rows = await db.selectFrom('safety_terms').select('term').where('council_id', '=', councilId).where('language', '=', language).execute();
  return rows.map((r) => r.term);
}

export function insertSafetyTerm(trx: Trx, row: Insertable<SafetyTermsTable>) {
  return trx.insertInto('safety_terms').values(row).execute();
}

export function findSafetyTerm(db: Db, councilId: string, id: string) {
  return db
    .selectFrom('safety_terms')
    .select(['id', 'term', 'category', 'language'])
    .where('id', '=', id)
    .where('council_id', '=', councilId)
    .executeTakeFirst();
}

export async function deleteSafetyTerm(trx: Trx, councilId: string, id: string): Promise<void> {
  await trx.deleteFrom('safety_terms').where('id', '=', id).where('council_id', '=', councilId).execute();
}
