// "How's life?" results over many responses: 100,000 generated responses across the four age bands of Demoshire's
// round, on embedded SQLite and on PostgreSQL (DATABASE_URL, or a throwaway cluster like the api tests start), then
// GET /api/v1/staff/surveys/results (and .csv) timed through the real app (median of RESULTS_RUNS after a warm-up).
// The responses are written in bulk — rows, and the counts storeResponse keeps beside them, made by the same tally —
// and, apart, storeResponse's own cost per response is timed over STORE_SAMPLE real calls.
// On PostgreSQL it also writes the plan of every query the results answer runs (EXPLAIN ANALYZE, BUFFERS, with the
// real parameters) to bench/plans/survey-results-postgres-<responses>.txt.
// Usage: npx tsx bench/survey-results.ts   (SURVEY_RESPONSES, RESULTS_RUNS, STORE_SAMPLE to change the size;
//        SURVEY_DBS=postgres or =sqlite for one database only)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/passwords';
import { createDb } from '../src/server/db/connection';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Database } from '../src/server/db/schema';
import { DEMO_COUNCIL_ID, seedDemo } from '../src/server/db/seed';
import { storeResponse } from '../src/server/features/surveys/service/responses';
import { loadConfig } from '../src/server/lib/config';
import { newId } from '../src/shared/ids';
import { DEFAULT_SURVEYS } from '../src/shared/survey/defaults/index';
import { RESPONSE_MODES, SURVEY_GENDERS } from '../src/shared/survey/response';
import { hasTextAnswer, tallyAnswers } from '../src/shared/survey/tally';
import setupPostgres from '../test/fixtures/postgres-global-setup';
import { randomAnswers, seeded } from '../test/fixtures/survey-answers';

const RESPONSES = Number(process.env.SURVEY_RESPONSES ?? 100_000);
const RUNS = Number(process.env.RESULTS_RUNS ?? 5);
const STORE_SAMPLE = Number(process.env.STORE_SAMPLE ?? 500);
const DBS = (process.env.SURVEY_DBS ?? 'sqlite,postgres').split(',');
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

async function generate(db: Kysely<Database>): Promise<void> {
  const rand = seeded(2026);
  const counts = new Map<string, number>();
  const responseCounts = new Map<string, number>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  for (let start = 0; start < RESPONSES; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(RESPONSES, start + 500); i++) {
      const v = DEFAULT_SURVEYS[i % DEFAULT_SURVEYS.length]!;
      const answers = randomAnswers(v, rand);
      const mode = pick(RESPONSE_MODES);
      const month = pick(MONTHS);
      const gender = rand() < 0.2 ? null : pick(SURVEY_GENDERS);
      rows.push({
        id: newId(),
        council_id: DEMO_COUNCIL_ID,
        survey_id: v.id,
        version: v.version,
        round: v.round,
        band: v.band,
        mode,
        month,
        gender,
        answers: JSON.stringify(answers),
        flagged: 0,
        has_text: hasTextAnswer(v, answers) ? 1 : 0,
      });
      const rk = JSON.stringify([v.id, v.version, v.round, v.band, mode, month, gender ?? 'not-said']);
      responseCounts.set(rk, (responseCounts.get(rk) ?? 0) + 1);
      for (const t of tallyAnswers(v, answers)) {
        const k = JSON.stringify([v.id, v.version, t.questionId, t.value]);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    await db.insertInto('survey_responses').values(rows).execute();
  }
  const rc = [...responseCounts].map(([k, count]) => {
    const [survey_id, version, round, band, mode, month, sex] = JSON.parse(k) as [string, number, string, never, never, string, never];
    return { council_id: DEMO_COUNCIL_ID, survey_id, version, round, band, mode, month, sex, count };
  });
  for (let i = 0; i < rc.length; i += 500)
    await db
      .insertInto('survey_response_counts')
      .values(rc.slice(i, i + 500))
      .execute();
  const ac = [...counts].map(([k, count]) => {
    const [survey_id, version, question_id, value] = JSON.parse(k) as [string, number, string, string];
    return { council_id: DEMO_COUNCIL_ID, survey_id, version, question_id, value, count };
  });
  for (let i = 0; i < ac.length; i += 500)
    await db
      .insertInto('survey_answer_counts')
      .values(ac.slice(i, i + 500))
      .execute();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** While set, every query the app runs is kept here (PostgreSQL only), for its plan. */
let captured: CompiledQuery[] | null = null;

/** Writes the plan of every distinct query in `queries`, run with its parameters, to bench/plans/. */
async function writePlans(pool: pg.Pool, queries: readonly CompiledQuery[], file: string): Promise<void> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of queries) {
    // The staff session's look-up is not the results' (and its parameter is a session id).
    if (seen.has(q.sql) || !/^\s*(select|with)\b/i.test(q.sql) || q.sql.includes('from "sessions"')) continue;
    seen.add(q.sql);
    const plan = await pool.query(`explain (analyze, buffers) ${q.sql}`, q.parameters as unknown[]);
    out.push(`-- ${q.sql}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}\n`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, out.join('\n'));
  console.log(`PostgreSQL: ${seen.size} query plans in ${path.relative(process.cwd(), file)}`);
}

async function measure(name: string, db: Kysely<Database>, dir: string, plans?: (queries: CompiledQuery[]) => Promise<void>): Promise<void> {
  await migrateToLatest(db);
  await seedDemo(db, new Date('2026-01-05T10:00:00Z'));
  const now = () => new Date('2026-07-01T10:00:00Z');
  const t0 = performance.now();
  await generate(db);
  const generated = performance.now() - t0;

  // storeResponse's own cost: the real path (checks, safety check on free text, the row, the counts), one at a time.
  const rand = seeded(7);
  const s0 = performance.now();
  for (let i = 0; i < STORE_SAMPLE; i++) {
    const v = DEFAULT_SURVEYS[i % DEFAULT_SURVEYS.length]!;
    await db
      .transaction()
      .execute((trx) =>
        storeResponse(trx, DEMO_COUNCIL_ID, { surveyId: v.id, version: v.version, answers: randomAnswers(v, rand), month: '2026-06' }, 'own', now()),
      );
  }
  const perStore = (performance.now() - s0) / STORE_SAMPLE;

  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', STATIC_DIR: path.join(dir, 'none') });
  const app = await buildApp({ db, config, now }, { logger: false, rateLimits: false });
  const email = 'bench-admin@example.test';
  await db
    .insertInto('staff')
    .values({
      id: newId(),
      council_id: DEMO_COUNCIL_ID,
      email,
      name: 'Bench',
      password_hash: await hashPassword('a long bench passphrase'),
      roles: JSON.stringify(['admin']),
      disabled: 0,
      created_at: now().toISOString(),
    })
    .execute();
  const signIn = await app.inject({ method: 'POST', url: '/api/v1/staff/session', payload: { email, password: 'a long bench passphrase' } });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0] as string;
  const time = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (i > 0) times.push(performance.now() - t);
    }
    return median(times);
  };
  const json = await time('/api/v1/staff/surveys/results?round=hows-life');
  if (plans) {
    captured = [];
    await app.inject({ method: 'GET', url: '/api/v1/staff/surveys/results?round=hows-life', headers: { cookie } });
    const queries = captured;
    captured = null;
    await plans(queries);
  }
  const csv = await time('/api/v1/staff/surveys/results.csv?round=hows-life');
  const total = await sql<{ n: number }>`select count(*) as n from survey_responses`.execute(db);
  console.log(
    `${name}: ${Number(total.rows[0]?.n)} responses (generated in ${(generated / 1000).toFixed(1)} s); results JSON median ${json.toFixed(0)} ms, CSV ${csv.toFixed(0)} ms (of ${RUNS}); storeResponse ${perStore.toFixed(2)} ms per response (${STORE_SAMPLE})`,
  );
  await app.close();
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-survey-bench-'));
  try {
    if (DBS.includes('sqlite')) await measure('SQLite', createDb({ sqlitePath: path.join(dir, 'heard.sqlite') }), dir);
    if (!DBS.includes('postgres')) return;
    let url: string | null = null;
    const stop = process.env.DATABASE_URL ? undefined : await setupPostgres({ provide: (_: string, v: string | null) => (url = v) } as never);
    url = process.env.DATABASE_URL ?? url;
    if (!url) {
      console.log('PostgreSQL: none found (set DATABASE_URL)');
      return;
    }
    try {
      const schema = `bench_${newId().replaceAll('-', '').slice(0, 12)}`;
      const admin = createDb({ databaseUrl: url, poolSize: 1 });
      await sql`create schema ${sql.id(schema)}`.execute(admin);
      // As createDb makes it, with every query kept while `captured` is set.
      const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
      const db = new Kysely<Database>({
        dialect: new PostgresDialect({ pool }),
        log: (event) => {
          if (event.level === 'query') captured?.push(event.query);
        },
      });
      const file = path.join(import.meta.dirname, 'plans', `survey-results-postgres-${RESPONSES}.txt`);
      await measure('PostgreSQL', db, dir, (queries) => writePlans(pool, queries, file));
      await db.destroy();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    } finally {
      stop?.();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
