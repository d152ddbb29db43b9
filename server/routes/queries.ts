// The curated query library over HTTP: list the queries (with their Cypher, for "open in editor"),
// show one, run one with validated parameters. Runs share the console's guards and its rate limit.
import { Router } from 'express';
import { z } from 'zod';
import type { CuratedQueryListResponse, CuratedQueryRunResponse } from '../contracts.ts';
import type { CypherConsole } from '../graph/cypher-console.ts';
import { loadQueryLibrary, runCuratedQuery, validateParams, type QueryLibrary } from '../graph/query-library.ts';
import { notFound } from '../http/errors.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { parseInput } from '../http/validate.ts';
import { ID_RE } from '../model/model.ts';
import type { ApiDeps } from './api.ts';

export function queriesRouter({ config }: ApiDeps, cypher: CypherConsole, library: QueryLibrary = loadQueryLibrary()): Router {
  const r = Router();
  const find = (id: string) => {
    const q = ID_RE.test(id) ? library.get(id) : undefined;
    if (!q) throw notFound(`${ID_RE.test(id) ? `No curated query "${id}"` : 'No such curated query'}. GET /api/queries lists them.`);
    return q;
  };

  r.get('/queries', (_req, res) => {
    const body: CuratedQueryListResponse = { queries: library.list() };
    res.json(body);
  });

  r.get('/queries/:id', (req, res) => {
    res.json(find(String(req.params.id)));
  });

  r.post('/queries/:id/run', rateLimit(config.CYPHER_RATE_LIMIT_PER_MIN, 'Cypher console'), async (req, res) => {
    const q = find(String(req.params.id));
    const body = parseInput(z.object({ params: z.unknown().optional() }).strict(), req.body ?? {}, 'curated query request');
    const params = validateParams(q, body.params);
    const result = await runCuratedQuery(cypher, q, params, req.ip ?? 'unknown');
    const response: CuratedQueryRunResponse = { ...result, queryId: q.id, params };
    res.json(response);
  });

  return r;
}
