// Casework on a stage's clock: the stage's answer, an extension, stopping and restarting the clock, and England's
// stage 3 milestones (the panel, its report).
import type { z } from 'zod';
import type { RequestKind } from '../../../../shared/requests/request';
import type { RequestCase, clockSchema, extendSchema, panelSchema, reportOnSchema, respondSchema } from '../../../../shared/requests/staff';
import { currentDue, stoppedFor } from '../../../../shared/requests/stage-clock';
import { timescalesFor } from './view';
import { loadRequestClock } from '../../../council/request-clock';
import type { RequestStagesTable } from '../../../db/tables/requests';
import { badRequest, conflict } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { addEvent, changeRequest, type ChangeContext } from './casework-change';
import { checkExtension, stageState, statusAfterAnswer } from './casework-rules';

type Body<S extends z.ZodType> = z.output<S>;
const nationOf = (ctx: ChangeContext) => (ctx.row.nation === 'wales' ? 'wales' : 'england');

/** The request's current stage, still waiting for its answer. */
async function openStageRow(ctx: ChangeContext, stage: number): Promise<RequestStagesTable> {
  if (stage !== Number(ctx.row.stage)) throw badRequest('not-current-stage', `This request is at stage ${ctx.row.stage}, not stage ${stage}.`);
  const row = await ctx.trx
    .selectFrom('request_stages')
    .selectAll()
    .where('request_id', '=', ctx.row.id)
    .where('stage', '=', stage)
    .executeTakeFirst();
  if (!row) throw badRequest('no-such-stage', `This request has not reached stage ${stage}.`);
  if (row.responded_on !== null) throw conflict('already-answered', `Stage ${stage} was answered on ${row.responded_on}.`);
  return row;
}

const updateStage = (ctx: ChangeContext, stage: number, set: Partial<RequestStagesTable>) =>
  ctx.trx.updateTable('request_stages').set(set).where('request_id', '=', ctx.row.id).where('stage', '=', stage).execute();

/** The stage's answer: answered today (London), a message the young person reads, and the request moves on or closes. */
export function respond(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof respondSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'respond', progresses: true }, async (ctx) => {
    const row = await openStageRow(ctx, body.stage);
    const clock = await loadRequestClock(ctx.trx, staff.councilId);
    const today = clock.today(ctx.now);
    // A stopped clock ends with the answer: the days it was stopped count as stopped.
    const stopped = row.stopped_since !== null ? stoppedFor(row.stopped_since, today, clock.holidays) : 0;
    await updateStage(ctx, body.stage, {
      responded_on: today,
      outcome: body.outcome,
      stopped_since: null,
      stopped_days: Number(row.stopped_days) + stopped,
    });
    await addEvent(ctx, { type: 'stage-response', data: { stage: body.stage, outcome: body.outcome } });
    await addEvent(ctx, { type: 'message-out', text: body.text, data: { stage: body.stage, outcome: body.outcome }, visible: true });
    const status = statusAfterAnswer(ctx.row.kind as RequestKind, nationOf(ctx), body.stage, body.outcome);
    return { status, detail: { stage: body.stage, outcome: body.outcome } };
  });
}

export function extend(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof extendSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: 'extend', progresses: true }, async (ctx) => {
    const row = await openStageRow(ctx, body.stage);
    const clock = await loadRequestClock(ctx.trx, staff.councilId);
    const refusal = checkExtension(nationOf(ctx), timescalesFor(nationOf(ctx), clock), stageState(row), body.to, clock.holidays);
    if (refusal) throw badRequest(refusal.code, refusal.message);
    await updateStage(ctx, body.stage, { extended_to: body.to, extension_reason: body.reason });
    await addEvent(ctx, { type: 'extended', text: body.reason, data: { stage: body.stage, to: body.to } });
    return { detail: { stage: body.stage, to: body.to } };
  });
}

/** Stop the clock (waiting for something the council cannot control) or restart it; stopped working days are added. */
export function changeClock(deps: AppDeps, staff: StaffAuth, id: string, body: Body<typeof clockSchema>): Promise<RequestCase> {
  return changeRequest(deps, staff, id, { action: `clock-${body.action}`, progresses: true }, async (ctx) => {
    const row = await openStageRow(ctx, body.stage);
    const clock = await loadRequestClock(ctx.trx, staff.councilId);
    const today = clock.today(ctx.now);
    if (body.action === 'stop') {
      if (row.stopped_since !== null) throw conflict('clock-stopped', `The clock is stopped already, since ${row.stopped_since}.`);
      // Past its due day the young person may already ask for the next stage: stopping the clock then would take that away.
      const due = currentDue(timescalesFor(nationOf(ctx), clock), stageState(row), clock.holidays);
      if (due !== null && today > due) {
        throw conflict('clock-overdue', `This stage was due on ${due}: the clock cannot be stopped once the due day has passed.`);
      }
      await updateStage(ctx, body.stage, { stopped_since: today, stop_reason: body.reason });
      await addEvent(ctx, { type: 'clock-stopped', text: body.reason, data: { stage: body.stage } });
    } else {
      if (row.stopped_since === null) throw conflict('clock-running', 'The clock is running: there is nothing to restart.');
      const days = stoppedFor(row.stopped_since, today, clock.holidays);
      await updateStage(ctx, body.stage, { stopped_since: null, stopped_days: Number(row.stopped_days) + days });
      await addEvent(ctx, { type: 'clock-restarted', text: body.reason, data: { stage: body.stage, days } });
    }
    return { detail: { stage: body.stage } };
  });
}

/** England's stage 3: the day the panel met, then the day its report came; each moves the council's due day. */
export function recordMilestone(
  deps: AppDeps,
  staff: StaffAuth,
  id: string,
  body: Body<typeof panelSchema> | Body<typeof reportOnSchema>,
): Promise<RequestCase> {
  const milestone = 'panelOn' in body ? 'panel' : 'report';
  const on = 'panelOn' in body ? body.panelOn : body.reportOn;
  return changeRequest(deps, staff, id, { action: milestone, progresses: true }, async (ctx) => {
    if (nationOf(ctx) !== 'england' || Number(ctx.row.stage) !== 3)
      throw badRequest('no-panel-stage', 'A review panel is part of stage 3 of an English complaint only.');
    const row = await openStageRow(ctx, 3);
    const today = (await loadRequestClock(ctx.trx, staff.councilId)).today(ctx.now);
    if (on > today) throw badRequest('date-in-future', `Record the ${milestone} once it has happened (${on} is after today).`);
    if (on < row.opened_on) throw badRequest('date-before-stage', `Stage 3 opened on ${row.opened_on}.`);
    if (milestone === 'report') {
      if (row.panel_on === null) throw badRequest('panel-first', 'Record the day the panel met first.');
      if (on < row.panel_on) throw badRequest('date-before-panel', `The panel met on ${row.panel_on}.`);
      await updateStage(ctx, 3, { report_on: on });
    } else {
      await updateStage(ctx, 3, { panel_on: on });
    }
    await addEvent(ctx, { type: milestone, data: { on } });
    return { detail: { on } };
  });
}
