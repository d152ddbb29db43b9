// POST /api/import: loads a document in the seed format (admin only), then tells the app's
// GraphEvents, so cached reads from before the import are not served after it.
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { importRequest } from '../graph/import-request.ts';
import { requireAdmin } from '../http/auth.ts';
import { always, errorResponse } from '../http/openapi.ts';
import { graphDocShape } from '../model/records.ts';
import type { RouterShared } from './shared.ts';

export function importRouter({ config, db, graphEvents }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'post',
      path: '/import',
      summary: 'Load agencies, organisations and relationships (seed format) in one transaction; needs Authorization: Bearer <ADMIN_TOKEN>',
      tags: ['import'],
      body: { schema: graphDocShape, what: 'import', validatedBy: 'importRequest (model/validate.ts validateDocs)' },
      admin: true,
      guards: [requireAdmin(config.ADMIN_TOKEN)],
      responses: {
        200: { description: '{ ok, counts, changes }' },
        400: errorResponse('Every problem by record and field; nothing changed'),
        401: errorResponse('Missing or wrong token'),
        403: errorResponse('Writes disabled (no ADMIN_TOKEN)'),
        421: always[421],
        413: errorResponse('Body too large'),
      },
    },
    async (req, res) => {
      res.json(await importRequest(db, req.body, { onGraphChanged: graphEvents.changed }));
    },
  );
  return r;
}
