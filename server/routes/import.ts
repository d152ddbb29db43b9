// POST /api/import: loads a document in the seed format (curators and admins), then tells the app's
// GraphEvents, so cached reads from before the import are not served after it.
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { importRequest } from '../graph/import-request.ts';
import { always, errorResponse, guarded } from '../http/openapi.ts';
import { graphDocShape } from '../model/records.ts';
import type { RouterShared } from './shared.ts';

export function importRouter({ db, graphEvents }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'post',
      path: '/import',
      summary:
        'Load agencies, organisations and relationships (seed format) in one transaction; curators and admins (session with X-CSRF-Token, or Bearer ADMIN_TOKEN)',
      tags: ['import'],
      body: { schema: graphDocShape, what: 'import', validatedBy: 'importRequest (model/validate.ts validateDocs)' },
      role: 'curator',
      responses: {
        200: { description: '{ ok, counts, changes }' },
        400: errorResponse('Every problem by record and field; nothing changed'),
        ...guarded,
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
