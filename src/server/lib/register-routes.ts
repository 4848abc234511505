// The one wrapper every route goes through: rate limit, authentication, role and CSRF checks, zod parsing of
// params/query/body, then the handler. Handlers never see unchecked input or an unauthenticated caller.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authenticateDevice } from '../auth/device-tokens';
import { authenticateStaff } from '../auth/staff-sessions';
import { HttpError } from './errors';
import { hasNul } from './nul';
import type { AppDeps, DeviceAuth, RouteDef, StaffAuth } from './route';

export interface RateLimits {
  /** Per IP per minute for public routes without their own limit. */
  publicPerMinute: number;
  /** Per IP per minute for device routes without their own limit (many devices may share one home or school IP). */
  devicePerMinute: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A message that names the field, e.g. `joinCode: a join code has only letters, numbers and dashes`. */
export function describeIssue(where: 'body' | 'query' | 'params', error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `The ${where} is not valid.`;
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : `The ${where} is not valid: ${issue.message}`;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'body' | 'query' | 'params'): T | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) throw new HttpError(400, 'invalid-input', describeIssue(where, result.error));
  return result.data;
}

async function authenticate(
  def: RouteDef,
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<{ device?: DeviceAuth; staff?: StaffAuth }> {
  const rule = def.auth;
  if (rule.kind === 'public') return {};
  if (rule.kind === 'device') {
    const device = await authenticateDevice(deps, request.headers.authorization);
    if (!device) throw new HttpError(401, 'unauthorized', 'This device is not joined yet. Join your council again.');
    return { device };
  }
  const staff = await authenticateStaff(deps, request, reply);
  if (!staff) throw new HttpError(401, 'unauthorized', 'Please sign in.');
  if (!staff.roles.some((role) => rule.roles.includes(role))) {
    throw new HttpError(403, 'forbidden', 'Your account is not allowed to do that.');
  }
  if (!SAFE_METHODS.has(request.method) && request.headers['x-heard-csrf'] !== '1') {
    throw new HttpError(403, 'csrf', 'This request is missing its safety header. Reload the page and try again.');
  }
  return { staff };
}

/** Anonymous and device routes are limited by default; staff routes only where they ask (sign-in). */
function defaultLimit(def: RouteDef, limits: RateLimits): number {
  if (def.auth.kind === 'public') return limits.publicPerMinute;
  if (def.auth.kind === 'device') return limits.devicePerMinute;
  return 0;
}

export function registerRoutes(app: FastifyInstance, routes: readonly RouteDef[], deps: AppDeps, limits: RateLimits | false): void {
  for (const def of routes) {
    const perMinute = limits === false ? 0 : (def.rateLimitPerMinute ?? defaultLimit(def, limits));
    const limited = perMinute > 0;
    app.route({
      method: def.method,
      url: def.url,
      config: limited ? { rateLimit: { max: perMinute, timeWindow: 60_000 } } : {},
      handler: async (request, reply) => {
        const who = await authenticate(def, deps, request, reply);
        // A push checks each op's payload on its own, so one bad op never sinks the others.
        if (hasNul(request.params) || hasNul(request.query) || (!def.checksBodyItself && hasNul(request.body))) {
          throw new HttpError(400, 'invalid-input', 'The request holds a character that cannot be stored.');
        }
        const params = parse(def.params, request.params, 'params');
        const query = parse(def.query, request.query, 'query');
        const body = parse(def.body, request.body, 'body');
        const result = await def.handler({ ...who, body, query, params, deps, request, reply });
        if (reply.sent) return reply;
        if (def.status && reply.statusCode === 200) reply.code(def.status);
        if (result === undefined) {
          if (reply.statusCode === 200) reply.code(204);
          return reply.send();
        }
        return reply.send(result);
      },
    });
  }
}
