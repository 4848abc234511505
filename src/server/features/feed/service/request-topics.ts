// The request topics a feed item may cite, with how many requests each had in a period: asked of the domain that
// holds requests through the citation port, so this domain never reads its tables. Counts only.
import { MIN_REQUESTS_TO_CITE, type RequestTopics, type RequestTopicsQuery } from '../../../../shared/feed-staff';
import { REQUEST_TOPICS } from '../../../../shared/requests/request';
import type { Db } from '../../../db/schema';
import type { Ports } from '../../../ports/ports';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Without dates: the year up to today (today and the 364 days before it). */
export function topicPeriod(query: RequestTopicsQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? day(now);
  const from = query.from ?? day(new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000));
  return { from, to: to < from ? from : to };
}

export async function requestTopics(
  db: Db,
  ports: Pick<Ports, 'citations'>,
  councilId: string,
  query: RequestTopicsQuery,
  now: Date,
): Promise<RequestTopics> {
  const period = topicPeriod(query, now);
  const source = ports.citations.find((c) => c.kind === 'request-theme');
  const choices = (await source?.choices?.(db, councilId, period)) ?? [];
  const topics = choices.flatMap((c) => {
    const topic = REQUEST_TOPICS.find((t) => t === c.id);
    return topic ? [{ topic, count: c.count, citable: c.citable }] : [];
  });
  return { ...period, minimum: MIN_REQUESTS_TO_CITE, topics };
}
