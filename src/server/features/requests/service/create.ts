// `request.create`: a young person asks for an advocate, makes a complaint, says thank you, asks to be contacted or asks
// a question. It arrives with its statutory clock running, a reference for the phone, and an alert for the council.
import { newId } from '../../../../shared/ids';
import { addWorkingDays, isWorkingDay } from '../../../../shared/requests/clock';
import type { RequestCreate } from '../../../../shared/requests/request';
import { openStage } from '../../../../shared/requests/stage-clock';
import { assessText } from '../../../../shared/safety/assess-text';
import { loadRequestClock, type RequestClock } from '../../../council/request-clock';
import { councilSafetyTerms } from '../../../council/load';
import type { Trx } from '../../../db/schema';
import type { Ports } from '../../../ports/ports';
import type { OpContext, OpOutcome } from '../../../sync/types';
import { recordRequestChange } from './change';
import { hashCheckCode, newRef } from './ref';

/**
 * Stage 1's due day. A complaint: the regulations' stage 1 (10 working days by default). 'contact-me': the same day
 * (the next working day when it arrives on a weekend or holiday). Anything else: the council's acknowledgement time.
 */
export function firstDue(kind: RequestCreate['kind'], clock: Pick<RequestClock, 'nation' | 'timescales' | 'holidays'>, receivedOn: string): string {
  if (kind === 'complaint') return openStage(clock.nation, clock.timescales, 1, receivedOn, clock.holidays).dueOn;
  if (kind === 'contact-me') return isWorkingDay(receivedOn, clock.holidays) ? receivedOn : addWorkingDays(receivedOn, 1, clock.holidays);
  return addWorkingDays(receivedOn, clock.timescales.acknowledge, clock.holidays);
}

/** A reference no request has yet (a clash is as unlikely as 1 in 850 billion, but it is checked). */
async function freshRef(trx: Trx): Promise<string> {
  for (;;) {
    const ref = newRef();
    const taken = await trx.selectFrom('requests').select('id').where('ref', '=', ref).executeTakeFirst();
    if (!taken) return ref;
  }
}

/** A question about a local offer item must name one of the council's items (retired ones too: the phone may have been
 * offline when it was retired). With no offer on the server, no item can be named. */
async function unknownOfferItem(ctx: OpContext, p: RequestCreate, ports: Pick<Ports, 'offerItems'>): Promise<boolean> {
  if (p.offerItemId === undefined) return false;
  const titles = (await ports.offerItems?.titles(ctx.trx, ctx.device.councilId, [p.offerItemId])) ?? new Map<string, string>();
  return !titles.has(p.offerItemId);
}

export async function createRequest(ctx: OpContext, p: RequestCreate, ports: Pick<Ports, 'alerts' | 'offerItems'>): Promise<OpOutcome> {
  const { trx, device, op, now } = ctx;
  if (await unknownOfferItem(ctx, p, ports)) {
    return { status: 'rejected', code: 'not-found', message: 'That part of the local offer is not there.' };
  }
  const words = [p.details, p.wanted ?? ''].filter((w) => w.length > 0).join('\n');
  const flags = words ? assessText(words, { extraTerms: await councilSafetyTerms(trx, device.councilId) }) : null;
  // As for wall posts, the phone's own check can only make it more careful, never less.
  const safety = flags?.disclosure === true || p.flaggedOnDevice === true;
  const urgent = p.urgent || safety;
  // Words that may be about harm, and anything sent as urgent, are counted but never refused for what others used up.
  const refused = await ctx.takeQuota({ exempt: urgent });
  if (refused) return refused;

  const clock = await loadRequestClock(trx, device.councilId);
  const receivedOn = clock.today(now);
  const at = now.toISOString();
  const id = newId();
  const ref = await freshRef(trx);
  await trx
    .insertInto('requests')
    .values({
      id,
      council_id: device.councilId,
      op_id: op.id,
      device_id: device.deviceId,
      ref,
      check_hash: await hashCheckCode(p.checkCode),
      kind: p.kind,
      topic: p.topic,
      details: p.details,
      wanted: p.wanted ?? null,
      on_behalf: p.onBehalf ? JSON.stringify(p.onBehalf) : null,
      contact: JSON.stringify(p.contact),
      wants_advocate: p.wantsAdvocate,
      language: p.language ?? null,
      happened: p.when ?? null,
      asker: p.asker,
      urgent: urgent ? 1 : 0,
      safety: safety ? 1 : 0,
      nation: clock.nation,
      offer_item_id: p.offerItemId ?? null,
      status: 'received',
      stage: 1,
      assigned_to: null,
      advocacy: p.wantsAdvocate === 'yes' || p.kind === 'advocate' ? 'asked' : 'not-asked',
      contacted_at: null,
      acknowledged_at: null,
      received_on: receivedOn,
      created_at: at,
      updated_at: at,
      closed_at: null,
    })
    .execute();
  await trx
    .insertInto('request_stages')
    .values({
      request_id: id,
      stage: 1,
      council_id: device.councilId,
      opened_on: receivedOn,
      due_on: firstDue(p.kind, clock, receivedOn),
      stopped_days: 0,
      late: 0,
    })
    .execute();
  const data = { kind: p.kind, urgent, safety, ...(flags ? { categories: flags.categories } : {}) };
  const events: Array<{ type: string; data: Record<string, unknown> }> = [{ type: 'created', data }];
  // Older than a year: still accepted (the council decides whether it can look into it), and flagged for staff.
  if (p.kind === 'complaint' && p.when === 'over-a-year') events.push({ type: 'over-a-year', data: { when: p.when } });
  await trx
    .insertInto('request_events')
    .values(
      events.map((e) => ({
        id: newId(),
        request_id: id,
        council_id: device.councilId,
        op_id: null,
        type: e.type,
        staff_id: null,
        text: null,
        data: JSON.stringify(e.data),
        visible: 0,
        at,
      })),
    )
    .execute();
  await recordRequestChange(trx, { id, council_id: device.councilId, op_id: op.id, device_id: device.deviceId }, now);
  await ports.alerts?.enqueue(trx, {
    councilId: device.councilId,
    kind: urgent ? 'urgent-request' : 'request',
    path: `/staff/requests/${id}`,
    at: now,
  });
  return { status: 'accepted', ref };
}
