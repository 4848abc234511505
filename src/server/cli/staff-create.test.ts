import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords';
import { createDb } from '../db/connection';
import { loadConfig } from '../lib/config';
import { runStaffCreate } from './staff-create';

// Each test migrates a new database and hashes passwords (scrypt): seconds on a busy machine.
describe('staff:create', { timeout: 30_000 }, () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let out: string[];
  let err: string[];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const run = (...argv: string[]) => runStaffCreate(argv, env, io);

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'heard-staff-create-'));
    env = { DATA_DIR: dataDir, HEARD_DEMO: '0', LOG_LEVEL: 'silent' };
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function rows() {
    const db = createDb(loadConfig(env));
    try {
      const councils = await db.selectFrom('councils').selectAll().execute();
      const staff = await db.selectFrom('staff').selectAll().execute();
      const audit = await db.selectFrom('audit_log').select(['action', 'staff_id']).orderBy('id').execute();
      return { councils, staff, audit };
    } finally {
      await db.destroy();
    }
  }

  it('creates a council and its first admin, printing a generated password once', async () => {
    const code = await run(
      '--council-name',
      'Anyshire',
      '--join-code',
      'any-2026',
      '--email',
      'Lead@Anyshire.example',
      '--name',
      'Lee Lead',
      '--roles',
      'admin,participation',
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const { councils, staff, audit } = await rows();
    expect(councils).toHaveLength(1);
    expect(councils[0]).toMatchObject({ name: 'Anyshire', join_code: 'ANY-2026' });
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ email: 'lead@anyshire.example', name: 'Lee Lead', council_id: councils[0]?.id, disabled: 0 });
    expect(JSON.parse(staff[0]?.roles ?? '')).toEqual(['admin', 'participation']);
    const shown =
      out
        .find((l) => l.startsWith('Password'))
        ?.split(': ')
        .at(-1) ?? '';
    expect(shown.length).toBeGreaterThanOrEqual(20);
    expect(await verifyPassword(shown, staff[0]?.password_hash ?? '')).toBe(true);
    expect(audit.map((a) => a.action)).toEqual(['council.create', 'staff.create']);
    expect(audit.every((a) => a.staff_id === null)).toBe(true);
  });

  it('adds to an existing council by join code, with the password from HEARD_STAFF_PASSWORD', async () => {
    expect(
      await run('--council-name', 'Anyshire', '--join-code', 'ANY2026', '--email', 'a@anyshire.example', '--name', 'A', '--roles', 'admin'),
    ).toBe(0);
    env.HEARD_STAFF_PASSWORD = 'a chosen passphrase';
    out = [];
    expect(await run('--council', 'any2026', '--email', 'b@anyshire.example', '--name', 'B', '--roles', 'moderator')).toBe(0);
    expect(out.join('\n')).not.toContain('a chosen passphrase');
    expect(out.some((l) => l.startsWith('Password'))).toBe(false);
    const { staff } = await rows();
    const b = staff.find((s) => s.email === 'b@anyshire.example');
    expect(await verifyPassword('a chosen passphrase', b?.password_hash ?? '')).toBe(true);
  });

  it('fails clearly, with a non-zero exit and no change, on bad or clashing input', async () => {
    expect(await run('--email', 'a@x.example', '--name', 'A', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/no council yet/);
    expect(await run('--council', 'NOPE1234', '--email', 'a@x.example', '--name', 'A', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/No council has/);
    expect(await run('--council-name', 'X', '--email', 'a@x.example', '--name', 'A', '--roles', 'admin')).toBe(1);
    expect(await run('--council-name', 'Xshire', '--email', 'not-an-email', '--name', 'A', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/--email/);
    expect(await run('--council-name', 'Xshire', '--email', 'a@x.example', '--name', 'A', '--roles', 'root')).toBe(1);
    expect(err.at(-1)).toMatch(/--roles/);
    expect(await run('--council-name', 'Xshire', '--email', 'a@x.example', '--bogus')).toBe(1);
    env.HEARD_STAFF_PASSWORD = 'short';
    expect(await run('--council-name', 'Xshire', '--email', 'a@x.example', '--name', 'A', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/HEARD_STAFF_PASSWORD/);
    delete env.HEARD_STAFF_PASSWORD;
    expect((await rows()).councils).toEqual([]);

    expect(await run('--council-name', 'Xshire', '--join-code', 'XSHIRE', '--email', 'a@x.example', '--name', 'A', '--roles', 'admin')).toBe(0);
    expect(await run('--council-name', 'Yshire', '--join-code', 'XSHIRE', '--email', 'b@x.example', '--name', 'B', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/already used/);
    expect(await run('--council', 'XSHIRE', '--email', 'A@x.example', '--name', 'A again', '--roles', 'admin')).toBe(1);
    expect(err.at(-1)).toMatch(/already a staff account/);
    const { councils, staff } = await rows();
    expect(councils).toHaveLength(1);
    expect(staff).toHaveLength(1);
  });
});
