// GET /api/export/seed: the curated graph in the seed format (seed/graph/*.json), each file's
// text as `npm run seed:export` writes it (admin only: it is the whole curated graph, and the
// owner's tool for writing it back into the seed).
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { exportSeed } from '../graph/export-seed.ts';
import { errorResponse, errors, guarded } from '../http/openapi.ts';
import type { SeedExportResponse } from '../shared/contracts.ts';
import { noQuery } from './params.ts';
import type { RouterShared } from './shared.ts';

export function exportRouter({ db }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/export/seed',
      summary:
        'The curated graph written back into the seed format: { files: { "core.json": "<text>", ... }, counts }; admins (a signed-in admin, or Bearer ADMIN_TOKEN)',
      tags: ['import'],
      query: noQuery('export query'),
      role: 'admin',
      responses: {
        200: { description: "{ files, counts }: each seed/graph file's text, byte for byte as `npm run seed:export` writes it" },
        ...errors,
        ...guarded,
        409: errorResponse('The database was loaded before records were stamped with their seed file: reload the seed first'),
      },
    },
    async (_req, res) => {
      const body: SeedExportResponse = await exportSeed(db);
      res.set('cache-control', 'no-store').json(body);
    },
  );
  return r;
}
