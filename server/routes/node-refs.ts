// GET /api/node-refs?ids=a,b: which of these ids are nodes (label and names), at most 200 at a time.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { findNodeRefs } from '../graph/node-refs.ts';
import { errors } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { idList } from './params.ts';

/** Ids one request may ask about (the explorer pins at most as many). */
export const NODE_REFS_MAX = 200;

export function nodeRefsRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/node-refs',
      summary: 'Which of the given ids are nodes: id, label and names, in the order asked (unknown ids left out)',
      tags: ['nodes'],
      query: {
        schema: z.object({ ids: idList(NODE_REFS_MAX).describe(`Comma-separated node ids (at most ${NODE_REFS_MAX})`) }),
        what: 'node-refs query',
      },
      cache,
      responses: { 200: { description: 'NodeRefsResponse' }, ...errors },
    },
    async (_req, res, { query }) => {
      const ids = [...new Set(query.ids ?? [])];
      res.json({ nodes: await findNodeRefs(db, ids) });
    },
  );
  return r;
}
