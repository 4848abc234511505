// OpContext.insertRow: a push's new rows written in one statement on the quick path, in time for every read; and the
// group commit's turn of the event loop between groups, so a committed group's answers leave before the next runs.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../shared/protocol';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { groupLimits, inGroupCommit } from './group-commit';
import { pushOps } from './push';
import { quickPush } from './quick-push';
import { insertLater, type OpHandlers } from './types';

const NOW = new Date('2026-03-02T10:30:00.000Z');
const device = { deviceId: 'phone-1', councilId: 'council-1' };
let counter = 0;
const opId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const post = (text: string): Op => ({ id: opId(), type: 'wall.post', payload: { promptId: 'prompt-1', text }, createdAt: NOW.toISOString() });
/** The id of the post whose text is `text` (at most 6 letters): a uuid, as a "me too" names it. */
const postId = (text: string) => `00000000-0000-4000-8000-${Buffer.from(text).toString('hex').padStart(12, '0')}`;
const metoo = (text: string): Op => ({ id: opId(), type: 'wall.metoo', payload: { postId: postId(text) }, createdAt: NOW.toISOString() });

/**
 * An in-memory database, and a Kysely on it that counts the INSERT statements into wall_posts the database is asked to
 * prepare (whether Kysely's builder or insertRows wrote their SQL).
 */
function countingInserts(): { base: Kysely<Database>; db: Kysely<Database>; count: () => number } {
  const database = new BetterSqlite3(':memory:');
  database.pragma('foreign_keys = ON');
  let n = 0;
  const counting = {
    prepare: (query: string) => {
      if (/^insert into "wall_posts"/i.test(query)) n += 1;
      return database.prepare(query);
    },
    close: () => database.close(),
  };
  return {
    base: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: counting as unknown as SqliteDatabase }) }),
    count: () => n,
  };
}

/** A post whose id is made from its text (so a test can name it), written through insertRow; a "me too" that finds it or refuses. */
const handlers: OpHandlers = {
  async 'wall.post'({ device: d, op, now, insertRow }, payload) {
    await insertRow('wall_posts', {
      id: postId(payload.text),
      op_id: op.id,
      council_id: d.councilId,
      prompt_id: payload.promptId,
      device_id: d.deviceId,
      district_id: null,
      text: payload.text,
      published_text: null,
      status: 'pending',
      flags: '{}',
      me_too: 0,
      created_at: now.toISOString(),
      decided_at: null,
      decided_by: null,
      decision_reason: null,
      decision_category: null,
    });
    return { status: 'accepted', ref: postId(payload.text) };
  },
  async 'wall.metoo'({ trx }, payload) {
    const found = await trx.selectFrom('wall_posts').select('id').where('id', '=', payload.postId).executeTakeFirst();
    return found ? { status: 'accepted' } : { status: 'rejected', code: 'not-found', message: 'No such post.' };
  },
};

describe('OpContext.insertRow', () => {
  let base: Kysely<Database>;
  let db: Kysely<Database>;
  let inserts: ReturnType<typeof countingInserts>;
  const deps = () => ({ db, now: () => NOW });
  const posts = async () => (await base.selectFrom('wall_posts').select('id').orderBy('id').execute()).map((r) => r.id);
  const postsOf = (...texts: string[]) => texts.map(postId).sort();

  beforeEach(async () => {
    inserts = countingInserts();
    base = inserts.base;
    db = inserts.db;
    await migrateToLatest(base);
    await base
      .insertInto('councils')
      .values({ id: 'council-1', name: 'Test', join_code: 'TEST', settings: '{}', created_at: NOW.toISOString() })
      .execute();
    await base
      .insertInto('wall_prompts')
      .values({
        id: 'prompt-1',
        council_id: 'council-1',
        kind: 'starter',
        text: 'Say it',
        district_id: null,
        open: 1,
        sort_order: 0,
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      })
      .execute();
  });
  afterEach(() => base.destroy());

  it('on the quick path writes a run of posts in one statement, before an op of another kind reads them', async () => {
    const ops = [post('a'), post('b'), post('c'), metoo('b'), post('d'), post('e')];
    const results = await quickPush(deps(), device, ops, handlers);
    expect(results?.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    expect(await posts()).toEqual(postsOf('a', 'b', 'c', 'd', 'e'));
    // a, b, c together (written before the "me too" ran, which found b); d, e together at the end.
    expect(inserts.count()).toBe(2);
  });

  it('on the op-by-op path writes each row at once, and both paths keep the same rows and answers', async () => {
    // A refused op sends the push op by op: the "me too" on a post no one made.
    const ops = [post('a'), post('b'), metoo('none'), metoo('a')];
    const results = await pushOps(deps(), device, ops, handlers);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'rejected', 'accepted']);
    expect(await posts()).toEqual(postsOf('a', 'b'));
    // The quick path tried (one statement for a and b, rolled back), then one statement per post.
    expect(inserts.count()).toBe(3);
  });

  it('a clash in the written rows keeps nothing of the push on the quick path', async () => {
    const results = await quickPush(deps(), device, [post('a'), post('same'), post('same')], handlers);
    expect(results).toBeNull();
    expect(await posts()).toEqual([]);
    expect(await base.selectFrom('ops').selectAll().execute()).toEqual([]);
    // Negative control: without the clash the same kind of push is kept whole.
    expect(await quickPush(deps(), device, [post('a'), post('same')], handlers)).toHaveLength(2);
    expect(await posts()).toEqual(postsOf('a', 'same'));
  });

  it('keeps rows until flush (negative control: an unflushed row is not there to read)', async () => {
    await db.transaction().execute(async (trx) => {
      const later = insertLater(trx);
      await handlers['wall.post']!(
        {
          trx,
          device,
          op: { id: opId(), createdAt: NOW.toISOString() },
          now: NOW,
          once: (_k, load) => load(),
          takeQuota: () => Promise.resolve(null),
          insertRow: later.insertRow,
        },
        { promptId: 'prompt-1', text: 'kept' },
      );
      expect(await trx.selectFrom('wall_posts').select('id').execute()).toEqual([]);
      await later.flush();
      expect(await trx.selectFrom('wall_posts').select('id').execute()).toEqual([{ id: postId('kept') }]);
      await later.flush(); // nothing left to write
    });
    expect(inserts.count()).toBe(1);
  });
});

describe('group commit turns the event loop between groups', () => {
  let db: Kysely<Database>;
  const members = groupLimits.members;
  beforeEach(async () => {
    db = createDb({ sqlitePath: ':memory:' });
    await migrateToLatest(db);
    groupLimits.members = 1;
  });
  afterEach(async () => {
    groupLimits.members = members;
    await db.destroy();
  });

  it("lets a committed group's answer reach the sockets (a macrotask) before the next group runs", async () => {
    const events: string[] = [];
    const first = inGroupCommit(db, () => Promise.resolve('first')).then((value) => {
      events.push(`answered ${value}`);
      setImmediate(() => events.push('macrotask'));
    });
    const second = inGroupCommit(db, () => {
      events.push('second runs');
      return Promise.resolve('second');
    });
    await Promise.all([first, second]);
    // Negative control in the order itself: the second group ran after the first's answer and after a macrotask.
    expect(events).toEqual(['answered first', 'macrotask', 'second runs']);
  });
});
