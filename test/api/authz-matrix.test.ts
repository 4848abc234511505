// The authorization matrix, generated from the route table (a new route is in it without editing this file): every
// staff route × signed out / each role / the CSRF header left out, every device route × no token / an unknown token /
// another device, and every staff GET that names a row × a member of another council, fed the ids of real rows of
// Demoshire (seeded): never an answer of a row that is not theirs. Runs on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { ROLES, type Role } from '../../src/shared/roles';
import { DEMO_COUNCIL_ID, seedDemo } from '../../src/server/db/seed';
import type { RouteDef } from '../../src/server/lib/route';
import { routes } from '../../src/server/routes';
import { describeOnDatabases, nextAddress, type ApiEnv } from '../fixtures/api-harness';

type Method = RouteDef['method'];
const staffRoutes = routes.filter((r): r is RouteDef & { auth: { kind: 'staff'; roles: readonly Role[] } } => r.auth.kind === 'staff');
const deviceRoutes = routes.filter((r) => r.auth.kind === 'device');
/** Every path parameter filled with one value. */
const fill = (url: string, value: string) => url.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, value);
const params = (url: string) => (url.match(/:[A-Za-z_][A-Za-z0-9_]*/g) ?? []).length;

/** Ids of rows that belong to a council, a few from each table that has both `id` and `council_id`. */
async function idsOfCouncil(env: ApiEnv, councilId: string): Promise<string[]> {
  const tables = await env.db.introspection.getTables();
  const ids: string[] = [];
  for (const table of tables) {
    const columns = new Set(table.columns.map((c) => c.name));
    if (!columns.has('id') || !columns.has('council_id') || table.name.startsWith('kysely_')) continue;
    const rows = await sql<{ id: string | number }>`select id from ${sql.table(table.name)} where council_id = ${councilId} limit 4`.execute(env.db);
    ids.push(...rows.rows.map((r) => String(r.id)));
  }
  return [...new Set(ids)];
}

describeOnDatabases('the authorization matrix', (harness) => {
  let env: ApiEnv;
  const cookies = new Map<Role, string>();
  let otherCouncilAdmin: string;
  let demoAdmin: string;
  const cells = { staff: 0, device: 0, otherCouncil: 0, otherCouncilFound: 0 };

  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    for (const role of ROLES) {
      const member = await env.createStaff(DEMO_COUNCIL_ID, { email: `only-${role}@matrix.example`, roles: [role] });
      cookies.set(role, await env.signInStaff(member.email));
    }
    const all = [...ROLES];
    const them = await env.createStaff(elsewhere.id, { email: 'all@elsewhere.example', roles: all });
    otherCouncilAdmin = await env.signInStaff(them.email);
    const us = await env.createStaff(DEMO_COUNCIL_ID, { email: 'all@demoshire-matrix.example', roles: all });
    demoAdmin = await env.signInStaff(us.email);
  }, 120_000);

  /** A route may end the session it was called with (signing out): sign that member in again before the next route. */
  async function keepSignedIn(): Promise<void> {
    for (const role of ROLES) {
      const me = await env.staff(cookies.get(role)!)('GET', '/api/v1/staff/me');
      if (me.statusCode === 401) cookies.set(role, await env.signInStaff(`only-${role}@matrix.example`));
    }
  }

  it('holds for every staff route: signed out 401, a role it does not name 403, a role it names passes, no CSRF header 403', async () => {
    const failures: string[] = [];
    for (const def of staffRoutes) {
      await keepSignedIn();
      const url = fill(def.url, newId());
      const method = def.method as Method;
      const signedOut = await env.app.inject({ method, url, headers: { 'x-heard-csrf': '1' }, remoteAddress: nextAddress() });
      cells.staff++;
      if (signedOut.statusCode !== 401) failures.push(`${def.method} ${def.url} signed out: ${signedOut.statusCode}`);
      for (const role of ROLES) {
        const res = await env.staff(cookies.get(role)!)(method, url, method === 'GET' ? undefined : {});
        cells.staff++;
        const allowed = def.auth.roles.includes(role);
        const refused = res.statusCode === 401 || res.statusCode === 403;
        if (allowed === refused || res.statusCode >= 500)
          failures.push(`${def.method} ${def.url} as ${role}: ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
      if (method !== 'GET') {
        await keepSignedIn();
        const role = def.auth.roles[0]!;
        const res = await env.staff(cookies.get(role)!)(method, url, {}, { csrf: false });
        cells.staff++;
        if (res.statusCode !== 403 || res.json<{ code: string }>().code !== 'csrf')
          failures.push(`${def.method} ${def.url} without CSRF: ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('holds for every device route: no token or an unknown one 401, another device never hears of this one', async () => {
    const failures: string[] = [];
    for (const def of deviceRoutes) {
      const method = def.method as Method;
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      for (const headers of [{}, { authorization: `Bearer ${newId()}` }, { authorization: 'Basic eA==' }]) {
        const res = await env.app.inject({ method, url: def.url, headers, ...(body ? { payload: body } : {}), remoteAddress: nextAddress() });
        cells.device++;
        if (res.statusCode !== 401) failures.push(`${def.method} ${def.url} with ${JSON.stringify(headers)}: ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    // Another device of the same council: an op id this phone used answers not-allowed, with nothing of its result.
    // (The staff cells above may have given Demoshire a new join code.)
    const { join_code: joinCode } = await env.db
      .selectFrom('councils')
      .select('join_code')
      .where('id', '=', DEMO_COUNCIL_ID)
      .executeTakeFirstOrThrow();
    const one = await env.registerDevice(joinCode);
    const two = await env.registerDevice(joinCode);
    const pull = await env.pullOk(one.token);
    const prompt = pull.changes.wallPrompts?.find((p) => !('deleted' in p));
    expect(prompt).toBeDefined();
    const op = env.op('wall.post', { promptId: prompt!.id, text: 'More trips out' });
    expect((await env.pushOk(one.token, [op]))[0]?.status).toBe('accepted');
    const replay = await env.pushOk(two.token, [op]);
    cells.device++;
    expect(replay[0]).toMatchObject({ status: 'rejected', code: 'not-allowed' });
  }, 120_000);

  it('never answers a row of another council to a GET that names one', async () => {
    const ids = await idsOfCouncil(env, DEMO_COUNCIL_ID);
    expect(ids.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const def of staffRoutes.filter((r) => r.method === 'GET' && params(r.url) > 0)) {
      for (const id of ids) {
        const url = fill(def.url, encodeURIComponent(id));
        const theirs = await env.staff(otherCouncilAdmin)('GET', url);
        cells.otherCouncil++;
        if (theirs.statusCode < 400 || theirs.statusCode >= 500) failures.push(`${def.url} ${id} from another council: ${theirs.statusCode}`);
        const ours = await env.staff(demoAdmin)('GET', url);
        if (ours.statusCode === 200) cells.otherCouncilFound++;
      }
    }
    expect(failures).toEqual([]);
    // The check means something: Demoshire's own staff do get some of these rows.
    expect(cells.otherCouncilFound).toBeGreaterThan(0);
    console.log(
      `authorization matrix [${env.kind}]: ${cells.staff} staff cells over ${staffRoutes.length} routes, ${cells.device} device cells, ` +
        `${cells.otherCouncil} other-council cells (${cells.otherCouncilFound} rows Demoshire's own staff could read)`,
    );
  }, 600_000);
});
