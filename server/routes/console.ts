// POST /api/cypher: the analysts' read-only Cypher console.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { always, errorResponse, limited } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';

export function consoleRouter(_deps: ServerDeps, { api, cypher, cypherLimit }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'post',
      path: '/cypher',
      summary: 'Read-only Cypher for analysts (EXPLAIN check, READ transaction, timeout, row cap, rate limit)',
      tags: ['console'],
      body: {
        schema: z
          .object({
            query: z.string({ message: 'must be a string' }),
            params: z.record(z.string(), z.unknown()).default({}),
          })
          .strict(),
        what: 'Cypher request',
      },
      guards: [cypherLimit],
      responses: {
        200: { description: '{ columns, rows, truncated, graph, timeMs, rowCap }' },
        400: errorResponse('Refused or a Cypher error with the database message and position'),
        403: errorResponse('The query would write'),
        421: always[421],
        ...limited('CYPHER_RATE_LIMIT_PER_MIN, shared with curated runs'),
        504: errorResponse('Timed out'),
      },
    },
    async (req, res, input) => {
      const body = input.body(req.body);
      res.json(await cypher.run(body.query, body.params, { client: req.ip ?? 'unknown' }));
    },
  );
  return r;
}
