import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './connection';
import { migrateToLatest } from './migrate';

describe('SQLite connection', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'heard-conn-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data directory, uses WAL and enforces foreign keys', async () => {
    const db = createDb({ sqlitePath: path.join(dir, 'nested', 'heard.sqlite') });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      await migrateToLatest(db);
      await expect(db.insertInto('districts').values({ id: 'd', council_id: 'no-such-council', name: 'X', sort_order: 0 }).execute()).rejects.toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      await db.destroy();
    }
  });

  it('migrates once: a second run applies nothing', async () => {
    const db = createDb({ sqlitePath: path.join(dir, 'heard.sqlite') });
    try {
      const first = await migrateToLatest(db);
      expect(first[0]).toBe('001-core');
      expect(await migrateToLatest(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('hands out change-log sequence numbers that only go up', async () => {
    const db = createDb({ sqlitePath: ':memory:' });
    try {
      await migrateToLatest(db);
      const add = () =>
        db
          .insertInto('change_log')
          .values({ council_id: 'c', collection: 'council', entity_id: 'c', device_id: null })
          .returning('seq')
          .executeTakeFirstOrThrow();
      const a = await add();
      await db.deleteFrom('change_log').execute();
      const b = await add();
      // autoincrement never reuses a number, even after the newest row is deleted.
      expect(Number(b.seq)).toBeGreaterThan(Number(a.seq));
    } finally {
      await db.destroy();
    }
  });
});
