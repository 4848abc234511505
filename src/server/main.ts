// Starts Heard: configuration, database and migrations, the demo council in demo mode, then the server.
import { buildApp } from './app';
import { purgeEndedSessions } from './auth/staff-sessions';
import { createDb } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { DEMO_JOIN_CODE, DEMO_STAFF, demoCouncilExists, seedDemo, topUpDemo } from './db/seed';
import { SERVER_FEATURES } from './features';
import { loadConfig } from './lib/config';
import { secretBox } from './lib/secrets';

function banner(url: string, demo: boolean): string {
  const lines = [``, `Heard is running at ${url}`];
  if (demo) {
    lines.push(
      ``,
      `Join code: ${DEMO_JOIN_CODE}`,
      `Join link: ${url}/join/${DEMO_JOIN_CODE}`,
      ``,
      `Demo staff sign-ins (${url}/staff):`,
      ...DEMO_STAFF.map((s) => `  ${s.role.padEnd(14)} ${s.email.padEnd(34)} ${s.password}`),
      ``,
      `!!! DEMO MODE: this is the made-up Demoshire council with public passwords. It is for trying Heard,`,
      `!!! never for a real council. Start a real council with HEARD_DEMO=0 and npm run staff:create.`,
    );
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const config = loadConfig();
  // The key that seals stored secrets: read (or its file made) now, so a bad key stops Heard here.
  secretBox(config).ready();
  const db = createDb(config);
  await migrateToLatest(db);
  if (config.demo) {
    const options = { surveyResults: config.demoSurveyResults };
    if (await demoCouncilExists(db)) await topUpDemo(db, new Date(), options);
    else await seedDemo(db, new Date(), options);
  }
  const app = await buildApp({ db, config, now: () => new Date() });
  // Ended staff sessions are refused on use; this only keeps the table from growing.
  const purge = setInterval(() => {
    purgeEndedSessions(db, new Date(), config).catch((error: unknown) => app.log.warn({ err: error }, 'session purge failed'));
  }, 60 * 60_000);
  purge.unref();
  // Each domain's housekeeping (held survey responses moved in batches), every five minutes.
  const housekeeping = setInterval(() => {
    for (const feature of SERVER_FEATURES) {
      feature.housekeeping?.(db, new Date()).catch((error: unknown) => app.log.warn({ err: error, feature: feature.name }, 'housekeeping failed'));
    }
  }, 5 * 60_000);
  housekeeping.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    clearInterval(purge);
    clearInterval(housekeeping);
    try {
      await app.close();
      await db.destroy();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(banner(`http://${host}:${port}`, config.demo));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
