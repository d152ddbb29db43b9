// GET /api/search: full-text search over names and aliases.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { search } from '../graph/search.ts';
import { errors } from '../http/openapi.ts';
import { intParam, stringParam } from '../http/validate.ts';
import type { RouterShared } from './shared.ts';
import { labelList } from './params.ts';

export function searchRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/search',
      summary: 'Full-text search over English and Chinese names and aliases',
      tags: ['search'],
      query: {
        schema: z.object({
          q: stringParam(200).trim().min(1, 'type at least one character').describe('Text'),
          limit: intParam(1, 50, 10).describe('At most 50 (default 10)'),
          labels: labelList.describe('Comma-separated labels'),
        }),
        what: 'search',
      },
      cache,
      responses: { 200: { description: '{ query, hits }' }, ...errors },
    },
    async (_req, res, { query: q }) => {
      res.json({ query: q.q, hits: await search(db, q.q, q.limit, q.labels) });
    },
  );
  return r;
}
