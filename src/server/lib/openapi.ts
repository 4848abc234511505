// The OpenAPI 3.1 document of Heard's HTTP API, made from the route table and its zod schemas (never written by hand),
// served at GET /api/v1/openapi.json so API testing tools can be pointed at Heard. Each op type a push may carry is a
// schema of its own under components (`op.<type>`), as the push body checks each op by itself.
import { z } from 'zod';
import { OP_PAYLOADS, PROTOCOL_VERSION, pullResponseSchema, pushResponseSchema } from '../../shared/protocol';
import { STAFF_COOKIE } from '../../shared/staff';
import type { RouteDef } from './route';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema, as a client sends it (defaults may be left out); parts JSON Schema cannot say are open. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** `/api/v1/staff/offer/:id` → `/api/v1/staff/offer/{id}`, and the names of its path parameters. */
export function openApiPath(url: string): { path: string; names: string[] } {
  const names: string[] = [];
  const path = url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path, names };
}

const ERROR = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

function parameters(def: RouteDef, names: string[]): JsonSchema[] {
  const out: JsonSchema[] = [];
  const params = def.params ? jsonSchema(def.params) : undefined;
  const paramProps = (params?.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of names) out.push({ name, in: 'path', required: true, schema: paramProps[name] ?? { type: 'string' } });
  if (def.query) {
    const query = jsonSchema(def.query);
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonSchema>)) {
      out.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return out;
}

function security(def: RouteDef): { security?: JsonSchema[]; description: string } {
  if (def.auth.kind === 'public') return { security: [], description: 'Public.' };
  if (def.auth.kind === 'device') return { security: [{ device: [] }], description: 'A joined device (its bearer token).' };
  const roles = def.auth.roles.join(', ');
  return {
    security: [{ staff: [] }],
    description: `Staff of the council with one of the roles: ${roles}. A change (not GET) also needs the header \`x-heard-csrf: 1\`.`,
  };
}

export function openApiDocument(routes: readonly RouteDef[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const def of routes) {
    const { path, names } = openApiPath(def.url);
    const { security: sec, description } = security(def);
    const responses: Record<string, JsonSchema> = {
      [String(def.status ?? 200)]: { description: 'Done.' },
      '400': {
        description: 'The input does not match its schema (`invalid-input`), nothing changed.',
        content: { 'application/json': { schema: ERROR } },
      },
      '404': { description: 'Not found (or not this caller’s to see).', content: { 'application/json': { schema: ERROR } } },
      '429': { description: 'Too many requests.', content: { 'application/json': { schema: ERROR } } },
    };
    if (def.auth.kind !== 'public') {
      responses['401'] = { description: 'Not signed in or not joined.', content: { 'application/json': { schema: ERROR } } };
    }
    if (def.auth.kind === 'staff') {
      responses['403'] = {
        description: 'The role may not do this, or the CSRF header is missing.',
        content: { 'application/json': { schema: ERROR } },
      };
    }
    if (def.url === '/api/v1/sync/push')
      responses['200'] = {
        description: 'One result per op, in order.',
        content: { 'application/json': { schema: jsonSchema(pushResponseSchema, 'output') } },
      };
    if (def.url === '/api/v1/sync/pull')
      responses['200'] = {
        description: 'Changes since the cursor.',
        content: { 'application/json': { schema: jsonSchema(pullResponseSchema, 'output') } },
      };
    const operation: JsonSchema = {
      operationId: `${def.method.toLowerCase()} ${def.url}`,
      description,
      parameters: parameters(def, names),
      responses,
      ...(sec ? { security: sec } : {}),
    };
    if (def.body) operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(def.body) } } };
    (paths[path] ??= {})[def.method.toLowerCase()] = operation;
  }
  const ops = Object.fromEntries(Object.entries(OP_PAYLOADS).map(([type, schema]) => [`op.${type}`, jsonSchema(schema as z.ZodType)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Heard',
      version: String(PROTOCOL_VERSION),
      description:
        'Children in care and care leavers heard by the council that looks after them. Every error answers `{ code, message }`. ' +
        'A push carries ops whose payloads are the `op.<type>` schemas under components.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        device: { type: 'http', scheme: 'bearer', description: 'The token a device gets when it joins its council.' },
        staff: { type: 'apiKey', in: 'cookie', name: STAFF_COOKIE, description: 'A staff session, from signing in.' },
      },
      schemas: { error: ERROR, ...ops },
    },
    paths,
  };
}
