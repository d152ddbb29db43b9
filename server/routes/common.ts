// GET /api/common: what two entities have in common (shared organisations, events, agreements,
// partners, places) and the relationships between them, each side's facts with evidence.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { commonGround } from '../graph/common-ground.ts';
import { errors } from '../http/openapi.ts';
import { idSchema } from '../model/records.ts';
import { COMMON_GROUND_TYPES } from '../shared/common-ground.ts';
import type { RouterShared } from './shared.ts';

const entityId = () => z.string({ message: 'must be given once, as an entity id' }).pipe(idSchema);

const groupsDoc = Object.entries(COMMON_GROUND_TYPES)
  .map(([group, types]) => `${group} (${types.join(', ')})`)
  .join('; ');

export function commonRouter({ db }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/common',
      summary: 'What two entities have in common, with the evidence on each side',
      tags: ['common'],
      query: {
        schema: z.object({
          a: entityId().describe('Entity id (not a document)'),
          b: entityId().describe('Another entity id'),
        }),
        what: 'common-ground query',
        refine: (v) => (v.a === v.b ? { field: 'b', message: 'must be another entity than "a"' } : undefined),
      },
      cache,
      responses: {
        200: {
          description: `CommonGroundResponse: { a, b, direct, groups }. Groups and the relationship types that count: ${groupsDoc}; organisations also indirectly through the MEMBER_OF of the jurisdiction an entity is LOCATED_IN (facts marked indirect, with through), partners also the co-signatories of an agreement. Every fact has its sources and reference: true when every source is reference data.`,
        },
        ...errors,
      },
    },
    async (_req, res, { query: q }) => {
      res.json(await commonGround(db, q.a, q.b));
    },
  );
  return r;
}
