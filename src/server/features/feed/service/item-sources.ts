// What a "you said, we did" item cites: checked through the citation port (themes here, posts on the wall, polls),
// written in order, and never bringing withdrawn words back.
import type { FeedSource } from '../../../../shared/feed';
import type { Trx } from '../../../db/schema';
import { badRequest } from '../../../lib/errors';
import type { Ports } from '../../../ports/ports';

/** Post sources of an item whose words were withdrawn (they may stay cited, without words, when a draft is saved). */
async function withdrawnSources(trx: Trx, itemId: string | undefined): Promise<Map<string, string>> {
  if (!itemId) return new Map();
  const rows = await trx
    .selectFrom('feed_item_sources')
    .select(['source_id', 'withdrawn_at'])
    .where('feed_item_id', '=', itemId)
    .where('kind', '=', 'post')
    .where('withdrawn_at', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.source_id, r.withdrawn_at!]));
}

/** Every source must exist in this council and be citable by its domain. */
export async function checkSources(trx: Trx, ports: Ports, councilId: string, sources: readonly FeedSource[], itemId?: string): Promise<void> {
  const withdrawn = await withdrawnSources(trx, itemId);
  for (const s of sources) {
    if (s.kind === 'post' && withdrawn.has(s.id)) continue;
    const source = ports.citations.find((c) => c.kind === s.kind);
    if (!source) throw badRequest('invalid-input', `sources: ${s.kind} sources arrive with their feature and cannot be cited yet.`);
    if (!(await source.citable(trx, councilId, s.id)))
      throw badRequest('invalid-input', `sources: that ${s.kind} is not part of your council, or is private.`);
  }
}

export async function writeSources(trx: Trx, itemId: string, sources: readonly FeedSource[]): Promise<void> {
  // A withdrawn post stays withdrawn when a draft is saved again: its words can never come back as a quote.
  const withdrawn = await withdrawnSources(trx, itemId);
  await trx.deleteFrom('feed_item_sources').where('feed_item_id', '=', itemId).execute();
  const seen = new Set<string>();
  const rows = sources
    .filter((s) => !seen.has(`${s.kind}:${s.id}`) && seen.add(`${s.kind}:${s.id}`))
    .map((s, i) => {
      const gone = s.kind === 'post' ? (withdrawn.get(s.id) ?? null) : null;
      return { feed_item_id: itemId, kind: s.kind, source_id: s.id, quote: gone ? null : (s.quote ?? null), position: i, withdrawn_at: gone };
    });
  if (rows.length > 0) await trx.insertInto('feed_item_sources').values(rows).execute();
}
