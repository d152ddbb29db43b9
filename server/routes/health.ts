// GET /api/health: the app and Neo4j, always asked live (never cached).
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { getHealth } from '../graph/health.ts';
import { always } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { noQuery } from './params.ts';

export function healthRouter({ config, db, mode, version }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/health',
      summary: 'App and Neo4j status, node and relationship counts',
      tags: ['health'],
      query: noQuery('health query'),
      responses: { 200: { description: 'Neo4j up' }, 503: { description: 'Neo4j down' }, ...always },
    },
    async (_req, res) => {
      const health = await getHealth(db, mode, version, {
        graphMaxNodes: config.GRAPH_MAX_NODES,
        cypherMaxRows: config.CYPHER_MAX_ROWS,
        cypherTimeoutMs: config.CYPHER_TIMEOUT_MS,
        cypherMaxQueryLength: config.CYPHER_MAX_QUERY_LENGTH,
      });
      res.status(health.neo4j.status === 'up' ? 200 : 503).json(health);
    },
  );
  return r;
}
