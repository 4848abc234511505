// The OpenAPI document is made from the route table: every route is in it with its parameters and auth, and every op
// type a push may carry is a schema of its own.
import { describe, expect, it } from 'vitest';
import { OP_TYPES } from '../../shared/protocol';
import { routes } from '../routes';
import { openApiDocument, openApiPath } from './openapi';

type Doc = {
  paths: Record<
    string,
    Record<string, { parameters: { name: string; in: string }[]; security: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, unknown> };
};

describe('the OpenAPI document', () => {
  const doc = openApiDocument(routes) as unknown as Doc;

  it('names every route of the route table, with its path parameters', () => {
    for (const def of routes) {
      const { path, names } = openApiPath(def.url);
      const op = doc.paths[path]?.[def.method.toLowerCase()];
      expect(op, `${def.method} ${def.url}`).toBeDefined();
      expect(op!.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(names);
      if (def.body) expect(op!.requestBody, `${def.method} ${def.url} body`).toBeDefined();
      if (def.auth.kind === 'public') expect(op!.security).toEqual([]);
      else expect(op!.responses['401'], `${def.method} ${def.url} 401`).toBeDefined();
    }
    const count = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    expect(count).toBe(routes.length);
  });

  it('has a schema for every op type', () => {
    for (const type of OP_TYPES) expect(doc.components.schemas[`op.${type}`], type).toMatchObject({ type: 'object' });
  });

  it('turns :name into {name}', () => {
    expect(openApiPath('/api/v1/staff/offer/:id/publish')).toEqual({ path: '/api/v1/staff/offer/{id}/publish', names: ['id'] });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
