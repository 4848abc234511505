// The district log: every published item as one row (for the Corporate Parenting Board), as JSON or CSV.
import type { z } from 'zod';
import type { FeedLogRow, feedLogQuerySchema } from '../../../../shared/feed-staff';
import { isCouncilDistrict } from '../../../council/load';
import { badRequest } from '../../../lib/errors';
import type { AppDeps } from '../../../lib/route';
import { loadStaffFeedItems } from './load';

export async function districtLog(deps: AppDeps, councilId: string, query: z.output<typeof feedLogQuerySchema>): Promise<FeedLogRow[]> {
  if (query.district && query.district !== 'council') {
    if (!(await isCouncilDistrict(deps.db, councilId, query.district)))
      throw badRequest('invalid-input', 'district: that district is not part of your council.');
  }
  const items = (await loadStaffFeedItems(deps.db, councilId, { state: 'published' }))
    .filter((i) => !query.district || (query.district === 'council' ? i.districtId === null : i.districtId === query.district))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
  return items.map((i) => ({
    itemId: i.id,
    district: i.districtName ?? 'Whole council',
    youSaid: i.said.en,
    weDid: [i.did.en, ...i.updates.map((u) => `${u.at.slice(0, 10)}: ${u.text.en}`)].join('\n'),
    status: i.status,
    cantDoReason: i.cantDoReason?.en ?? null,
    responsible: i.responsible,
    startOn: i.startOn,
    dueOn: i.dueOn,
    publishedAt: i.publishedAt ?? i.createdAt,
    lastUpdate: i.updatedAt,
    updates: i.updates.length,
    sources: i.sources
      .map((s) => (s.withdrawn ? `${s.kind}: (words withdrawn)` : s.quote ? `${s.kind}: "${s.quote}"` : `${s.kind} ${s.id}`))
      .join('; '),
    helps: i.reactions.helps,
    notEnough: i.reactions.notEnough,
  }));
}
