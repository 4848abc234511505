// Reads asked for together go to PostgreSQL as one statement. A pull loads every collection's rows at once; each
// read is a round trip of its own to PostgreSQL, and it is the `pg` driver's work per round trip in the one Node
// process, not the database, that bounds many phones pulling at the same moment. On SQLite a read is an in-process
// call: the database itself is used.
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SelectQueryNode,
  sql,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type OperationNode,
  type QueryResult,
} from 'kysely';
import type { Database } from './schema';

interface Waiting {
  query: CompiledQuery;
  resolve: (result: QueryResult<unknown>) => void;
  reject: (error: unknown) => void;
}

/**
 * A connection that keeps each SELECT until the reads started in the same turn of the event loop have all asked,
 * then sends them as one statement: each read a scalar subquery answering its rows as a JSON array, in its own
 * order (a subquery with ORDER BY is never flattened into the outer query, so json_agg takes its rows in that
 * order). The statement runs in one snapshot, so reads sent together see the same moment. JSON carries what Heard
 * stores as it is (text, integers, reals; times are ISO text, JSON columns are text), except int8: a bigint column or
 * count(*) comes back as a JSON number, as from SQLite, where the driver gives a string (exact past 2^53: read the
 * change log's numbers through the database itself). Anything but a SELECT, and a lone read, is sent as it is.
 */
class BatchingConnection implements DatabaseConnection {
  #waiting: Waiting[] = [];

  constructor(private readonly db: Kysely<Database>) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) return this.db.executeQuery<R>(query);
    return new Promise<QueryResult<R>>((resolve, reject) => {
      if (this.#waiting.length === 0) setImmediate(() => void this.#send());
      this.#waiting.push({ query, resolve: resolve as Waiting['resolve'], reject });
    });
  }

  async #send(): Promise<void> {
    const batch = this.#waiting;
    this.#waiting = [];
    if (batch.length === 1) {
      const [only] = batch as [Waiting];
      this.db.executeQuery(only.query).then(only.resolve, only.reject);
      return;
    }
    const reads = batch.map((w, i) => {
      const read = { toOperationNode: (): OperationNode => w.query.query };
      return sql`coalesce((select json_agg(t) from ${read} as t), '[]'::json) as ${sql.id(`r${i}`)}`;
    });
    try {
      const { rows } = await sql<Record<string, unknown[]>>`select ${sql.join(reads)}`.execute(this.db);
      const row = rows[0]!;
      batch.forEach((w, i) => w.resolve({ rows: row[`r${i}`]! }));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Batched reads cannot be streamed.');
  }
}

class BatchingDriver implements Driver {
  readonly #connection: BatchingConnection;
  constructor(db: Kysely<Database>) {
    this.#connection = new BatchingConnection(db);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  beginTransaction(): Promise<void> {
    return Promise.reject(new Error('Batched reads run outside transactions.'));
  }
  commitTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  rollbackTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * A database handle for reads only, whose SELECTs started together (say, by several loaders under one Promise.all)
 * reach PostgreSQL as one statement; on SQLite, `db` itself. Reads that depend on an earlier one's answer go in a
 * later statement, so a loader that can ask its reads at once (a subquery instead of ids read first) should.
 */
export function batchedReads(db: Kysely<Database>): Kysely<Database> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return db;
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new BatchingDriver(db),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
