// GET /api/paths: shortest paths between two entities.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { shortestPaths } from '../graph/paths.ts';
import { PATH_HOPS } from '../shared/vocabulary.ts';
import { errors, limited } from '../http/openapi.ts';
import { intParam } from '../http/validate.ts';
import { idSchema } from '../model/records.ts';
import type { RouterShared } from './shared.ts';
import { typeList } from './params.ts';

const nodeId = () => z.string({ message: 'must be given once, as a node id' }).pipe(idSchema);

export function pathsRouter({ db }: ServerDeps, { api, cache, heavyLimit }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/paths',
      summary: 'Shortest paths between two entities',
      tags: ['paths'],
      query: {
        schema: z.object({
          from: nodeId().describe('Node id'),
          to: nodeId().describe('Node id'),
          maxHops: intParam(PATH_HOPS.min, PATH_HOPS.max, PATH_HOPS.default).describe(
            `${PATH_HOPS.min}-${PATH_HOPS.max} (default ${PATH_HOPS.default})`,
          ),
          types: typeList.describe('Comma-separated relationship types'),
        }),
        what: 'paths query',
      },
      guards: [heavyLimit],
      cache,
      responses: {
        200: { description: '{ paths, graph }' },
        ...errors,
        ...limited('GRAPH_RATE_LIMIT_PER_MIN, shared with /api/graph'),
      },
    },
    async (_req, res, { query: q }) => {
      res.json(await shortestPaths(db, q.from, q.to, q.maxHops, q.types));
    },
  );
  return r;
}
