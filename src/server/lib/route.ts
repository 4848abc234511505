// Every HTTP route is declared as data with its auth rule; app.ts registers them all through one wrapper
// (validates params/query/body with zod, checks auth, maps errors to { code, message }).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Role } from '../../shared/staff';
import type { Database } from '../db/schema';
import type { Config } from './config';

export interface DeviceAuth {
  deviceId: string;
  councilId: string;
}
export interface StaffAuth {
  staffId: string;
  councilId: string;
  roles: readonly Role[];
  sessionId: string;
}
export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  /** The clock; tests replace it. */
  now: () => Date;
}

export type AuthRule =
  | { kind: 'public' }
  | { kind: 'device' }
  /** Staff with any one of the roles (admin is not implied: list it when admins may use the route). */
  | { kind: 'staff'; roles: readonly Role[] };

interface Parts<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  deps: AppDeps;
  request: FastifyRequest;
  reply: FastifyReply;
}
export type Handler<A, B, Q, P> = (ctx: Parts<B, Q, P> & A) => Promise<unknown>;

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  auth: AuthRule;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** Requests per minute per IP for anonymous routes; omitted = the app default. */
  rateLimitPerMinute?: number;
  /** Answers with this status on success (default 200). */
  status?: number;
  /** The handler checks the parts of its body one by one (a push of many ops); see register-routes.ts. */
  checksBodyItself?: boolean;
  handler: Handler<{ device?: DeviceAuth; staff?: StaffAuth }, unknown, unknown, unknown>;
}

type Schemas<B, Q, P> = { body?: z.ZodType<B>; query?: z.ZodType<Q>; params?: z.ZodType<P> };
type Base<B, Q, P> = Schemas<B, Q, P> & Omit<RouteDef, 'auth' | 'handler' | 'body' | 'query' | 'params'>;

export function publicRoute<B = undefined, Q = undefined, P = undefined>(def: Base<B, Q, P> & { handler: Handler<object, B, Q, P> }): RouteDef {
  return { ...def, auth: { kind: 'public' } } as RouteDef;
}
export function deviceRoute<B = undefined, Q = undefined, P = undefined>(
  def: Base<B, Q, P> & { handler: Handler<{ device: DeviceAuth }, B, Q, P> },
): RouteDef {
  return { ...def, auth: { kind: 'device' } } as RouteDef;
}
export function staffRoute<B = undefined, Q = undefined, P = undefined>(
  roles: readonly Role[],
  def: Base<B, Q, P> & { handler: Handler<{ staff: StaffAuth }, B, Q, P> },
): RouteDef {
  return { ...def, auth: { kind: 'staff', roles } } as RouteDef;
}
