// GET /api/nodes/:id: one node with its properties, sources and relationships.
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { getNodeDetails } from '../graph/node-details.ts';
import { errors } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { idParam, noQuery } from './params.ts';

export function nodesRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/nodes/:id',
      summary: 'One node: properties, sources, relationships grouped by type with evidence',
      tags: ['nodes'],
      params: { id: idParam('node id') },
      query: noQuery('node query'),
      cache,
      responses: { 200: { description: 'NodeDetails' }, ...errors },
    },
    async (_req, res, { param }) => {
      res.json(await getNodeDetails(db, param('id')));
    },
  );
  return r;
}
