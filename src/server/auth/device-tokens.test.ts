import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import type { Kysely } from 'kysely';
import { authenticateDevice, dayOf, hashDeviceToken, newDeviceToken } from './device-tokens';

describe('device tokens', () => {
  let dir: string;
  let db: Kysely<Database>;
  let now = new Date('2026-03-02T23:59:00.000Z');
  const deps = () => ({ db, now: () => now });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'heard-tokens-'));
    db = createDb({ sqlitePath: path.join(dir, 'db.sqlite') });
    await migrateToLatest(db);
    await db.insertInto('councils').values({ id: 'c1', name: 'C', join_code: 'C1C1', settings: '{}', created_at: now.toISOString() }).execute();
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes 32 random bytes as base64url, different every time', () => {
    const a = newDeviceToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newDeviceToken()).not.toBe(a);
    expect(hashDeviceToken(a)).not.toContain(a);
  });

  it('finds the device behind a bearer token and refuses anything else', async () => {
    const token = newDeviceToken();
    await db
      .insertInto('devices')
      .values({ id: 'd1', council_id: 'c1', token_hash: hashDeviceToken(token), created_at: now.toISOString(), last_seen_on: dayOf(now) })
      .execute();
    expect(await authenticateDevice(deps(), `Bearer ${token}`)).toEqual({ deviceId: 'd1', councilId: 'c1' });
    for (const header of [undefined, '', token, `bearer${token}`, `Bearer ${token}x`, `Bearer ${newDeviceToken()}`, `Bearer ${'a'.repeat(500)}`]) {
      expect(await authenticateDevice(deps(), header)).toBeNull();
    }
  });

  it('writes last_seen_on only when the day changes', async () => {
    const token = newDeviceToken();
    await db
      .insertInto('devices')
      .values({ id: 'd1', council_id: 'c1', token_hash: hashDeviceToken(token), created_at: now.toISOString(), last_seen_on: '2026-03-01' })
      .execute();
    const seen = async () => (await db.selectFrom('devices').select('last_seen_on').executeTakeFirstOrThrow()).last_seen_on;
    await authenticateDevice(deps(), `Bearer ${token}`);
    expect(await seen()).toBe('2026-03-02');
    now = new Date('2026-03-03T00:01:00.000Z');
    await authenticateDevice(deps(), `Bearer ${token}`);
    expect(await seen()).toBe('2026-03-03');
  });
});
