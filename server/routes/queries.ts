// The curated query library over HTTP: list the queries (with their Cypher, for "open in editor"),
// show one, run one with validated parameters. Runs share the console's guards and its rate limit.
import { Router } from 'express';
import { z } from 'zod';
import type { CuratedQueryListResponse, CuratedQueryRunResponse } from '../shared/contracts.ts';
import type { ServerDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { loadQueryLibrary, runCuratedQuery, validateParams, type QueryLibrary } from '../graph/query-library.ts';
import { always, errorResponse, errors, limited } from '../http/openapi.ts';
import { ID_RE } from '../model/model.ts';
import type { RouterShared } from './shared.ts';
import { noQuery } from './params.ts';

// Not an id check: an id that is no slug is simply not found (404), like an unknown one.
const queryId = z.string().describe('curated query id (GET /api/queries lists them)');

export function queriesRouter(
  _deps: ServerDeps,
  { api, cache, cypher, cypherLimit }: RouterShared,
  library: QueryLibrary = loadQueryLibrary(),
): Router {
  const r = Router();
  const find = (id: string) => {
    const q = ID_RE.test(id) ? library.get(id) : undefined;
    if (!q) throw notFound(`${ID_RE.test(id) ? `No curated query "${id}"` : 'No such curated query'}. GET /api/queries lists them.`);
    return q;
  };

  api.route(
    r,
    {
      method: 'get',
      path: '/queries',
      summary:
        'The curated query library (cypher/queries/*.cypher): id, title, description, parameters (type, default, bounds), row cap and the Cypher',
      tags: ['queries'],
      query: noQuery('query list query'),
      cache,
      responses: { 200: { description: 'CuratedQueryListResponse' }, ...always },
    },
    (_req, res) => {
      const body: CuratedQueryListResponse = { queries: library.list() };
      res.json(body);
    },
  );

  api.route(
    r,
    {
      method: 'get',
      path: '/queries/:id',
      summary: 'One curated query',
      tags: ['queries'],
      params: { id: queryId },
      query: noQuery('curated query'),
      cache,
      responses: { 200: { description: 'CuratedQuery' }, ...errors },
    },
    (_req, res, { param }) => {
      res.json(find(param('id')));
    },
  );

  // The console's own limiter instance: one budget per client for free and curated queries together.
  api.route(
    r,
    {
      method: 'post',
      path: '/queries/:id/run',
      summary:
        'Run a curated query with validated parameters (defaults filled in, unknown ones refused), read-only like the console, at most min(maxRows, CYPHER_MAX_ROWS) rows, rate limited like the console',
      tags: ['queries'],
      params: { id: queryId },
      body: {
        schema: z.object({ params: z.unknown().optional().describe("The query's parameters, by name") }).strict(),
        what: 'curated query request',
        optional: true,
      },
      guards: [cypherLimit],
      responses: {
        200: { description: '{ columns, rows, truncated, graph, timeMs, rowCap, queryId, params }' },
        400: errorResponse('Invalid parameters: every problem, by parameter'),
        404: errorResponse('No such query'),
        421: always[421],
        ...limited('CYPHER_RATE_LIMIT_PER_MIN, shared with the console'),
        504: errorResponse('Timed out'),
      },
    },
    async (req, res, input) => {
      const q = find(input.param('id'));
      const body = input.body(req.body);
      const params = validateParams(q, body.params);
      const result = await runCuratedQuery(cypher, q, params, req.ip ?? 'unknown');
      const response: CuratedQueryRunResponse = { ...result, queryId: q.id, params };
      res.json(response);
    },
  );

  return r;
}
