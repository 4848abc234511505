// The demo council speaks every language it offers: each prompt, theme, "you said, we did" item (with its updates and
// reasons), poll question and poll choice a phone pulls has its Welsh and Arabic words, so no English is left on a
// Welsh or Arabic screen. (Young people's own posts stay in the words they wrote.) Runs on SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import type { PullChanges } from '../../src/shared/protocol';
import { DEMO_JOIN_CODE, seedDemo } from '../../src/server/db/seed';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

type Text = { en: string; cy?: string; ar?: string };
const live = <T extends object>(rows: Array<T | { id: string; deleted: true }> | undefined): T[] =>
  (rows ?? []).filter((r): r is T => !('deleted' in r));

/** Every staff-written text a phone shows, named by where it is. */
function texts(changes: PullChanges): Array<[string, Text]> {
  const out: Array<[string, Text]> = [];
  for (const p of live(changes.wallPrompts)) out.push([`prompt ${p.text.en}`, p.text]);
  for (const t of live(changes.themes)) out.push([`theme ${t.title.en}`, t.title]);
  for (const f of live(changes.feedItems)) {
    out.push([`said ${f.said.en}`, f.said], [`did ${f.did.en}`, f.did]);
    if (f.cantDoReason) out.push([`reason ${f.cantDoReason.en}`, f.cantDoReason]);
    for (const u of f.updates) out.push([`update ${u.text.en}`, u.text]);
  }
  for (const p of live(changes.polls)) {
    out.push([`poll ${p.question.en}`, p.question]);
    for (const o of p.options) out.push([`poll choice ${o.label}`, { en: o.label, ...o.translations }]);
  }
  return out;
}

describeOnDatabases('demo council in every language', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });

  it('has Welsh and Arabic for every text a phone shows', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const { changes } = await env.pullOk(device.token);
    const all = texts(changes);
    expect(all.length).toBeGreaterThan(20);
    const missing = all.filter(([, t]) => !t.cy?.trim() || !t.ar?.trim()).map(([where]) => where);
    expect(missing).toEqual([]);
  });
});
