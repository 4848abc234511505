// What a server domain declares about itself. The one list (features/index.ts) builds the routes, the op handlers and pull
// sources, the ports and the demo seed from these.
import type { Kysely } from 'kysely';
import type { Database, TableName, Trx } from '../db/schema';
import type { AppDeps, RouteDef } from '../lib/route';
import type { PortContributions, Ports } from './ports';
import type { OpHandlers, PullSources } from '../sync/types';

/**
 * What the feature seeds get. They run inside the seed transaction and must record change_log rows for what a
 * device may see (recordChanges), so a new device's first pull brings the demo content.
 */
/** How a demo is made. `npm start` asks for everything; tests that count what they store leave the extras out. */
export interface DemoOptions {
  /**
   * Demo "How's life?" responses, the care population and IRO tallies, so the results page has something to show
   * (HEARD_DEMO_SURVEY_RESULTS, on by default for `npm start`). Off unless asked: the tests that seed Demoshire count
   * the responses they store themselves.
   */
  surveyResults?: boolean;
}

export interface DemoSeedContext extends DemoOptions {
  councilId: string;
  districts: { id: string; name: string }[];
  /** The participation officer's account: the author of demo feed items and the approver of demo posts. */
  staffId: string;
  now: Date;
}

export interface ServerFeature {
  name: string;
  /** The tables only this domain names in its SQL (checked by boundaries.test.ts). */
  tables: readonly TableName[];
  routes?: (ports: Ports) => readonly RouteDef[];
  opHandlers?: (ports: Ports) => OpHandlers;
  pullSources?: PullSources;
  /** What it offers the other domains through the ports (my items, safeguarding, citations, withdrawal…). */
  contributes?: PortContributions;
  /** Demo content, run in list order inside the demo seed transaction. */
  seedDemo?: (trx: Trx, ctx: DemoSeedContext, ports: Ports) => Promise<void>;
  /**
   * Demo content that came after a demo database was made: run at each demo start-up when Demoshire already exists,
   * in one transaction; adds only what is missing (and records its changes), so running it again changes nothing.
   */
  topUpDemo?: (trx: Trx, ctx: { councilId: string; now: Date } & DemoOptions) => Promise<void>;
  /** Work done now and then by a running server (every few minutes, in its own transactions); never fails the server. */
  housekeeping?: (db: Kysely<Database>, now: Date) => Promise<void>;
  /** Work beside the requests (sending alerts, escalating what waits too long): started with the app, stopped with it. */
  background?: (deps: AppDeps, ports: Ports, log: BackgroundLog) => BackgroundWork;
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * Where background work says that a round failed (the server's own log): it never fails the server and tries again
 * later, but a round that keeps failing (an escalation that never runs) must not go unseen.
 */
export interface BackgroundLog {
  warn(details: { err: unknown; [key: string]: unknown }, message: string): void;
}
