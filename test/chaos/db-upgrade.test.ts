// Upgrades: a phone on every shipped schema version of its database (schema-history.ts), with ops queued and refused and
// a draft in every draft table that version had, opens with the current code (src/app/storage/db.ts) and loses
// nothing: the same ops in the same order (new ones still numbered after them), the same drafts, its device, and the
// engine sends the queued ops. A version added to db.ts without its entry in schema-history.ts fails here.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeardDb } from '../../src/app/storage/db';
import { DB_NAME } from '../../src/app/storage/db-name';
import type { OutboxRow } from '../../src/app/storage/rows';
import { CURRENT_VERSION, draftsAt, openOldDb, PULLS_AGAIN, tablesAt, writeOldPhone, type OldOp } from './schema-history';

const at = '2026-12-01T10:00:00.000Z';
const op = (n: number, type: string, payload: unknown, extra: Partial<OldOp> = {}): OldOp => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  type,
  payload,
  createdAt: at,
  state: 'queued',
  attempts: n,
  ...extra,
});
const OPS: OldOp[] = [
  op(1, 'wall.post', { promptId: '00000000-0000-4000-8000-00000000000a', text: 'More football', districtId: null }),
  op(2, 'wall.metoo', { postId: '00000000-0000-4000-8000-00000000000b' }),
  op(
    3,
    'wall.post',
    { promptId: '00000000-0000-4000-8000-00000000000a', text: 'Closed one' },
    { state: 'rejected', code: 'closed', message: 'Closed.' },
  ),
  op(4, 'feed.react', { itemId: '00000000-0000-4000-8000-00000000000c', reaction: 'helps' }),
];
const device = { deviceId: 'd1', token: 't1', councilId: 'c1', joinedAt: at };
const myItem = {
  id: OPS[0]!.id,
  kind: 'wall-post',
  text: 'More football',
  parentId: 'p',
  createdAt: at,
  delivery: 'not-sent',
  state: null,
  reason: null,
  themeIds: [],
  feedItemIds: [],
  updatedAt: at,
  seenAt: at,
};

beforeEach(() => Dexie.delete(DB_NAME));
afterEach(() => Dexie.delete(DB_NAME));

describe('every shipped schema version upgrades to the current one with nothing lost', () => {
  it('knows every version the current code declares', () => {
    const db = new HeardDb();
    expect(db.verno).toBe(CURRENT_VERSION);
    // The tables declared at the newest shipped version are exactly the current code's.
    expect([...tablesAt(CURRENT_VERSION)].sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  for (let version = 1; version < CURRENT_VERSION; version++) {
    it(`version ${version} → ${CURRENT_VERSION} keeps every queued and refused op, every draft, the device and the content`, async () => {
      await writeOldPhone(version, { device, cursor: '42', ops: OPS, myItems: [myItem] });
      const old = openOldDb(version);
      await old.open();
      await old.table('polls').put({ id: 'poll1', term: 'contact', question: { en: 'Q' }, open: true, options: [], adoptedOptionId: null });
      old.close();

      const db = new HeardDb();
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      const rows = await db.outbox.orderBy('seq').toArray();
      expect(rows.map(({ seq: _seq, ...row }) => row)).toEqual(OPS);
      expect(await db.outbox.where('state').equals('queued').count()).toBe(3);
      for (const [table, draft] of Object.entries(draftsAt(version))) expect(await db.table(table).toArray(), table).toEqual([draft]);
      expect(await db.meta.get('device')).toEqual({ key: 'device', value: device });
      expect(await db.myItems.get(myItem.id)).toEqual(myItem);
      expect(await db.polls.get('poll1')).toMatchObject({ term: 'contact' });
      // A version that brought a collection to pull starts the pull again from 0 once; otherwise the cursor is kept.
      const pullsAgain = [...PULLS_AGAIN].some((v) => v > version);
      expect((await db.meta.get('cursor'))?.value).toBe(pullsAgain ? '0' : '42');
      // The tables added since are there and empty, and take rows.
      for (const table of tablesAt(CURRENT_VERSION)) {
        if (!tablesAt(version).has(table)) expect(await db.table(table).count(), table).toBe(0);
      }
      // A new op is numbered after the kept ones, so the queued ops are still sent first and in order.
      const seq = await db.outbox.add({ ...(OPS[0] as OutboxRow), id: '00000000-0000-4000-8000-000000000009' });
      expect(seq).toBeGreaterThan(Math.max(...rows.map((r) => r.seq ?? 0)));
      db.close();
    });
  }

  it('notices a lost op (negative control): an upgrade that dropped the refused op would fail the comparison above', async () => {
    await writeOldPhone(1, { device, ops: OPS });
    const old = openOldDb(1);
    await old.open();
    await old.table('outbox').where('id').equals(OPS[2]!.id).delete();
    old.close();
    const db = new HeardDb();
    await db.open();
    const rows = (await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row);
    expect(rows).not.toEqual(OPS);
    db.close();
  });
});
