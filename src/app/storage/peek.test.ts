// The first screen's peek at IndexedDB, without Dexie: it reads what Dexie wrote, and never creates the database.
import { beforeEach, describe, expect, it } from 'vitest';
import { HeardDb } from './db';
import { DB_NAME } from './db-name';
import { peekMeta, peekedMeta } from './peek';

const device = { deviceId: 'd1', token: 't1', councilId: 'c1', joinedAt: '2026-12-01T10:00:00.000Z' };

beforeEach(async () => {
  await new HeardDb().delete();
});

describe('peeking at the settings before the first screen', () => {
  it('finds nothing on a phone with no database, and creates none (Dexie then builds it from its schema)', async () => {
    expect(await peekMeta()).toEqual({});
    expect(peekedMeta()).toEqual({});
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = new HeardDb();
    await db.meta.put({ key: 'language', value: 'ar' });
    expect(db.tables.map((t) => t.name)).toContain('outbox');
    db.close();
    expect(await peekMeta()).toEqual({ language: 'ar' });
  });

  it('reads the language and the device Dexie stored, and Dexie opens again after it', async () => {
    const db = new HeardDb();
    await db.meta.bulkPut([
      { key: 'language', value: 'cy' },
      { key: 'device', value: device },
      { key: 'cursor', value: '42' },
    ]);
    db.close();
    expect(await peekMeta()).toEqual({ language: 'cy', device });
    expect(peekedMeta()).toEqual({ language: 'cy', device });
    await db.open();
    expect(await db.meta.get('language')).toEqual({ key: 'language', value: 'cy' });
    db.close();
  });

  it('does not hold up Dexie while both are open', async () => {
    const db = new HeardDb();
    await db.meta.put({ key: 'device', value: device });
    const [peeked, count] = await Promise.all([peekMeta(), db.outbox.count()]);
    expect(peeked.device).toEqual(device);
    expect(count).toBe(0);
    db.close();
  });

  it('says it could not read (no peek) when there is no IndexedDB at all', async () => {
    expect(await peekMeta(null)).toEqual({});
    expect(peekedMeta()).toBeUndefined();
  });
});
