// GET /api/growth and /api/growth/:id: organisations' growth series for the presenter.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { getGrowth, listGrowth } from '../graph/growth.ts';
import { always, errors } from '../http/openapi.ts';
import { listOf } from '../http/validate.ts';
import type { RouterShared } from './shared.ts';
import { idParam, noQuery } from './params.ts';

export function growthRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/growth',
      summary: 'Organisations (and agreements) with growth series: units and point counts',
      tags: ['presenter'],
      query: noQuery('growth query'),
      cache,
      responses: { 200: { description: 'GrowthListResponse' }, ...always },
    },
    async (_req, res) => {
      res.json(await listGrowth(db));
    },
  );
  api.route(
    r,
    {
      method: 'get',
      path: '/growth/:id',
      summary:
        'Growth of one organisation: published counts (one series per unit and scope; lower bounds flagged, undated points apart), the cumulative count derived from dated memberships (with the number of members of unknown date), and dated milestones, all cited',
      tags: ['presenter'],
      params: { id: idParam('organisation id') },
      query: {
        schema: z.object({
          units: listOf(z.string().trim().min(1).max(100, 'must be at most 100 characters'), 20).describe(
            'Comma-separated series to keep (unit, label or key)',
          ),
        }),
        what: 'growth query',
      },
      cache,
      responses: { 200: { description: 'GrowthResponse' }, ...errors },
    },
    async (_req, res, { param, query }) => {
      res.json(await getGrowth(db, param('id'), { units: query.units }));
    },
  );
  return r;
}
