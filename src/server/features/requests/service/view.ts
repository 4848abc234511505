// What the young person sees of a request (RequestView), built in one place from its rows and the council's clock: the
// phone's own requests (myItems) and the lookup by reference and check code both answer with it.
import type { Selectable } from 'kysely';
import type { MyItem } from '../../../../shared/my-items';
import { DEFAULT_TIMESCALES, lastStage, OMBUDSMAN, type IsoDate, type Timescales } from '../../../../shared/requests/clock';
import {
  NATIONS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  REQUEST_TOPICS,
  STAGE_OUTCOMES,
  type Nation,
  type RequestMessageView,
  type RequestView,
} from '../../../../shared/requests/request';
import { currentDue, maxDue, nextStageBy, type StageState } from '../../../../shared/requests/stage-clock';
import type { RequestClock } from '../../../council/request-clock';
import type { Db } from '../../../db/schema';
import type { RequestEventsTable, RequestStagesTable, RequestsTable } from '../../../db/tables/requests';

export type RequestRow = Selectable<RequestsTable>;
export type StageRow = Selectable<RequestStagesTable>;
export type EventRow = Selectable<RequestEventsTable>;

export interface RequestRows {
  request: RequestRow;
  stages: readonly StageRow[];
  events: readonly EventRow[];
}

const ADVOCACY = ['not-asked', 'asked', 'referred', 'allocated', 'closed'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T => list.find((x) => x === value) ?? fallback;

export const toStageState = (s: StageRow): StageState => ({
  stage: s.stage,
  openedOn: s.opened_on,
  dueOn: s.due_on,
  extendedTo: s.extended_to,
  stoppedSince: s.stopped_since,
  stoppedDays: s.stopped_days,
  panelOn: s.panel_on,
  reportOn: s.report_on,
  respondedOn: s.responded_on,
});

/** The timescales a request runs on: the council's, unless it arrived under the other nation's rules. */
export function timescalesFor(nation: Nation, clock: Pick<RequestClock, 'nation' | 'timescales'>): Timescales {
  return clock.nation === nation ? clock.timescales : DEFAULT_TIMESCALES[nation];
}

/**
 * When a complaint may go to the next stage: there is one, it is not closed, and the council answered this stage or
 * let its due day pass (a stopped clock counts to the stage's longest time, so stopping it cannot block the ask).
 */
export function mayEscalate(rows: RequestRows, clock: Pick<RequestClock, 'nation' | 'timescales' | 'holidays'>, today: IsoDate): boolean {
  const { request } = rows;
  const nation = oneOf(NATIONS, request.nation, 'england');
  if (request.kind !== 'complaint' || request.status === 'closed' || request.stage >= lastStage(nation)) return false;
  const current = rows.stages.find((s) => s.stage === request.stage);
  if (!current) return false;
  if (current.responded_on !== null) return true;
  const t = timescalesFor(nation, clock);
  const state = toStageState(current);
  const due = currentDue(t, state, clock.holidays) ?? maxDue(nation, t, state, clock.holidays);
  return today > due;
}

function messagesOf(events: readonly EventRow[]): RequestMessageView[] {
  return events
    .filter((e) => e.visible === 1 && (e.type === 'message-in' || e.type === 'message-out') && e.text !== null)
    .sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)))
    .map((e) => {
      let signedAs: string | null = null;
      if (e.type === 'message-out' && e.data) {
        const data = JSON.parse(e.data) as { signedAs?: unknown };
        if (typeof data.signedAs === 'string' && data.signedAs.length > 0) signedAs = data.signedAs;
      }
      return { id: e.id, from: e.type === 'message-in' ? 'me' : 'council', text: e.text!, at: e.at, signedAs };
    });
}

export function toRequestView(rows: RequestRows, clock: Pick<RequestClock, 'nation' | 'timescales' | 'holidays'>, today: IsoDate): RequestView {
  const { request } = rows;
  const nation = oneOf(NATIONS, request.nation, 'england');
  const t = timescalesFor(nation, clock);
  const status = oneOf(REQUEST_STATUSES, request.status, 'received');
  const current = rows.stages.find((s) => s.stage === request.stage);
  const state = current ? toStageState(current) : null;
  const complaint = request.kind === 'complaint';
  const answeredLast = request.stage >= lastStage(nation) && current?.responded_on != null;
  return {
    ref: request.ref,
    kind: oneOf(REQUEST_KINDS, request.kind, 'question'),
    topic: oneOf(REQUEST_TOPICS, request.topic, 'other'),
    nation,
    status,
    stage: Math.min(Math.max(request.stage, 1), 3),
    receivedOn: request.received_on,
    dueOn: state && status !== 'closed' ? currentDue(t, state, clock.holidays) : null,
    clockStoppedSince: status !== 'closed' ? (current?.stopped_since ?? null) : null,
    respondedOn: current?.responded_on ?? null,
    outcome: current?.outcome ? oneOf(STAGE_OUTCOMES, current.outcome, 'resolved') : null,
    nextStageBy: complaint && state && status !== 'closed' ? nextStageBy(nation, t, state, clock.holidays) : null,
    canEscalate: mayEscalate(rows, clock, today),
    ombudsman: complaint && (status === 'closed' || answeredLast) ? OMBUDSMAN[nation] : null,
    advocacy: oneOf(ADVOCACY, request.advocacy, 'not-asked'),
    urgent: request.urgent === 1,
    messages: messagesOf(rows.events),
    updatedAt: request.updated_at,
  };
}

/** The phone's item for its own request: delivered until the council replies or answers a stage, then answered. */
export function toRequestItem(rows: RequestRows, view: RequestView): MyItem {
  const replied = rows.events.some((e) => e.visible === 1 && e.type === 'message-out') || rows.stages.some((s) => s.responded_on !== null);
  return {
    id: rows.request.op_id ?? rows.request.id,
    kind: 'request',
    state: replied ? 'answered' : 'delivered',
    reason: null,
    themeIds: [],
    feedItemIds: [],
    updatedAt: rows.request.updated_at,
    request: view,
  };
}

/** The stages and events of these requests, grouped with them. */
export async function loadRequestRows(db: Db, requests: readonly RequestRow[]): Promise<RequestRows[]> {
  if (requests.length === 0) return [];
  const ids = requests.map((r) => r.id);
  const stages = await db.selectFrom('request_stages').selectAll().where('request_id', 'in', ids).execute();
  // Only what the young person may read: staff notes and actions never leave the server this way.
  const events = await db.selectFrom('request_events').selectAll().where('request_id', 'in', ids).where('visible', '=', 1).execute();
  return requests.map((request) => ({
    request,
    stages: stages.filter((s) => s.request_id === request.id),
    events: events.filter((e) => e.request_id === request.id),
  }));
}
