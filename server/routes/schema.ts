// GET /api/schema: what the graph holds (labels, relationship types, property keys, counts).
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { getSchemaInfo } from '../graph/schema-info.ts';
import { always } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { noQuery } from './params.ts';

export function schemaRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/schema',
      summary: 'Labels, relationship types, property keys, counts',
      tags: ['schema'],
      query: noQuery('schema query'),
      cache,
      responses: { 200: { description: 'SchemaResponse' }, ...always },
    },
    async (_req, res) => {
      res.json(await getSchemaInfo(db));
    },
  );
  return r;
}
