// insertRows writes the very statement Kysely's builder would (so both databases read it alike), and hands to the
// builder what it cannot write that way.
import { Kysely, PostgresDialect, type Insertable } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './connection';
import { insertRows, insertStatement } from './insert-rows';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

const rows: Insertable<Database['change_log']>[] = [
  { council_id: 'c1', collection: 'feed', entity_id: 'e1', device_id: null, council_seq: '7' },
  { council_id: 'c1', collection: 'myItems', entity_id: 'e2', device_id: 'phone-1', council_seq: '8' },
];

describe('insertStatement', () => {
  it("is Kysely's own statement, on SQLite and on PostgreSQL", () => {
    const sqlite = createDb({ sqlitePath: ':memory:' });
    // Never connects: only compiles.
    const postgres = new Kysely<Database>({ dialect: new PostgresDialect({ pool: {} as never }) });
    for (const [db, pg] of [
      [sqlite, false],
      [postgres, true],
    ] as const) {
      const kysely = db.insertInto('change_log').values(rows).compile();
      const mine = insertStatement('change_log', rows, pg);
      expect(mine?.sql).toBe(kysely.sql);
      expect(mine?.parameters).toEqual(kysely.parameters);
    }
  });

  it('leaves to the builder rows with a missing or undefined value, other columns, or names to escape', () => {
    expect(insertStatement('change_log', [rows[0]!, { ...rows[1]!, device_id: undefined }], false)).toBeNull();
    const { device_id: _, ...without } = rows[1]!;
    expect(insertStatement('change_log', [rows[0]!, without], false)).toBeNull();
    expect(insertStatement('change_log', [without, rows[0]!], false)).toBeNull();
    expect(insertStatement('change log', rows, false)).toBeNull();
    expect(insertStatement('change_log', [{ 'council id': 'c1' }], false)).toBeNull();
    expect(insertStatement('change_log', [], false)).toBeNull();
  });
});

describe('insertRows', () => {
  let db: Kysely<Database>;
  beforeEach(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
  });
  afterEach(() => db.destroy());
  const stored = () => db.selectFrom('change_log').select(['entity_id', 'device_id', 'council_seq']).orderBy('council_seq').execute();

  it('writes the rows, and rows it cannot write as one statement through the builder', async () => {
    await insertRows(db, 'change_log', rows);
    await insertRows(db, 'change_log', []);
    // device_id left out: the builder writes the rest (the column takes its default).
    await insertRows(db, 'change_log', [{ council_id: 'c1', collection: 'feed', entity_id: 'e3', council_seq: '9', device_id: undefined }]);
    expect(await stored()).toEqual([
      { entity_id: 'e1', device_id: null, council_seq: 7 },
      { entity_id: 'e2', device_id: 'phone-1', council_seq: 8 },
      { entity_id: 'e3', device_id: null, council_seq: 9 },
    ]);
  });

  it('fails as one statement: a clash keeps none of the rows', async () => {
    const op = (id: string) => ({ id, type: 'wall.post', result: '{}', council_id: 'c1', device_id: 'phone-1', received_on: '2026-12-06' });
    await insertRows(db, 'ops', [op('a')]);
    await expect(insertRows(db, 'ops', [op('b'), op('a')])).rejects.toThrow();
    expect((await db.selectFrom('ops').select('id').execute()).map((r) => r.id)).toEqual(['a']);
  });
});
