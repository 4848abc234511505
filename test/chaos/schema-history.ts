// Every shipped schema of the phone's IndexedDB database (src/app/storage/db.ts), as each release declared it, and a
// phone on one of them: queued and refused ops and drafts in every draft table that version had. Used by the upgrade
// test (db-upgrade.test.ts) and by the sync chaos test, where about one phone in ten starts on an older version.
import { Dexie } from 'dexie';
import { DB_NAME } from '../../src/app/storage/db-name';

/** The stores each version added or changed, in order: VERSIONS[k - 1] is version k's. Never edit a shipped entry. */
export const VERSIONS: ReadonlyArray<Record<string, string>> = [
  {
    outbox: '++seq, &id, state',
    drafts: '&key',
    meta: '&key',
    council: '&id',
    wallPrompts: '&id, sortOrder',
    wallPosts: '&id, promptId, publishedAt',
    themes: '&id',
    feedItems: '&id, publishedAt, updatedAt, districtId, status',
    polls: '&id',
    myItems: '&id, kind, createdAt',
    myReactions: '&itemId',
    myVotes: '&pollId',
    myMeToos: '&postId',
    feedSeen: '&itemId',
  },
  { surveys: '&id, band' },
  { surveyDrafts: '&surveyId', surveysDone: '&key' },
  { sealedQueue: '&entryId, state', iroTallies: '&entryId, state', iroKit: '&councilId' },
  { surveyFindings: '&id, round' },
  { requestDrafts: '&kind', requestCodes: '&requestId' },
  { offerItems: '&id, category', offerSeen: '&id', offerSaved: '&id, savedAt' },
];
/** The versions whose upgrade starts the pull again from 0 (they brought a collection to pull). */
export const PULLS_AGAIN: ReadonlySet<number> = new Set([2, 5, 7]);
/** The newest shipped version: the current code's. */
export const CURRENT_VERSION = VERSIONS.length;

/** The tables a database at `version` has. */
export function tablesAt(version: number): Set<string> {
  return new Set(VERSIONS.slice(0, version).flatMap((stores) => Object.keys(stores)));
}

/** An old release's Dexie database, declared exactly as that release declared it. */
export function openOldDb(version: number, name = DB_NAME): Dexie {
  const old = new Dexie(name);
  VERSIONS.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  return old;
}

export interface OldOp {
  id: string;
  type: string;
  payload: unknown;
  createdAt: string;
  state: 'queued' | 'rejected';
  attempts: number;
  code?: string;
  message?: string;
}

export interface OldPhone {
  device?: { deviceId: string; token: string; councilId: string; joinedAt: string };
  cursor?: string;
  ops: OldOp[];
  /** My-items for the ops that make one (posts, name ideas, requests), as that release kept them. */
  myItems?: Array<Record<string, unknown>>;
}

/** The drafts a phone on `version` can hold, one in each draft table it has. */
export function draftsAt(version: number): Record<string, Record<string, unknown>> {
  const drafts: Record<string, Record<string, unknown>> = {
    drafts: { key: 'wall:p1', text: 'half a thought', updatedAt: '2026-12-01T10:01:00.000Z' },
  };
  const tables = tablesAt(version);
  if (tables.has('surveyDrafts')) {
    drafts.surveyDrafts = { surveyId: 's1', version: 1, answers: { feel: 'ok' }, index: 2, updatedAt: '2026-12-01T10:02:00.000Z' };
  }
  if (tables.has('requestDrafts')) {
    drafts.requestDrafts = { kind: 'complaint', step: 2, answers: { topic: 'school', details: 'the bus' }, updatedAt: '2026-12-01T10:03:00.000Z' };
  }
  return drafts;
}

/** Writes a phone on schema `version` (the database must not exist yet) and closes it. */
export async function writeOldPhone(version: number, phone: OldPhone): Promise<void> {
  const old = openOldDb(version);
  await old.open();
  await old.table('outbox').bulkAdd(phone.ops);
  if (phone.myItems?.length) await old.table('myItems').bulkAdd(phone.myItems);
  for (const [table, row] of Object.entries(draftsAt(version))) await old.table(table).put(row);
  if (phone.device) await old.table('meta').put({ key: 'device', value: phone.device });
  if (phone.cursor !== undefined) await old.table('meta').put({ key: 'cursor', value: phone.cursor });
  old.close();
}
