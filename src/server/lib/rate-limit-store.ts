// Rate-limit counters in the database, so N server instances behind a load balancer share one limit per client
// (@fastify/rate-limit's own store lives in one process's memory). Used on PostgreSQL; SQLite means one instance.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

interface Hit {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, result?: Hit) => void;
interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** Old windows are swept now and then rather than on every request. */
const SWEEP_EVERY = 500;
const SWEEP_OLDER_THAN_MS = 24 * 60 * 60_000;

export async function countHit(db: Kysely<Database>, key: string, nowMs: number, windowMs: number): Promise<Hit> {
  const expired = nowMs - windowMs;
  const restart = sql<boolean>`rate_limits.window_start <= cast(${expired} as bigint)`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: nowMs, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when ${restart} then 1 else rate_limits.hits + 1 end`,
        window_start: sql<number>`case when ${restart} then cast(${nowMs} as bigint) else rate_limits.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.window_start) + windowMs - nowMs) };
}

/** The count in a key's window as it stands, without counting a hit (undefined when the key has none). */
export async function readHits(db: Kysely<Database>, key: string): Promise<{ hits: number; windowStart: number } | undefined> {
  const row = await db.selectFrom('rate_limits').select(['hits', 'window_start']).where('key', '=', key).executeTakeFirst();
  return row && { hits: Number(row.hits), windowStart: Number(row.window_start) };
}

/** A store class for @fastify/rate-limit (it calls `new Store(options)`, then `child(routeParams)` per route). */
export function databaseRateLimitStore(db: Kysely<Database>, now: () => Date) {
  let calls = 0;
  return class DatabaseRateLimitStore {
    private readonly prefix: string;
    constructor(prefix?: unknown) {
      this.prefix = typeof prefix === 'string' ? prefix : '';
    }
    // The plugin passes the route's merged limit options (with routeInfo), whatever its typings say.
    child(params: object): DatabaseRateLimitStore {
      const route = (params as RouteParams).routeInfo;
      return new DatabaseRateLimitStore(`${[route?.method ?? ''].flat().join(',')} ${route?.url ?? ''}|`);
    }
    incr(key: string, callback: Callback, timeWindow: number): void {
      const nowMs = now().getTime();
      calls += 1;
      const sweep =
        calls % SWEEP_EVERY === 0
          ? db
              .deleteFrom('rate_limits')
              .where('window_start', '<', nowMs - SWEEP_OLDER_THAN_MS)
              .execute()
          : Promise.resolve();
      sweep
        .then(() => countHit(db, this.prefix + key, nowMs, timeWindow))
        .then(
          (hit) => callback(null, hit),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
    }
  };
}
