// "I'm not happy — take it to the next stage" (op request.escalate, and the lookup from another device). The council
// cannot block it: once a stage is answered, or its due day has passed, the young person may ask; a late ask (after
// the window) is accepted and flagged for the council.
import { newId } from '../../../../shared/ids';
import { lastStage, type IsoDate } from '../../../../shared/requests/clock';
import { NATIONS } from '../../../../shared/requests/request';
import { currentDue, maxDue, nextStageBy, openStage } from '../../../../shared/requests/stage-clock';
import type { RequestClock } from '../../../council/request-clock';
import type { Trx } from '../../../db/schema';
import type { Ports } from '../../../ports/ports';
import { recordRequestChange } from './change';
import type { Refusal } from './refusal';
import { mayEscalate, timescalesFor, toStageState, type RequestRows } from './view';

type Clock = Pick<RequestClock, 'nation' | 'timescales' | 'holidays'>;

/** Whether this complaint may go to `toStage` today, and if so whether the ask is late. */
export function escalateRule(
  rows: RequestRows,
  toStage: number,
  clock: Clock,
  today: IsoDate,
  askedOn: IsoDate = today,
): Refusal | { late: boolean } {
  const { request } = rows;
  const nation = NATIONS.find((n) => n === request.nation) ?? 'england';
  if (request.kind !== 'complaint') return { code: 'not-allowed', message: 'Only a complaint has a next stage.' };
  if (request.status === 'closed') return { code: 'closed', message: 'This complaint is closed, so it cannot go to another stage.' };
  if (toStage <= request.stage) return { code: 'already-done', message: `Your complaint is already at stage ${request.stage}.` };
  if (toStage > lastStage(nation)) {
    return { code: 'not-allowed', message: `There is no stage ${toStage} here. The next step is the ombudsman.` };
  }
  if (toStage > request.stage + 1) return { code: 'not-allowed', message: `Ask for stage ${request.stage + 1} first.` };
  const current = rows.stages.find((s) => s.stage === request.stage);
  if (!current) return { code: 'not-allowed', message: 'This complaint cannot go to the next stage yet.' };
  const t = timescalesFor(nation, clock);
  const state = toStageState(current);
  if (!mayEscalate(rows, clock, today)) {
    const due = currentDue(t, state, clock.holidays) ?? maxDue(nation, t, state, clock.holidays);
    return {
      code: 'not-allowed',
      message: `The council has until ${due} to answer stage ${request.stage}. If they have not answered by then, you can ask for stage ${toStage}.`,
    };
  }
  const by = nextStageBy(nation, t, state, clock.holidays);
  // Late only if asked after the window: an ask made offline in time and delivered later is not late.
  const asked = askedOn < today ? askedOn : today;
  return { late: by !== null && asked > by };
}

export interface EscalateInput {
  /** The op id (or the lookup's id) that asks: a repeat of it changes nothing. */
  opId: string;
  toStage: number;
  reason: string | undefined;
  now: Date;
  /** When the phone says the young person asked (an op's createdAt); never earlier than the stage's answer counts. */
  askedAt?: string;
}

/** Opens the next stage. Answers a refusal, or null when it is done (or was done before by this same ask). */
export async function escalateRequest(
  trx: Trx,
  rows: RequestRows,
  clock: Clock & Pick<RequestClock, 'today'>,
  input: EscalateInput,
  ports: Pick<Ports, 'alerts'>,
): Promise<Refusal | null> {
  const { request } = rows;
  const before = await trx.selectFrom('request_events').select(['request_id', 'type']).where('op_id', '=', input.opId).executeTakeFirst();
  if (before) {
    return before.request_id === request.id && before.type === 'escalated'
      ? null
      : { code: 'not-allowed', message: 'That id was already used for something else.' };
  }
  const today = clock.today(input.now);
  const answered = rows.stages.find((st) => st.stage === request.stage)?.responded_on ?? null;
  const askedDay = input.askedAt ? clock.today(new Date(input.askedAt)) : today;
  const askedOn = answered !== null && askedDay < answered ? answered : askedDay;
  const rule = escalateRule(rows, input.toStage, clock, today, askedOn);
  if ('code' in rule) return rule;
  const nation = NATIONS.find((n) => n === request.nation) ?? 'england';
  const { dueOn } = openStage(nation, timescalesFor(nation, clock), input.toStage, today, clock.holidays);
  await trx
    .insertInto('request_stages')
    .values({
      request_id: request.id,
      stage: input.toStage,
      council_id: request.council_id,
      opened_on: today,
      due_on: dueOn,
      stopped_days: 0,
      late: rule.late ? 1 : 0,
    })
    .execute();
  await trx.updateTable('requests').set({ stage: input.toStage, status: 'received' }).where('id', '=', request.id).execute();
  await trx
    .insertInto('request_events')
    .values({
      id: newId(),
      request_id: request.id,
      council_id: request.council_id,
      op_id: input.opId,
      type: 'escalated',
      staff_id: null,
      text: input.reason ?? null,
      data: JSON.stringify({ stage: input.toStage, late: rule.late }),
      visible: 1,
      at: input.now.toISOString(),
    })
    .execute();
  await recordRequestChange(trx, request, input.now);
  await ports.alerts?.enqueue(trx, { councilId: request.council_id, kind: 'escalated', path: `/staff/requests/${request.id}`, at: input.now });
  return null;
}
