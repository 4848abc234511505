// Escalation: an item nobody has acted on by its due time (arrival + the council's response time) goes to the first
// person on the council's escalation list; still waiting another response time later, to the next, and so on down
// the list. Each step is an email to that person and a mark the queue shows. A step is taken by one conditional
// UPDATE (from this step to the next), so two servers running the round at once take it once.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import type { Ports } from '../../../ports/ports';
import type { BackgroundLog } from '../../../ports/server-feature';
import { queueTeam, responseRules } from './team';
import { waitingSince } from './waiting';

const HOUR = 3_600_000;

/** Escalates what is due in every council with an escalation list; answers how many steps it took. */
export async function escalateOverdue(db: Kysely<Database>, ports: Ports, now: Date): Promise<number> {
  const councils = await db.selectFrom('safeguarding_settings').select('council_id').where('escalate_to', '<>', '[]').execute();
  let steps = 0;
  for (const { council_id: councilId } of councils) steps += await escalateCouncil(db, ports, councilId, now);
  return steps;
}

async function escalateCouncil(db: Kysely<Database>, ports: Ports, councilId: string, now: Date): Promise<number> {
  const rules = await responseRules(db, councilId);
  const team = new Set((await queueTeam(db, councilId)).map((t) => t.id));
  // Someone who left the team is passed over.
  const list = rules.escalateTo.filter((id) => team.has(id));
  if (list.length === 0) return 0;
  const due = await waitingSince(db, councilId, new Date(now.getTime() - rules.hours * HOUR).toISOString(), ports.safeguarding);
  let steps = 0;
  for (const item of due) {
    const waited = now.getTime() - new Date(item.createdAt).getTime();
    // Step n (1-based) is due after n response times.
    const dueSteps = Math.min(list.length, Math.floor(waited / (rules.hours * HOUR)));
    const took = await db.transaction().execute(async (trx) => {
      const key = { council_id: councilId, kind: item.kind, item_id: item.id };
      await trx
        .insertInto('safeguarding_assignments')
        .values({ ...key, assigned_to: null, assigned_at: null, escalations: 0, escalated_to: null, escalated_at: null })
        .onConflict((oc) => oc.columns(['council_id', 'kind', 'item_id']).doNothing())
        .execute();
      const row = await trx
        .selectFrom('safeguarding_assignments')
        .select('escalations')
        .where('council_id', '=', councilId)
        .where('kind', '=', item.kind)
        .where('item_id', '=', item.id)
        .executeTakeFirstOrThrow();
      const done = Number(row.escalations);
      if (done >= dueSteps) return false;
      const to = list[done]!;
      const moved = await trx
        .updateTable('safeguarding_assignments')
        .set({ escalations: done + 1, escalated_to: to, escalated_at: now.toISOString() })
        .where('council_id', '=', councilId)
        .where('kind', '=', item.kind)
        .where('item_id', '=', item.id)
        .where('escalations', '=', done)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return false;
      await ports.alerts?.enqueue(trx, { councilId, kind: 'escalated', path: '/staff/safeguarding', at: new Date(item.createdAt), toStaffId: to });
      await audit(
        trx,
        {
          councilId,
          staffId: null,
          action: 'safeguarding.escalate',
          entity: item.kind === 'wall-post' ? 'wall_post' : 'poll_option',
          entityId: item.id,
          detail: { to, step: done + 1 },
        },
        now,
      );
      return true;
    });
    if (took) steps += 1;
  }
  return steps;
}

/** The escalation round every minute, until stopped. */
export function startEscalation(db: Kysely<Database>, ports: Ports, now: () => Date, log: BackgroundLog, everyMs = 60_000) {
  let round: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (round) return;
    round = escalateOverdue(db, ports, now())
      .catch((err: unknown) => log.warn({ err }, 'safeguarding: an escalation round failed; the next one runs in a minute'))
      .finally(() => {
        round = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
    },
  };
}
