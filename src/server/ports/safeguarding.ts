// What each domain holding young people's words puts in the safeguarding queue, and how the queue reads and acts on
// it without touching that domain's tables.
import type { SelectQueryBuilder } from 'kysely';
import type { SafeguardingKind } from '../../shared/safeguarding';
import type { Database, Db } from '../db/schema';

export interface QueueKey {
  kind: SafeguardingKind;
  id: string;
  created_at: string;
}

/** One queue item as its domain shows it (the queue adds what staff did). */
export interface SafeguardingEntry {
  id: string;
  text: string;
  /** Where it was written (the prompt or the question), in English. */
  context: string;
  districtName: string | null;
  createdAt: string;
  samePhone: number | null;
  takenBackAt: string | null;
}

export type QueueState = 'yes' | 'not-in-queue' | 'missing';

export interface SafeguardingSource {
  kind: SafeguardingKind;
  /** How "not found" names it: 'That post'. */
  noun: string;
  /** This kind's items in the council's queue, as a query the queue unions with the other kinds, orders and pages. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each source selects from its own aliased tables
  queue(db: Db, councilId: string): SelectQueryBuilder<Database, any, QueueKey>;
  load(db: Db, councilId: string, ids: readonly string[]): Promise<SafeguardingEntry[]>;
  state(db: Db, councilId: string, id: string): Promise<QueueState>;
  /** The phone that sent it, so its journey can say a person has read it. */
  sender(db: Db, id: string): Promise<{ id: string; op_id: string | null; device_id: string | null } | undefined>;
}
