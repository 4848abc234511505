// Withdrawing a finding published to young people (it was wrong, or promised what the council cannot do), with why.
// Its row and words stay for the record (staff list them: who, when and why); every phone drops it (the pull's
// tombstone), and each "you said, we did" item citing it keeps its own words while its source says the finding was
// withdrawn. Doing it again changes nothing (the first reason stays).
import type { FindingWithdrawn } from '../../../../shared/survey/authoring';
import { audit } from '../../../lib/audit';
import { notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import type { QuotingItem } from '../../../ports/words';
import { recordChanges } from '../../../sync/change-log';

export async function withdrawFinding(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, reason: string): Promise<FindingWithdrawn> {
  const now = deps.now();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('survey_findings')
      .select(['id', 'round', 'withdrawn_at'])
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (!row) throw notFound('That finding');
    if (row.withdrawn_at) return { id: row.id, withdrawnAt: row.withdrawn_at };
    // Only the first of two withdrawals at once changes the row; the other answers as a repeat.
    const updated = await trx
      .updateTable('survey_findings')
      .set({ withdrawn_at: at, withdrawn_by: staff.staffId, withdrawn_reason: reason })
      .where('id', '=', row.id)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const again = await trx.selectFrom('survey_findings').select('withdrawn_at').where('id', '=', row.id).executeTakeFirstOrThrow();
      return { id: row.id, withdrawnAt: again.withdrawn_at ?? at };
    }
    const source = { kind: 'survey-question' as const, id: row.id };
    const citing: QuotingItem[] = [];
    for (const holder of ports.wordsHolders) citing.push(...((await holder.withdrawQuotes?.(trx, staff.councilId, source, at)) ?? []));
    await recordChanges(trx, [
      // Every phone: the finding leaves "What we found" (the pull sends a tombstone for a withdrawn finding).
      { councilId: staff.councilId, collection: 'surveyFindings', entityId: row.id },
      // Every phone: published items citing it arrive again with the source marked withdrawn (their updatedAt stays).
      ...citing.filter((c) => c.published).map((c) => ({ councilId: staff.councilId, collection: 'feedItems' as const, entityId: c.id })),
    ]);
    const feedItemIds = citing.map((c) => c.id);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'survey.finding.withdraw',
        entity: 'survey-finding',
        entityId: row.id,
        detail: { round: row.round, reason, feedItems: feedItemIds.length, feedItemIds },
      },
      now,
    );
    return { id: row.id, withdrawnAt: at };
  });
}
