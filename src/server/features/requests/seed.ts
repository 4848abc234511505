// Demo requests for Demoshire, so the staff queue is not empty: a stage 1 complaint about family time that was
// answered, an advocate asked for, and an urgent "contact me". They belong to no phone (a phone's own requests are
// made by its ops); the complaint opens from any phone with its reference and the demo check code (README).
import { newId } from '../../../shared/ids';
import { addDays, addWorkingDays } from '../../../shared/requests/clock';
import type { RequestContact } from '../../../shared/requests/request';
import { openStage } from '../../../shared/requests/stage-clock';
import { loadRequestClock } from '../../council/request-clock';
import type { Trx } from '../../db/schema';
import { firstDue } from './service/create';
import { hashCheckCode } from './service/ref';

/** The demo complaint's reference and check code (README, "Two commands"). */
export const DEMO_REQUEST = { ref: 'HRD-DEMS-FAM3', checkCode: 'HEARD23456' } as const;

interface DemoRequest {
  ref: string;
  kind: 'complaint' | 'advocate' | 'contact-me';
  topic: string;
  details: string;
  wanted: string | null;
  contact: RequestContact;
  daysAgo: number;
  urgent: boolean;
  advocacy: string;
  /** Messages after it arrived: [from, text, working days after it arrived]. */
  messages: Array<['me' | 'council', string, number]>;
  /** Stage 1 answered this many working days after it arrived, with this outcome. */
  answered?: { after: number; outcome: string };
}

const SIGNED = 'Cai, complaints team';

const DEMO: readonly DemoRequest[] = [
  {
    ref: DEMO_REQUEST.ref,
    kind: 'complaint',
    topic: 'family-time',
    details:
      'My family time with my little brother keeps getting cancelled on the day. Nobody tells me why and it has happened three times since the summer.',
    wanted: 'I want to see him every other Saturday like it says in my plan, and to be told early if it has to move.',
    contact: { method: 'text', value: '07700 900123', safeToCall: false, safeToText: true, safeToLeaveMessage: false, bestTimes: ['after-school'] },
    daysAgo: 18,
    urgent: false,
    advocacy: 'not-asked',
    messages: [
      ['council', 'Thank you for telling us. I am looking into what happened with your family time and I will write to you by the date shown.', 1],
      ['me', 'Thanks. The last one was cancelled again on Saturday.', 3],
      [
        'council',
        'I have talked to your social worker and the contact team. Two of the visits were cancelled because there was no driver, and that should not have happened. From now on a back-up driver is booked for your Saturdays, and if a visit has to move you will be told at least two days before. If you are not happy with this answer, you can ask for stage 2.',
        8,
      ],
    ],
    answered: { after: 8, outcome: 'partly-upheld' },
  },
  {
    ref: 'HRD-DEMS-ADV7',
    kind: 'advocate',
    topic: 'where-i-live',
    details: 'They want to move me to a new placement further away and I do not want to change school. I want someone on my side at the meeting.',
    wanted: 'An advocate who can come to the meeting next month.',
    contact: { method: 'through-worker', worker: 'iro', safeToCall: true, safeToText: true, safeToLeaveMessage: true },
    daysAgo: 2,
    urgent: false,
    advocacy: 'asked',
    messages: [],
  },
  {
    ref: 'HRD-DEMS-CTC5',
    kind: 'contact-me',
    topic: 'where-i-live',
    details: 'I do not feel safe at home tonight. Please ring me.',
    wanted: null,
    contact: { method: 'phone', value: '07700 900456', safeToCall: true, safeToText: false, safeToLeaveMessage: false, bestTimes: ['evening'] },
    daysAgo: 0,
    urgent: true,
    advocacy: 'not-asked',
    messages: [],
  },
];

export async function seedDemoRequests(trx: Trx, councilId: string, now: Date): Promise<void> {
  const clock = await loadRequestClock(trx, councilId);
  const today = clock.today(now);
  const seeded = await trx
    .selectFrom('requests')
    .select('ref')
    .where(
      'ref',
      'in',
      DEMO.map((d) => d.ref),
    )
    .execute();
  const have = new Set(seeded.map((r) => r.ref));
  for (const d of DEMO.filter((x) => !have.has(x.ref))) {
    const id = newId();
    const receivedOn = addDays(today, -d.daysAgo);
    const dayAt = (after: number): string => {
      const day = addWorkingDays(receivedOn, after, clock.holidays);
      return `${day <= today ? day : today}T${String(10 + after).padStart(2, '0')}:30:00.000Z`;
    };
    const arrived = d.daysAgo === 0 ? now.toISOString() : `${receivedOn}T09:15:00.000Z`;
    const answered = d.answered ? dayAt(d.answered.after) : null;
    const lastAt = [arrived, ...d.messages.map((m) => dayAt(m[2]))].sort().at(-1)!;
    // Only the demo complaint has a known check code; the others get one nobody knows.
    const code = d.ref === DEMO_REQUEST.ref ? DEMO_REQUEST.checkCode : newId().replaceAll('-', '').slice(0, 10).toUpperCase();
    await trx
      .insertInto('requests')
      .values({
        id,
        council_id: councilId,
        op_id: null,
        device_id: null,
        ref: d.ref,
        check_hash: await hashCheckCode(code),
        kind: d.kind,
        topic: d.topic,
        details: d.details,
        wanted: d.wanted,
        on_behalf: null,
        contact: JSON.stringify(d.contact),
        wants_advocate: d.kind === 'advocate' ? 'yes' : 'not-sure',
        language: null,
        happened: d.kind === 'complaint' ? 'this-year' : null,
        asker: 'in-care',
        urgent: d.urgent ? 1 : 0,
        safety: d.urgent ? 1 : 0,
        nation: clock.nation,
        offer_item_id: null,
        status: answered ? 'responded' : 'received',
        stage: 1,
        assigned_to: null,
        advocacy: d.advocacy,
        contacted_at: null,
        acknowledged_at: d.messages.length > 0 ? dayAt(d.messages[0]![2]) : null,
        received_on: receivedOn,
        created_at: arrived,
        updated_at: lastAt,
        closed_at: null,
      })
      .execute();
    const due =
      d.kind === 'complaint' ? openStage(clock.nation, clock.timescales, 1, receivedOn, clock.holidays).dueOn : firstDue(d.kind, clock, receivedOn);
    await trx
      .insertInto('request_stages')
      .values({
        request_id: id,
        stage: 1,
        council_id: councilId,
        opened_on: receivedOn,
        due_on: due,
        responded_on: answered ? answered.slice(0, 10) : null,
        outcome: d.answered?.outcome ?? null,
        stopped_days: 0,
        late: 0,
      })
      .execute();
    const event = (type: string, at: string, visible: boolean, text: string | null, data: object) => ({
      id: newId(),
      request_id: id,
      council_id: councilId,
      op_id: null,
      type,
      staff_id: null,
      text,
      data: JSON.stringify(data),
      visible: visible ? 1 : 0,
      at,
    });
    await trx
      .insertInto('request_events')
      .values([
        event('created', arrived, false, null, { kind: d.kind, urgent: d.urgent, safety: d.urgent }),
        ...d.messages.map(([from, text, after]) =>
          from === 'me' ? event('message-in', dayAt(after), true, text, {}) : event('message-out', dayAt(after), true, text, { signedAs: SIGNED }),
        ),
        ...(answered ? [event('stage-response', answered, false, null, { stage: 1, outcome: d.answered!.outcome })] : []),
      ])
      .execute();
  }
}

/** A Demoshire made before requests existed gets the demo requests it is missing (none twice). */
export const topUpDemoRequests = seedDemoRequests;
