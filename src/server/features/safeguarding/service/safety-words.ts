// A council's own safety words: listed, added and removed by staff who work the safeguarding queue, each change
// audited (with the word: it is staff's, not a young person's) and sent to the council's phones with the council.
import type { Insertable } from 'kysely';
import { newId } from '../../../../shared/ids';
import type { SafetyTerm, SafetyTermRecord } from '../../../../shared/safety-terms';
import { deleteSafetyTerm, findSafetyTerm, insertSafetyTerm, listSafetyTermRecords, safetyTermsInLanguage } from '../../../council/safety-terms';
import type { Db, Trx } from '../../../db/schema';
import type { SafetyTermsTable } from '../../../db/tables/safety-terms';
import { audit } from '../../../lib/audit';
import { HttpError } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { isUniqueViolation } from '../../../sync/push';

/** Words that mean the same to the check are one word: case and spacing do not make a second entry. */
const sameWord = (term: string) => term.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

export function listSafetyTerms(db: Db, councilId: string): Promise<SafetyTermRecord[]> {
  return listSafetyTermRecords(db, councilId);
}

export async function addSafetyTerm(deps: AppDeps, staff: StaffAuth, input: SafetyTerm): Promise<SafetyTermRecord> {
  const now = deps.now();
  const id = newId();
  const term = input.term.replace(/\s+/g, ' ');
  await deps.db.transaction().execute(async (trx) => {
    const existing = await safetyTermsInLanguage(trx, staff.councilId, input.language);
    if (existing.some((e) => sameWord(e) === sameWord(term))) {
      throw new HttpError(409, 'already-exists', 'This word is already on your council’s list for that language.');
    }
    await insertOnce(trx, {
      id,
      council_id: staff.councilId,
      term,
      category: input.category,
      language: input.language,
      created_by: staff.staffId,
      created_at: now.toISOString(),
    });
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'safety-term.add',
        entity: 'safety-term',
        entityId: id,
        detail: { term, category: input.category, language: input.language },
      },
      now,
    );
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'council', entityId: staff.councilId }]);
  });
  const added = (await listSafetyTerms(deps.db, staff.councilId)).find((t) => t.id === id);
  if (!added) throw new HttpError(404, 'not-found', 'The word was removed while it was being added.');
  return added;
}

export async function removeSafetyTerm(deps: AppDeps, staff: StaffAuth, id: string): Promise<void> {
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findSafetyTerm(trx, staff.councilId, id);
    if (!row) throw new HttpError(404, 'not-found', 'That word is not on your council’s list.');
    await deleteSafetyTerm(trx, staff.councilId, id);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'safety-term.remove',
        entity: 'safety-term',
        entityId: id,
        detail: { term: row.term, category: row.category, language: row.language },
      },
      now,
    );
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'council', entityId: staff.councilId }]);
  });
}

/** Two members adding the same word at once: the unique index decides, and the loser hears "already there". */
async function insertOnce(trx: Trx, row: Insertable<SafetyTermsTable>): Promise<void> {
  try {
    await insertSafetyTerm(trx, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'already-exists', 'This word is already on your council’s list for that language.');
    throw error;
  }
}
