// Server configuration from the environment, validated once at start.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseSecretKey } from './secrets';

const flag = z.enum(['0', '1', 'true', 'false', 'yes', 'no']).transform((v) => v === '1' || v === 'true' || v === 'yes');

/**
 * Which proxies to believe about the client's address (X-Forwarded-For), for rate limits and Secure cookies:
 * `0` none; a number of hops (`1`: one TLS-terminating proxy in front; the address it saw is used, whatever a client
 * wrote further left in the header); or a comma-separated list of proxy addresses or CIDR ranges (`10.0.0.0/8`), or
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal`. `true`/`yes` mean one hop, never "trust everything".
 */
const trustProxySchema = z
  .string()
  .trim()
  .transform((v, ctx): TrustProxy => {
    const lower = v.toLowerCase();
    if (lower === '' || lower === '0' || lower === 'false' || lower === 'no') return false;
    if (lower === 'true' || lower === 'yes') return 1;
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 proxy hops' });
      return hops;
    }
    const names = new Set(['loopback', 'linklocal', 'uniquelocal']);
    const list = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of list) {
      const [address, bits, extra] = item.split('/');
      const family = isIP(address ?? '');
      const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
      if (!names.has(item) && (family === 0 || !bitsOk || extra !== undefined)) {
        ctx.addIssue({ code: 'custom', message: `"${item}" is not a number of hops, an address, a CIDR range or loopback/linklocal/uniquelocal` });
      }
    }
    return list;
  });
export type TrustProxy = false | number | string[];

const seconds = (fallback: number, max: number) => z.coerce.number().positive().max(max).default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL when set; otherwise embedded SQLite in DATA_DIR. */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  DATA_DIR: z.string().default('data'),
  /** Seed the Demoshire demo council and its demo staff accounts on first start. Never for a real council. */
  HEARD_DEMO: flag.default(true),
  /** With HEARD_DEMO: give Demoshire demo "How's life?" responses, care population and IRO tallies (once). */
  HEARD_DEMO_SURVEY_RESULTS: flag.default(true),
  /** The key that seals stored secrets (lib/secrets.ts); without it, a key file in DATA_DIR. */
  HEARD_SECRET_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .transform((v, ctx) => {
        const key = parseSecretKey(v);
        if (!key)
          ctx.addIssue({
            code: 'custom',
            message: 'must be 32 random bytes as base64 (44 characters) or hex (64), e.g. from `openssl rand -base64 32`',
          });
        return key ?? Buffer.alloc(0);
      })
      .optional(),
  ),
  /** Where the built PWA is served from. */
  STATIC_DIR: z.string().default('dist'),
  /** Behind a TLS-terminating proxy: how many hops (or which addresses) to believe in X-Forwarded-For. */
  TRUST_PROXY: trustProxySchema.default(false),
  /** The whole request (headers and body) must have arrived within this: a trickling client is cut off. */
  REQUEST_TIMEOUT_SECONDS: seconds(30, 600),
  /** The headers must have arrived within this (at most the request timeout). */
  HEADERS_TIMEOUT_SECONDS: seconds(10, 600),
  /** A connection with nothing sent either way for this long is closed. */
  IDLE_TIMEOUT_SECONDS: seconds(60, 3600),
  /** How long a kept-alive connection waits for its next request (above a load balancer's own idle timeout). */
  KEEP_ALIVE_TIMEOUT_SECONDS: seconds(72, 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Staff session timeouts in minutes. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(12 * 60),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqlitePath: string;
  demo: boolean;
  /** Demo survey results in the demo council (only with `demo`). */
  demoSurveyResults: boolean;
  staticDir: string;
  /** HEARD_SECRET_KEY (32 bytes), when set. */
  secretKey: Buffer | undefined;
  /** The secret key's file when HEARD_SECRET_KEY is not set. */
  secretKeyFile: string;
  trustProxy: TrustProxy;
  /** Milliseconds. */
  timeouts: { request: number; headers: number; idle: number; keepAlive: number };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteMinutes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Heard cannot start, the configuration is wrong: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    sqlitePath: path.resolve(e.DATA_DIR, 'heard.sqlite'),
    demo: e.HEARD_DEMO,
    demoSurveyResults: e.HEARD_DEMO_SURVEY_RESULTS,
    staticDir: path.resolve(e.STATIC_DIR),
    secretKey: e.HEARD_SECRET_KEY,
    secretKeyFile: path.resolve(e.DATA_DIR, 'secret.key'),
    trustProxy: e.TRUST_PROXY,
    timeouts: {
      request: Math.round(e.REQUEST_TIMEOUT_SECONDS * 1000),
      headers: Math.round(Math.min(e.HEADERS_TIMEOUT_SECONDS, e.REQUEST_TIMEOUT_SECONDS) * 1000),
      idle: Math.round(e.IDLE_TIMEOUT_SECONDS * 1000),
      keepAlive: Math.round(e.KEEP_ALIVE_TIMEOUT_SECONDS * 1000),
    },
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteMinutes: e.SESSION_ABSOLUTE_MINUTES,
  };
}
