// The curated query library over HTTP: list the queries (with their Cypher, for "open in editor"),
// show one, run one with validated parameters. Runs share the console's guards and its rate limit.
import { Router } from 'express';
import { z } from 'zod';
import type { CuratedQueryListResponse, CuratedQueryRunResponse } from '../shared/contracts.ts';
import type { CypherConsole } from '../graph/cypher-console.ts';
import { loadQueryLibrary, runCuratedQuery, validateParams, type QueryLibrary } from '../graph/query-library.ts';
import { notFound } from '../http/errors.ts';
import { noQuery, parseInput } from '../http/validate.ts';
import { ID_RE } from '../model/model.ts';
import type { ApiDeps, ApiShared } from './api.ts';

export function queriesRouter(
  _deps: ApiDeps,
  { cache, cypherLimit }: ApiShared,
  cypher: CypherConsole,
  library: QueryLibrary = loadQueryLibrary(),
): Router {
  const r = Router();
  const find = (id: string) => {
    const q = ID_RE.test(id) ? library.get(id) : undefined;
    if (!q) throw notFound(`${ID_RE.test(id) ? `No curated query "${id}"` : 'No such curated query'}. GET /api/queries lists them.`);
    return q;
  };

  r.get('/queries', noQuery('query list query'), cache, (_req, res) => {
    const body: CuratedQueryListResponse = { queries: library.list() };
    res.json(body);
  });

  r.get('/queries/:id', noQuery('curated query'), cache, (req, res) => {
    res.json(find(String(req.params.id)));
  });

  // The console's own limiter instance: one budget per client for free and curated queries together.
  r.post('/queries/:id/run', cypherLimit, async (req, res) => {
    const q = find(String(req.params.id));
    const body = parseInput(z.object({ params: z.unknown().optional() }).strict(), req.body ?? {}, 'curated query request');
    const params = validateParams(q, body.params);
    const result = await runCuratedQuery(cypher, q, params, req.ip ?? 'unknown');
    const response: CuratedQueryRunResponse = { ...result, queryId: q.id, params };
    res.json(response);
  });

  return r;
}
