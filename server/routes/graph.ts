// GET /api/graph: nodes and edges for the explorer (filters, time window, expansion around ids).
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { getGraph } from '../graph/explore.ts';
import { errors, limited } from '../http/openapi.ts';
import { boolParam, intParam, partialDateParam } from '../http/validate.ts';
import type { RouterShared } from './shared.ts';
import { idList, labelList, typeList } from './params.ts';

export function graphRouter({ config, db }: ServerDeps, { api, cache, heavyLimit }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/graph',
      summary: 'Nodes and edges for the explorer',
      tags: ['graph'],
      query: {
        schema: z.object({
          labels: labelList.describe('Comma-separated labels (default: Agency, Organisation, Jurisdiction, Event, Agreement, Person)'),
          types: typeList.describe('Comma-separated relationship types (default: all but MENTIONS)'),
          from: partialDateParam.optional().describe('Start of the time window (ISO date, partial allowed)'),
          to: partialDateParam.optional().describe('End of the time window'),
          limit: intParam(1, config.GRAPH_MAX_NODES, Math.min(300, config.GRAPH_MAX_NODES)).describe(
            `Node cap (default ${Math.min(300, config.GRAPH_MAX_NODES)}, at most GRAPH_MAX_NODES)`,
          ),
          around: idList(200).describe('Comma-separated node ids: return them and their neighbours (expansion)'),
          includeReference: boolParam.optional().describe('Also nodes cited only by reference data (default false)'),
        }),
        what: 'graph query',
        refine: (v) => (v.from && v.to && v.from > v.to ? { field: 'from', message: '"from" must not be after "to"' } : undefined),
      },
      guards: [heavyLimit],
      cache,
      responses: {
        200: { description: '{ nodes, edges, truncated, limit, totalNodes }' },
        ...errors,
        ...limited('GRAPH_RATE_LIMIT_PER_MIN, shared with /api/paths'),
      },
    },
    async (_req, res, { query }) => {
      res.json(await getGraph(db, query));
    },
  );
  return r;
}
