// What a "you said, we did" item cites: checked through the citation port (themes here, posts on the wall, polls,
// survey findings), written in order, and never bringing withdrawn words or findings back.
import type { FeedSource } from '../../../../shared/feed';
import type { Trx } from '../../../db/schema';
import { badRequest } from '../../../lib/errors';
import type { Ports } from '../../../ports/ports';

const key = (s: { kind: string; id: string }) => `${s.kind}:${s.id}`;

/**
 * Sources of an item withdrawn since it cited them (a post's words, a survey finding), keyed `kind:id`: they may stay
 * cited, without words, when a draft is saved.
 */
async function withdrawnSources(trx: Trx, itemId: string | undefined): Promise<Map<string, string>> {
  if (!itemId) return new Map();
  const rows = await trx
    .selectFrom('feed_item_sources')
    .select(['kind', 'source_id', 'withdrawn_at'])
    .where('feed_item_id', '=', itemId)
    .where('withdrawn_at', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [key({ kind: r.kind, id: r.source_id }), r.withdrawn_at!]));
}

/** Every source must exist in this council and be citable by its domain. */
export async function checkSources(trx: Trx, ports: Ports, councilId: string, sources: readonly FeedSource[], itemId?: string): Promise<void> {
  const withdrawn = await withdrawnSources(trx, itemId);
  for (const s of sources) {
    if (withdrawn.has(key(s))) continue;
    const source = ports.citations.find((c) => c.kind === s.kind);
    if (!source) throw badRequest('invalid-input', `sources: ${s.kind} sources arrive with their feature and cannot be cited yet.`);
    if (!(await source.citable(trx, councilId, s.id)))
      throw badRequest('invalid-input', `sources: that ${s.kind} is not part of your council, or is private.`);
  }
}

export async function writeSources(trx: Trx, itemId: string, sources: readonly FeedSource[]): Promise<void> {
  // A withdrawn source stays withdrawn when a draft is saved again: a post's words can never come back as a quote.
  const withdrawn = await withdrawnSources(trx, itemId);
  await trx.deleteFrom('feed_item_sources').where('feed_item_id', '=', itemId).execute();
  const seen = new Set<string>();
  const rows = sources
    .filter((s) => !seen.has(key(s)) && seen.add(key(s)))
    .map((s, i) => {
      const gone = withdrawn.get(key(s)) ?? null;
      return { feed_item_id: itemId, kind: s.kind, source_id: s.id, quote: gone ? null : (s.quote ?? null), position: i, withdrawn_at: gone };
    });
  if (rows.length > 0) await trx.insertInto('feed_item_sources').values(rows).execute();
}
