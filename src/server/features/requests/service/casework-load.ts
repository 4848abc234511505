// What staff read: the triage queue, the navigation badge's counts and a whole case. Every read is of one council's
// requests only; a request of another council is never found.
import { z } from 'zod';
import { lastStage, workingDaysBetween, type IsoDate } from '../../../../shared/requests/clock';
import { onBehalfSchema, requestContactSchema, type Nation } from '../../../../shared/requests/request';
import type { QueueItem, QueueResponse, RequestCase, RequestsSummary, caseEventSchema } from '../../../../shared/requests/staff';
import { clockState, currentDue, maxDue, nextStageBy } from '../../../../shared/requests/stage-clock';
import { staffNames } from '../../../auth/staff-names';
import { timescalesFor } from './view';
import { loadRequestClock, type RequestClock } from '../../../council/request-clock';
import { loadCouncilRecord } from '../../../council/load';
import type { Db } from '../../../db/schema';
import type { RequestStagesTable, RequestsTable } from '../../../db/tables/requests';
import { readJsonColumn } from '../../../lib/json-column';
import { compareQueue, stageState } from './casework-rules';

const OPEN = ['received', 'in-progress', 'responded'];
const WAITING = ['received', 'in-progress'];

export async function loadRequestRow(db: Db, councilId: string, id: string): Promise<RequestsTable | undefined> {
  return db.selectFrom('requests').selectAll().where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst();
}

async function currentStages(db: Db, councilId: string, ids: readonly string[]): Promise<Map<string, RequestStagesTable>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('request_stages')
    .innerJoin('requests', 'requests.id', 'request_stages.request_id')
    .selectAll('request_stages')
    .where('request_stages.council_id', '=', councilId)
    .where('request_stages.request_id', 'in', ids)
    .whereRef('request_stages.stage', '=', 'requests.stage')
    .execute();
  return new Map(rows.map((r) => [r.request_id, r]));
}

function toQueueItem(
  row: RequestsTable,
  stage: RequestStagesTable | undefined,
  clock: RequestClock,
  today: IsoDate,
  names: Map<string, string>,
): QueueItem {
  const s = stage ? stageState(stage) : null;
  const running = row.status !== 'closed' && s !== null;
  // The rules the request arrived under, even if the council's nation has changed since.
  const t = timescalesFor(row.nation === 'wales' ? 'wales' : 'england', clock);
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind as QueueItem['kind'],
    topic: row.topic as QueueItem['topic'],
    status: row.status as QueueItem['status'],
    stage: Number(row.stage),
    urgent: Number(row.urgent) === 1,
    safety: Number(row.safety) === 1,
    clock: running ? clockState(t, s, today, clock.holidays) : null,
    dueOn: running ? currentDue(t, s, clock.holidays) : null,
    assignedTo: row.assigned_to ? { id: row.assigned_to, name: names.get(row.assigned_to) ?? '' } : null,
    contacted: row.contacted_at !== null,
    acknowledged: row.acknowledged_at !== null,
    receivedOn: row.received_on,
    ageDays: workingDaysBetween(row.received_on, today, clock.holidays),
  };
}

async function toQueueItems(db: Db, councilId: string, rows: RequestsTable[], now: Date): Promise<QueueItem[]> {
  const clock = await loadRequestClock(db, councilId);
  const today = clock.today(now);
  const stages = await currentStages(
    db,
    councilId,
    rows.map((r) => r.id),
  );
  const names = await staffNames(
    db,
    rows.flatMap((r) => r.assigned_to ?? []),
  );
  return rows.map((r) => toQueueItem(r, stages.get(r.id), clock, today, names));
}

/** Open requests in triage order (a council's open requests are few enough to order in memory by their clocks). */
async function openQueue(db: Db, councilId: string, now: Date): Promise<QueueItem[]> {
  const rows = await db.selectFrom('requests').selectAll().where('council_id', '=', councilId).where('status', 'in', OPEN).execute();
  const items = await toQueueItems(db, councilId, rows, now);
  const created = new Map(rows.map((r) => [r.id, r.created_at]));
  const key = (i: QueueItem) => ({ urgent: i.urgent || i.safety, dueOn: i.dueOn, createdAt: created.get(i.id) ?? '' });
  return items.sort((a, b) => compareQueue(key(a), key(b)));
}

async function outOfHours(db: Db, councilId: string): Promise<QueueResponse['outOfHours']> {
  const council = await loadCouncilRecord(db, councilId);
  return council ? { phone: council.settings.outOfHoursPhone, hours: council.settings.safeguardingHours } : null;
}

export async function loadQueue(
  db: Db,
  councilId: string,
  q: { status: 'open' | 'closed' | 'all'; page: number; pageSize: number },
  now: Date,
): Promise<QueueResponse> {
  const open = q.status === 'closed' ? [] : await openQueue(db, councilId, now);
  const closedCount =
    q.status === 'open'
      ? 0
      : Number(
          (
            await db
              .selectFrom('requests')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('council_id', '=', councilId)
              .where('status', '=', 'closed')
              .executeTakeFirstOrThrow()
          ).n,
        );
  const start = (q.page - 1) * q.pageSize;
  const items = open.slice(start, start + q.pageSize);
  const closedStart = Math.max(0, start - open.length);
  const closedWanted = q.pageSize - items.length;
  if (q.status !== 'open' && closedWanted > 0 && closedStart < closedCount) {
    const rows = await db
      .selectFrom('requests')
      .selectAll()
      .where('council_id', '=', councilId)
      .where('status', '=', 'closed')
      .orderBy('closed_at', 'desc')
      .orderBy('id')
      .offset(closedStart)
      .limit(closedWanted)
      .execute();
    items.push(...(await toQueueItems(db, councilId, rows, now)));
  }
  const urgentWaits = open.some((i) => (i.urgent || i.safety) && WAITING.includes(i.status));
  return {
    items,
    total: open.length + closedCount,
    page: q.page,
    pageSize: q.pageSize,
    outOfHours: urgentWaits ? await outOfHours(db, councilId) : null,
  };
}

export async function loadSummary(db: Db, councilId: string, staffId: string, now: Date): Promise<RequestsSummary> {
  const waiting = (await openQueue(db, councilId, now)).filter((i) => WAITING.includes(i.status));
  const rows = waiting.length
    ? await db
        .selectFrom('requests')
        .select(['id', 'created_at'])
        .where('council_id', '=', councilId)
        .where('status', 'in', WAITING)
        .orderBy('created_at')
        .limit(1)
        .execute()
    : [];
  return {
    waiting: waiting.length,
    urgent: waiting.filter((i) => i.urgent || i.safety).length,
    overdue: waiting.filter((i) => i.clock === 'overdue').length,
    dueSoon: waiting.filter((i) => i.clock === 'due-soon').length,
    mine: waiting.filter((i) => i.assignedTo?.id === staffId).length,
    oldestWaitingAt: rows[0]?.created_at ?? null,
  };
}

const eventDataSchema = z.record(z.string(), z.unknown()).nullable();

export async function loadCase(db: Db, councilId: string, id: string, now: Date): Promise<RequestCase | undefined> {
  const row = await loadRequestRow(db, councilId, id);
  if (!row) return undefined;
  const clock = await loadRequestClock(db, councilId);
  const today = clock.today(now);
  const nation = (row.nation === 'wales' ? 'wales' : 'england') as Nation;
  const stageRows = await db
    .selectFrom('request_stages')
    .selectAll()
    .where('request_id', '=', id)
    .where('council_id', '=', councilId)
    .orderBy('stage')
    .execute();
  const events = await db
    .selectFrom('request_events')
    .selectAll()
    .where('request_id', '=', id)
    .where('council_id', '=', councilId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const names = await staffNames(db, [...events.flatMap((e) => e.staff_id ?? []), ...(row.assigned_to ? [row.assigned_to] : [])]);
  const base = toQueueItem(
    row,
    stageRows.find((s) => Number(s.stage) === Number(row.stage)),
    clock,
    today,
    names,
  );
  const t = timescalesFor(nation, clock);
  const stages = stageRows.map((r) => {
    const s = stageState(r);
    return {
      ...s,
      maxDueOn: maxDue(nation, t, s, clock.holidays),
      currentDueOn: currentDue(t, s, clock.holidays),
      clock: clockState(t, s, today, clock.holidays),
      extensionReason: r.extension_reason,
      stopReason: r.stop_reason,
      outcome: r.outcome as RequestCase['stages'][number]['outcome'],
      learning: r.learning,
      late: Number(r.late) === 1,
      nextStageBy: nextStageBy(nation, t, s, clock.holidays),
    };
  });
  return {
    ...base,
    nation,
    details: row.details,
    wanted: row.wanted,
    onBehalf: row.on_behalf ? readJsonColumn(row.on_behalf, onBehalfSchema.nullable(), null) : null,
    contact: readJsonColumn(row.contact, requestContactSchema.nullable(), null),
    wantsAdvocate: row.wants_advocate,
    language: row.language,
    happened: (row.happened as RequestCase['happened']) ?? null,
    asker: (row.asker as RequestCase['asker']) ?? 'not-said',
    advocacy: row.advocacy as RequestCase['advocacy'],
    contactedAt: row.contacted_at,
    acknowledgedAt: row.acknowledged_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    lastStage: row.kind === 'complaint' ? lastStage(nation) : 1,
    stages,
    events: events.map((e): z.infer<typeof caseEventSchema> => ({
      id: e.id,
      type: e.type,
      text: e.text,
      data: e.data ? readJsonColumn(e.data, eventDataSchema, null) : null,
      visible: Number(e.visible) === 1,
      staff: e.staff_id ? { id: e.staff_id, name: names.get(e.staff_id) ?? '' } : null,
      at: e.at,
    })),
    flags: {
      overAYear: row.happened === 'over-a-year',
      lateEscalation: stages.some((s) => s.late),
      safety: Number(row.safety) === 1 || Number(row.urgent) === 1,
    },
    // Its title is the offer's to give (routes-staff.ts asks it through the ports).
    offerItem: row.offer_item_id ? { id: row.offer_item_id, title: null } : null,
  };
}
