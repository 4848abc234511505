// The annual complaints report's record: every request received in the period, counted by kind, the furthest stage,
// each stage's outcome, who made it and the topic; how many stages were answered in time (after extensions, stopped
// days and stage 3 milestones), how many escalations came late and how many complaints were about something over a
// year old. Counts only: never a young person's words.
import type { ComplaintsReport } from '../../../../shared/requests/staff';
import { timescalesFor } from './view';
import { loadRequestClock } from '../../../council/request-clock';
import type { Db } from '../../../db/schema';
import { answeredOnTime, askerGroup, stageState } from './casework-rules';

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export async function loadReport(db: Db, councilId: string, from: string, to: string): Promise<ComplaintsReport> {
  const requests = await db
    .selectFrom('requests')
    .select(['id', 'kind', 'topic', 'stage', 'asker', 'on_behalf', 'happened'])
    .where('council_id', '=', councilId)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .execute();
  const stages =
    requests.length === 0
      ? []
      : await db
          .selectFrom('request_stages')
          .innerJoin('requests', 'requests.id', 'request_stages.request_id')
          .selectAll('request_stages')
          .select('requests.nation')
          .where('requests.council_id', '=', councilId)
          .where('requests.received_on', '>=', from)
          .where('requests.received_on', '<=', to)
          .execute();
  const clock = await loadRequestClock(db, councilId);
  const report: ComplaintsReport = {
    from,
    to,
    total: requests.length,
    byKind: {},
    byStage: {},
    byOutcome: {},
    byWho: {},
    byTopic: {},
    stagesAnswered: 0,
    stagesOnTime: 0,
    lateEscalations: 0,
    outOfTime: 0,
  };
  for (const r of requests) {
    bump(report.byKind, r.kind);
    bump(report.byTopic, r.topic);
    bump(report.byWho, askerGroup(r.asker, r.on_behalf !== null));
    if (r.kind === 'complaint') {
      bump(report.byStage, String(r.stage));
      if (r.happened === 'over-a-year') report.outOfTime += 1;
    }
  }
  for (const row of stages) {
    if (row.outcome !== null) bump(report.byOutcome, `${row.stage}:${row.outcome}`);
    if (Number(row.late) === 1) report.lateEscalations += 1;
    const onTime = answeredOnTime(timescalesFor(row.nation === 'wales' ? 'wales' : 'england', clock), stageState(row), clock.holidays);
    if (onTime === null) continue;
    report.stagesAnswered += 1;
    if (onTime) report.stagesOnTime += 1;
  }
  return report;
}

/** The report as CSV: one line per count (section, key, count), for the annual report's tables. */
export function reportCsv(report: ComplaintsReport): string {
  const lines = ['section,key,count', `period,${report.from} to ${report.to},${report.total}`];
  const sections: [string, Record<string, number>][] = [
    ['kind', report.byKind],
    ['stage', report.byStage],
    ['outcome', report.byOutcome],
    ['who', report.byWho],
    ['topic', report.byTopic],
  ];
  for (const [section, counts] of sections) for (const key of Object.keys(counts).sort()) lines.push(`${section},${key},${counts[key]}`);
  lines.push(`timeliness,stages answered,${report.stagesAnswered}`, `timeliness,answered on time,${report.stagesOnTime}`);
  lines.push(`escalation,late,${report.lateEscalations}`, `complaint,over a year old,${report.outOfTime}`);
  return `${lines.join('\r\n')}\r\n`;
}
