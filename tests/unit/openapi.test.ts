// Unit: the OpenAPI document is built from the routes that are mounted, so no endpoint can be
// undocumented. The app is built without a database (nothing here queries it); its Express
// router stack is walked and every route on it must appear in the served document, with each
// path parameter and exactly the query parameters its validation accepts.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { listen } from '../../server/http/listen.ts';
import { openApiPath } from '../../server/http/openapi.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: { schema?: z.ZodObject } }[] };
  handle: { stack?: Layer[] };
  rawPath?: unknown;
}
interface MountedRoute {
  method: string;
  path: string;
  /** The query schema its validation checks, if any. */
  query?: z.ZodObject;
}

/** Every route on the app's router stack, with the path it is mounted under. */
function mountedRoutes(app: Express): MountedRoute[] {
  const out: MountedRoute[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (!on || method === '_all') continue;
          const query = layer.route.stack.map((l) => l.handle.schema).find((s) => s !== undefined);
          out.push({ method, path: prefix + layer.route.path, query });
        }
      } else if (layer.handle.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

let db: GraphDb;
let app: Express;
let server: Server;
let doc: {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; required: boolean }[]; requestBody?: unknown; responses: object }>
  >;
};

beforeAll(async () => {
  const uri = 'bolt://127.0.0.1:9';
  db = new GraphDb({ uri, database: 'neo4j', password: 'unused' });
  app = createApp({
    config: loadConfig({ NEO4J_URI: uri, PORT: '0' }),
    db,
    mode: 'external',
    version: '9.9.9',
    log: () => undefined,
    clientDir: '/nonexistent',
    stories: () => ({ stories: [], invalid: [], full: [] }),
    sourceText: () => undefined,
  });
  server = await listen(app, 0, '127.0.0.1');
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openapi.json`);
  expect(res.status).toBe(200);
  doc = await res.json();
});
afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await db?.close();
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the app version, served at /api/openapi.json', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Cooperation Atlas API', version: '9.9.9' });
  });

  it('documents every route mounted on the app, and nothing that is not mounted', () => {
    const routes = mountedRoutes(app).filter((r) => r.path.startsWith('/api/'));
    expect(routes.length).toBeGreaterThanOrEqual(19);
    const mounted = routes.map((r) => `${r.method.toUpperCase()} ${openApiPath('', r.path)}`).sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(mounted);
  });

  it('names each route’s path parameters and exactly the query parameters its validation accepts', () => {
    for (const route of mountedRoutes(app).filter((r) => r.path.startsWith('/api/'))) {
      const op = doc.paths[openApiPath('', route.path)]![route.method]!;
      const params = op.parameters ?? [];
      const where = `${route.method.toUpperCase()} ${route.path}`;
      const pathNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect({ where, path: params.filter((p) => p.in === 'path').map((p) => [p.name, p.required]) }).toEqual({
        where,
        path: pathNames.map((n) => [n, true]),
      });
      // Every GET validates its query (unknown parameters are a 400); the document lists the same keys.
      if (route.method === 'get') expect({ where, validated: route.query !== undefined }).toEqual({ where, validated: true });
      const accepted = Object.keys(route.query?.shape ?? {}).sort();
      const documentedQuery = params
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
      expect({ where, query: documentedQuery }).toEqual({ where, query: accepted });
      // A success: 200, or 201 for a create.
      expect({ where, success: Object.keys(op.responses).filter((k) => k === '200' || k === '201').length }).toEqual({ where, success: 1 });
    }
  });

  it('describes query parameters from their schemas: required ones, integers with bounds, comma lists', () => {
    const graph = doc.paths['/api/graph']!.get!.parameters as unknown as {
      name: string;
      required: boolean;
      schema: object;
      style?: string;
    }[];
    const byName = Object.fromEntries(graph.map((p) => [p.name, p]));
    expect(byName.limit).toMatchObject({ required: false, schema: { type: 'integer', minimum: 1 } });
    expect(byName.limit!.schema).not.toHaveProperty('pattern');
    expect(byName.labels).toMatchObject({
      required: false,
      style: 'form',
      schema: { type: 'array', items: { enum: expect.arrayContaining(['Agency']) } },
    });
    const search = doc.paths['/api/search']!.get!.parameters!;
    expect(search.find((p) => p.name === 'q')).toMatchObject({ required: true });
    const paths = doc.paths['/api/paths']!.get!.parameters!;
    expect(paths.filter((p) => p.required).map((p) => p.name)).toEqual(['from', 'to']);
  });

  it('describes request bodies from the schemas that validate them', () => {
    expect(doc.paths['/api/cypher']!.post!.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', required: ['query'], properties: { query: { type: 'string' } } } } },
    });
    // The seed format, or CSV files as text ({ format: 'csv', nodes, relationships, sources? }).
    expect(doc.paths['/api/import']!.post!.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: {
            anyOf: [
              { properties: { nodes: { type: 'array' }, relationships: { type: 'array' } } },
              { properties: { format: { const: 'csv' }, nodes: { type: 'string' }, relationships: { type: 'string' } } },
            ],
          },
        },
      },
    });
    expect(doc.paths['/api/stories/validate']!.post!.requestBody).toMatchObject({
      content: { 'application/json': { schema: { required: expect.arrayContaining(['id', 'title', 'steps']) } } },
    });
  });
});
