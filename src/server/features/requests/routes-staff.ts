// Staff casework on "Ask for help": the triage queue, its badge counts, a case and every action on it, and the annual
// complaints report. Complaints staff and admins only; every route reads this council's requests only.
import type { ZodType } from 'zod';
import type { Role } from '../../../shared/staff';
import {
  advocacySchema,
  assignSchema,
  clockSchema,
  closeSchema,
  contactedSchema,
  extendSchema,
  learningSchema,
  noteSchema,
  panelSchema,
  reportOnSchema,
  reportQuerySchema,
  requestIdParamsSchema,
  respondSchema,
  staffMessageSchema,
  staffRequestsQuerySchema,
  type RequestCase,
} from '../../../shared/requests/staff';
import { listCouncilStaff } from '../../auth/staff-store';
import { audit } from '../../lib/audit';
import { notFound } from '../../lib/errors';
import { staffRoute, type AppDeps, type RouteDef, type StaffAuth } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { acknowledge, addNote, assign, closeRequest, recordAdvocacy, recordContact, recordLearning, sendMessage } from './service/casework-actions';
import { loadCase, loadQueue, loadSummary } from './service/casework-load';
import { changeClock, extend, recordMilestone, respond } from './service/casework-stages';
import { loadReport, reportCsv } from './service/report';

const CASEWORK: readonly Role[] = ['complaints', 'admin'];
const BASE = '/api/v1/staff/requests';

const seen = (deps: AppDeps, staff: StaffAuth, action: string, entityId: string | null, detail?: Record<string, unknown>) =>
  audit(deps.db, { councilId: staff.councilId, staffId: staff.staffId, action, entity: 'request', entityId, detail }, deps.now());

/** The case with the English title of the local offer item a question names, from the offer through the ports. */
async function withOfferTitle(deps: AppDeps, councilId: string, found: RequestCase, ports: Pick<Ports, 'offerItems'>): Promise<RequestCase> {
  if (!found.offerItem) return found;
  const titles = (await ports.offerItems?.titles(deps.db, councilId, [found.offerItem.id])) ?? new Map<string, string>();
  return { ...found, offerItem: { id: found.offerItem.id, title: titles.get(found.offerItem.id) ?? null } };
}

export function requestStaffRoutes(ports: Pick<Ports, 'offerItems'>): readonly RouteDef[] {
  /** A POST on one request: its body checked, the action done, the case answered. */
  const action = <B>(
    path: string,
    body: ZodType<B> | undefined,
    run: (deps: AppDeps, staff: StaffAuth, id: string, body: B) => Promise<RequestCase>,
  ) =>
    staffRoute(CASEWORK, {
      method: 'POST',
      url: `${BASE}/:id/${path}`,
      params: requestIdParamsSchema,
      ...(body ? { body } : {}),
      handler: async ({ staff, deps, params, body: given }) => ({
        request: await withOfferTitle(deps, staff.councilId, await run(deps, staff, params.id, given as B), ports),
      }),
    });

  return [
    staffRoute(CASEWORK, {
      method: 'GET',
      url: BASE,
      query: staffRequestsQuerySchema,
      handler: async ({ staff, deps, query }) => {
        const queue = await loadQueue(deps.db, staff.councilId, query, deps.now());
        await seen(deps, staff, 'request.queue.view', null, { status: query.status, page: query.page });
        return queue;
      },
    }),
    staffRoute(CASEWORK, {
      method: 'GET',
      url: `${BASE}/summary`,
      handler: ({ staff, deps }) => loadSummary(deps.db, staff.councilId, staff.staffId, deps.now()),
    }),
    staffRoute(CASEWORK, {
      method: 'GET',
      url: `${BASE}/assignees`,
      handler: async ({ staff, deps }) => ({
        staff: (await listCouncilStaff(deps.db, staff.councilId))
          .filter((m) => !m.disabled && m.roles.some((r) => CASEWORK.includes(r)))
          .map((m) => ({ id: m.id, name: m.name })),
      }),
    }),
    staffRoute(CASEWORK, {
      method: 'GET',
      url: `${BASE}/report`,
      query: reportQuerySchema,
      handler: async ({ staff, deps, query }) => {
        const report = await loadReport(deps.db, staff.councilId, query.from, query.to);
        await seen(deps, staff, 'request.report.view', null, { from: query.from, to: query.to });
        return report;
      },
    }),
    staffRoute(CASEWORK, {
      method: 'GET',
      url: `${BASE}/report.csv`,
      query: reportQuerySchema,
      handler: async ({ staff, deps, query, reply }) => {
        const report = await loadReport(deps.db, staff.councilId, query.from, query.to);
        await seen(deps, staff, 'request.report.export', null, { from: query.from, to: query.to });
        void reply.header('content-type', 'text/csv; charset=utf-8');
        void reply.header('content-disposition', `attachment; filename="complaints-${query.from}-to-${query.to}.csv"`);
        return reportCsv(report);
      },
    }),
    staffRoute(CASEWORK, {
      method: 'GET',
      url: `${BASE}/:id`,
      params: requestIdParamsSchema,
      handler: async ({ staff, deps, params }) => {
        const found = await loadCase(deps.db, staff.councilId, params.id, deps.now());
        if (!found) throw notFound('That request');
        await seen(deps, staff, 'request.view', found.id);
        return { request: await withOfferTitle(deps, staff.councilId, found, ports) };
      },
    }),
    action('assign', assignSchema, assign),
    action('acknowledge', undefined, (deps, staff, id) => acknowledge(deps, staff, id)),
    action('contacted', contactedSchema, recordContact),
    action('advocacy', advocacySchema, recordAdvocacy),
    action('messages', staffMessageSchema, sendMessage),
    action('notes', noteSchema, addNote),
    action('respond', respondSchema, respond),
    action('extend', extendSchema, extend),
    action('clock', clockSchema, changeClock),
    action('panel', panelSchema, recordMilestone),
    action('report', reportOnSchema, recordMilestone),
    action('close', closeSchema, closeRequest),
    action('learning', learningSchema, recordLearning),
  ];
}
