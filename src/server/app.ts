// Builds the Fastify app: the API, the built PWA, security headers and error mapping. Tests use it through
// inject() without a port; main.ts listens.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerCompression } from './lib/compression';
import { frameworkErrors, registerErrorHandler } from './lib/error-handler';
import { HttpError } from './lib/errors';
import { registerRoutes, type RateLimits } from './lib/register-routes';
import type { AppDeps, RouteDef } from './lib/route';
import { registerSecurityHeaders } from './lib/security-headers';
import { databaseRateLimitStore } from './lib/rate-limit-store';
import type { TrustProxy } from './lib/config';
import { registerStaticFiles } from './lib/static-files';
import { isPostgres } from './sync/change-log';
import { routes as allRoutes } from './routes';
import { SERVER_FEATURES, SERVER_PORTS } from './features/index';

// Request logs carry the method and path only: no client address (ops are never linked to an IP), no query
// string, no headers (tokens, cookies).
const serializers = {
  req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
};

export const BODY_LIMIT = 64 * 1024;

export const DEFAULT_RATE_LIMITS: RateLimits = { publicPerMinute: 60, devicePerMinute: 600 };

export interface AppOptions {
  /** Fastify's logger; defaults to pino at config.logLevel. */
  logger?: FastifyServerOptions['logger'];
  /** Lower them in tests, or false to switch rate limiting off. Routes with their own limit keep it. */
  rateLimits?: Partial<RateLimits> | false;
  /** The route table (default: every route in routes.ts). */
  routes?: readonly RouteDef[];
  /** Where rate-limit counters live (default: the database on PostgreSQL, memory on SQLite's one instance). */
  rateLimitStore?: 'memory' | 'database';
  /** The built PWA (default: config.staticDir). */
  staticDir?: string;
  /** Run the domains' background work (sending alerts, escalating); default true. */
  background?: boolean;
}

/**
 * Which addresses to believe in X-Forwarded-For. A number n trusts the connecting peer and the n - 1 proxies it names
 * (i counts from the socket's own address), so the client address is the one the outermost trusted proxy saw, however
 * many forged entries a client wrote further left. Fastify itself ignores a bare number, so it is a function here.
 * Never `true`, which would believe any client.
 */
function trustProxyOption(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

export async function buildApp(deps: AppDeps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? (deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel, serializers }),
    bodyLimit: BODY_LIMIT,
    frameworkErrors,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // Slow clients are cut off: the whole request within `request`, the headers within `headers`, nothing sent either
    // way for `idle`. Node checks the first two on an interval, made short so a cut-off comes close to the limit.
    requestTimeout: deps.config.timeouts.request,
    connectionTimeout: deps.config.timeouts.idle,
    keepAliveTimeout: deps.config.timeouts.keepAlive,
  });
  app.server.headersTimeout = deps.config.timeouts.headers;
  // Read by Node when the server starts listening (its default is 30 s).
  (app.server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.max(
    100,
    Math.min(1000, Math.floor(deps.config.timeouts.headers / 2)),
  );
  // Only JSON: a plain-text body is what a cross-site HTML form could send.
  app.removeContentTypeParser('text/plain');

  registerErrorHandler(app);
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  // Before any route is added: the plugin hooks each route as it is registered.
  await registerCompression(app);

  const limits: RateLimits | false = opts.rateLimits === false ? false : { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };
  // Instances behind a load balancer share counters through PostgreSQL; one SQLite instance keeps them in memory.
  const sharedCounters = (opts.rateLimitStore ?? (isPostgres(deps.db) ? 'database' : 'memory')) === 'database';
  await app.register(fastifyRateLimit, {
    global: false,
    ...(sharedCounters ? { store: databaseRateLimitStore(deps.db, deps.now) } : {}),
    // A database hiccup must not lock young people out: let the request through.
    skipOnError: true,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: () => new HttpError(429, 'slow-down', 'Too many requests. Wait a minute and try again.'),
  });

  registerRoutes(app, opts.routes ?? allRoutes, deps, limits);
  await registerStaticFiles(app, opts.staticDir ?? deps.config.staticDir);
  if (opts.background !== false) {
    const work = SERVER_FEATURES.flatMap((f) => (f.background ? [f.background(deps, SERVER_PORTS, app.log)] : []));
    app.addHook('onClose', async () => {
      await Promise.all(work.map((w) => w.stop()));
    });
  }
  return app;
}
