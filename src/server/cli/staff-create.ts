// Creates a staff account from the command line: the first admin of a real council (started with HEARD_DEMO=0),
// or a way back in when every admin is locked out.
//   npm run staff:create -- --council <id or join code> --email a@b.gov.uk --name "A B" --roles admin
//   npm run staff:create -- --council-name "Anyshire" --join-code ANYSHIRE --email ... --name ... --roles admin
// The password comes from HEARD_STAFF_PASSWORD, or is generated and printed once.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { joinCodeSchema } from '../../shared/council';
import { newId } from '../../shared/ids';
import { emailSchema, passwordSchema, rolesSchema, staffNameSchema } from '../../shared/staff';
import { emailInUse } from '../auth/staff-store';
import { councilIdForJoinCode, generateJoinCode } from '../council/join-codes';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { createStaffAccount } from '../auth/create-staff';
import { audit } from '../lib/audit';
import { loadConfig, type Config } from '../lib/config';

const USAGE = `Usage:
  npm run staff:create -- --council <council id or join code> --email <email> --name "<name>" --roles admin[,moderator,...]
  npm run staff:create -- --council-name "<new council name>" [--join-code <code>] --email ... --name ... --roles ...
Roles: admin, participation, iro, complaints, moderator.
The password is read from HEARD_STAFF_PASSWORD; without it a strong one is made and shown once.`;

class CliError extends Error {}

const argsSchema = z.object({
  email: emailSchema,
  name: staffNameSchema,
  roles: z
    .string()
    .transform((s) => s.split(',').map((r) => r.trim()))
    .pipe(rolesSchema),
  council: z.string().trim().min(1).optional(),
  councilName: z.string().trim().min(2).max(120).optional(),
  joinCode: joinCodeSchema.optional(),
});

function readArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      council: { type: 'string' },
      'council-name': { type: 'string' },
      'join-code': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return null;
  const parsed = argsSchema.safeParse({
    email: values.email,
    name: values.name,
    roles: values.roles,
    council: values.council,
    councilName: values['council-name'],
    joinCode: values['join-code'],
  });
  if (!parsed.success) {
    const flag = (key: PropertyKey | undefined) => String(key ?? '?').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const problems = parsed.error.issues.map((i) => `--${flag(i.path[0])}: ${i.message}`).join('\n  ');
    throw new CliError(`Some options are missing or wrong:\n  ${problems}`);
  }
  const args = parsed.data;
  if (args.council && args.councilName) throw new CliError('Give either --council or --council-name, not both.');
  if (args.joinCode && !args.councilName) throw new CliError('--join-code is only for a new council (with --council-name).');
  return args;
}

async function findCouncil(db: Kysely<Database>, ref: string | undefined): Promise<{ id: string; name: string }> {
  if (ref) {
    const byCode = joinCodeSchema.safeParse(ref);
    const found = await db
      .selectFrom('councils')
      .select(['id', 'name'])
      .where((eb) => eb.or([eb('id', '=', ref), eb('join_code', '=', byCode.success ? byCode.data : ref)]))
      .executeTakeFirst();
    if (!found) throw new CliError(`No council has the id or join code "${ref}".`);
    return found;
  }
  const all = await db.selectFrom('councils').select(['id', 'name']).limit(2).execute();
  if (all.length === 1 && all[0]) return all[0];
  throw new CliError(
    all.length === 0
      ? 'There is no council yet. Create one with --council-name "<name>" (and optionally --join-code).'
      : 'There is more than one council. Say which with --council <id or join code>.',
  );
}

async function createCouncil(db: Kysely<Database>, name: string, joinCode: string, now: Date) {
  if ((await councilIdForJoinCode(db, joinCode)) !== undefined) throw new CliError(`The join code ${joinCode} is already used by another council.`);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('councils')
      .values({
        id,
        name,
        join_code: joinCode,
        settings: JSON.stringify({ outOfHoursPhone: '', vocabulary: {}, languages: ['en'] }),
        created_at: now.toISOString(),
      })
      .execute();
    await audit(
      trx,
      { councilId: id, staffId: null, action: 'council.create', entity: 'council', entityId: id, detail: { name, via: 'command line' } },
      now,
    );
  });
  return { id, name, joinCode };
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the command and returns the exit code. The database connection is closed before returning. */
export async function runStaffCreate(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: Io,
  open: (config: Config) => Kysely<Database> = createDb,
): Promise<number> {
  let db: Kysely<Database> | undefined;
  try {
    const args = readArgs(argv);
    if (!args) {
      io.out(USAGE);
      return 0;
    }
    const given = env.HEARD_STAFF_PASSWORD;
    const password = given ?? randomBytes(18).toString('base64url');
    const checked = passwordSchema.safeParse(password);
    if (!checked.success) throw new CliError(`HEARD_STAFF_PASSWORD is not accepted: ${checked.error.issues[0]?.message}.`);

    const config = loadConfig(env);
    db = open(config);
    await migrateToLatest(db);
    const now = new Date();
    if (await emailInUse(db, args.email)) throw new CliError(`There is already a staff account for ${args.email}.`);
    const council = args.councilName
      ? await createCouncil(db, args.councilName, args.joinCode ?? generateJoinCode(), now)
      : await findCouncil(db, args.council);
    if ('joinCode' in council) io.out(`Created the council ${council.name} (id ${council.id}, join code ${council.joinCode}).`);

    const account = await createStaffAccount(
      { db, config, now: () => now },
      { staffId: null, councilId: council.id },
      { email: args.email, name: args.name, roles: args.roles, password },
    );
    io.out(`Created ${args.roles.join(', ')} account ${account.email} for ${council.name}.`);
    if (given === undefined) {
      io.out(`Password (shown only now; keep it safe, and change it after signing in): ${password}`);
    }
    return 0;
  } catch (err) {
    if (err instanceof CliError) io.err(err.message);
    else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${err.message}\n\n${USAGE}`);
    } else io.err(`Could not create the account: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await db?.destroy();
  }
}

const runDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();
if (runDirectly) {
  const code = await runStaffCreate(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
  process.exitCode = code;
}
