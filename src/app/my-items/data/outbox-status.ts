// What is still on this phone: things not sent yet, and what the server refused (kept, with why, until let go).
import { useLiveRead } from '../../storage/live-read';
import { withDb } from '../../storage/load-db';
import type { OutboxRow } from '../../storage/rows';

const NONE: OutboxRow[] = [];

/** Things written on this phone that have not reached the council yet; 0 while loading. */
export function useUnsentCount(): number {
  return useLiveRead((db) => db.outbox.where('state').equals('queued').count(), [], 0);
}

/** What the server refused; [] while loading. */
export function useRefused(): OutboxRow[] {
  return useLiveRead((db) => db.outbox.where('state').equals('rejected').toArray(), [], NONE);
}

/**
 * The young person chose to let a refused item go. (A refused op cannot be sent again under the same id: the
 * server answers every repeat with its first result.)
 */
export function discardRejected(opId: string): Promise<void> {
  return withDb((db) =>
    db.transaction('rw', [db.outbox, db.myItems], async () => {
      const row = await db.outbox.where('id').equals(opId).first();
      if (!row || row.seq === undefined || row.state !== 'rejected') return;
      await db.outbox.delete(row.seq);
      await db.myItems.delete(opId);
    }),
  );
}

/**
 * "How's life?" surveys on this phone that would be lost if it forgot everything: half answered (a draft), or finished
 * and still waiting to be sent or refused by the server (kept with their answers); 0 while loading. Counted here so the privacy screen can warn without knowing surveys.
 */
export function useUnsentSurveyCount(): number {
  return useLiveRead(
    async (db) =>
      (await db.surveyDrafts.count()) +
      // Refused ones too: their answers stay on the phone until the young person lets them go.
      (await db.outbox.filter((r) => r.type === 'survey.submit').count()),
    [],
    0,
  );
}
