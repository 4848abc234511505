// Many rows into one table in one statement, written as SQL text with one parameter per value instead of through
// Kysely's query builder, which builds (and freezes, and walks) a node for every value: on a push of 20 posts that
// was the largest part of Kysely's own time. The statement is the one Kysely would have made.
import { CompiledQuery, PostgresAdapter, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema';

/** A table or column name that needs no escaping (Heard's own names, never anything a request sent). */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

/** Whether `row` has exactly `columns`, each with a value (Kysely leaves a column out for `undefined`). */
function hasColumns(row: Record<string, unknown>, columns: readonly string[]): boolean {
  if (Object.keys(row).length !== columns.length) return false;
  for (const column of columns) if (row[column] === undefined) return false;
  return true;
}

/**
 * The statement that inserts `rows` into `table` (`$1…` parameters on PostgreSQL, `?` on SQLite), or null when the
 * rows do not all have the same columns with values (Kysely's builder then writes them, leaving out `undefined`s).
 */
export function insertStatement(table: string, rows: readonly Record<string, unknown>[], postgres: boolean): CompiledQuery | null {
  const first = rows[0];
  if (!first) return null;
  const columns = Object.keys(first);
  if (columns.length === 0 || !PLAIN_NAME.test(table) || !columns.every((c) => PLAIN_NAME.test(c))) return null;
  const parameters: unknown[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    if (!hasColumns(row, columns)) return null;
    const marks: string[] = [];
    for (const column of columns) {
      parameters.push(row[column]);
      marks.push(postgres ? `$${parameters.length}` : '?');
    }
    tuples.push(`(${marks.join(', ')})`);
  }
  const names = columns.map((c) => `"${c}"`).join(', ');
  return CompiledQuery.raw(`insert into "${table}" (${names}) values ${tuples.join(', ')}`, parameters);
}

/** Inserts `rows` into `table` in one statement (through Kysely's builder when insertStatement cannot write it). */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const statement = insertStatement(table, rows as readonly Record<string, unknown>[], db.getExecutor().adapter instanceof PostgresAdapter);
  if (statement) await db.executeQuery(statement);
  else
    await db
      .insertInto(table)
      .values(rows as never)
      .execute();
}
