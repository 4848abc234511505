// The Demoshire demo council: a made-up council to try Heard with, its demo staff accounts (fixed, documented
// passwords) and demo wall and feed content. Only in demo mode; a real council must never get these accounts.
import type { Kysely, Transaction } from 'kysely';
import type { Vocabulary } from '../../shared/council';
import { newId } from '../../shared/ids';
import type { Role } from '../../shared/staff';
import { hashPassword } from '../auth/passwords';
import { SERVER_FEATURES, SERVER_PORTS } from '../features/index';
import type { DemoOptions, DemoSeedContext } from '../ports/server-feature';
import { recordChanges } from '../sync/change-log';
import type { Database } from './schema';

export const DEMO_COUNCIL_ID = 'demoshire';
export const DEMO_JOIN_CODE = 'DEMOSHIRE';
export const DEMO_COUNCIL_NAME = 'Demoshire County Council';
export const DEMO_DISTRICTS = ['Havant', 'New Forest', 'Basingstoke', 'Winchester', 'Eastleigh'] as const;
export const DEMO_OUT_OF_HOURS = '01632 960 999';
/** The words young people chose in the seeds (Hampshire): keys are the terms in locales/<lng>/vocab.json. */
export const DEMO_VOCABULARY: Vocabulary = {
  en: { contact: 'Family Time', lookedAfter: 'cared for', reviewMeeting: 'About me meeting' },
  cy: { contact: 'Amser Teulu' },
  ar: { contact: 'وقت العائلة' },
};

export interface DemoStaff {
  role: Role;
  email: string;
  password: string;
  name: string;
}
/** One account per role. The passwords are public (README, start-up banner): demo mode only. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  { role: 'admin', email: 'admin@demoshire.example', password: 'demoshire-admin-2026', name: 'Alex Admin' },
  { role: 'participation', email: 'participation@demoshire.example', password: 'demoshire-participation-2026', name: 'Priya Participation' },
  { role: 'moderator', email: 'moderator@demoshire.example', password: 'demoshire-moderator-2026', name: 'Morgan Moderator' },
  { role: 'iro', email: 'iro@demoshire.example', password: 'demoshire-iro-2026', name: 'Ife Reviewing Officer' },
  { role: 'complaints', email: 'complaints@demoshire.example', password: 'demoshire-complaints-2026', name: 'Cai Complaints' },
];

export async function demoCouncilExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('councils').select('id').where('id', '=', DEMO_COUNCIL_ID).executeTakeFirst();
  return Boolean(row);
}

async function insertCouncil(trx: Transaction<Database>, now: Date) {
  await trx
    .insertInto('councils')
    .values({
      id: DEMO_COUNCIL_ID,
      name: DEMO_COUNCIL_NAME,
      join_code: DEMO_JOIN_CODE,
      settings: JSON.stringify({ outOfHoursPhone: DEMO_OUT_OF_HOURS, vocabulary: DEMO_VOCABULARY, languages: ['en', 'cy', 'ar'] }),
      created_at: now.toISOString(),
    })
    .execute();
  const districts = DEMO_DISTRICTS.map((name) => ({ id: newId(), name }));
  await trx
    .insertInto('districts')
    .values(districts.map((d, i) => ({ id: d.id, council_id: DEMO_COUNCIL_ID, name: d.name, sort_order: i })))
    .execute();
  return districts;
}

/** Creates Demoshire, its staff and demo content in one transaction. Returns the seed context. */
export async function seedDemo(db: Kysely<Database>, now: Date, options: DemoOptions = {}): Promise<DemoSeedContext> {
  // scrypt is slow on purpose: hash before the transaction so the database is not held meanwhile.
  const hashed = await Promise.all(DEMO_STAFF.map(async (s) => ({ ...s, id: newId(), hash: await hashPassword(s.password) })));
  const participation = hashed.find((s) => s.role === 'participation');
  if (!participation) throw new Error('The demo staff must include a participation officer.');
  return db.transaction().execute(async (trx) => {
    const districts = await insertCouncil(trx, now);
    await trx
      .insertInto('staff')
      .values(
        hashed.map((s) => ({
          id: s.id,
          council_id: DEMO_COUNCIL_ID,
          email: s.email,
          name: s.name,
          password_hash: s.hash,
          roles: JSON.stringify([s.role]),
          disabled: 0,
          created_at: now.toISOString(),
        })),
      )
      .execute();
    await recordChanges(trx, [{ councilId: DEMO_COUNCIL_ID, collection: 'council', entityId: DEMO_COUNCIL_ID }]);
    const ctx: DemoSeedContext = { councilId: DEMO_COUNCIL_ID, districts, staffId: participation.id, now, ...options };
    for (const feature of SERVER_FEATURES) await feature.seedDemo?.(trx, ctx, SERVER_PORTS);
    return ctx;
  });
}

/** Brings an existing Demoshire up to date with demo content added since it was made (see ServerFeature.topUpDemo). */
export async function topUpDemo(db: Kysely<Database>, now: Date, options: DemoOptions = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const feature of SERVER_FEATURES) await feature.topUpDemo?.(trx, { councilId: DEMO_COUNCIL_ID, now, ...options });
  });
}
