// POST /api/import: loads a document in the seed format, or CSV files (curators and admins); with
// ?dryRun=true it only reports what it would do. An apply records its audit entry in its own
// transaction, then tells the app's GraphEvents, so cached reads from before the import are not
// served after it.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { csvImportShape, importRequest } from '../graph/import-request.ts';
import { always, errorResponse, guarded } from '../http/openapi.ts';
import { graphDocShape } from '../model/records.ts';
import { actorOf } from './actor.ts';
import type { RouterShared } from './shared.ts';

const importQuery = z
  .object({ dryRun: z.enum(['true', 'false']).optional().describe('true: report what the import would do, change nothing') })
  .strict();

export function importRouter({ db, graphEvents }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'post',
      path: '/import',
      summary:
        'Load sources, nodes and relationships (seed format, or CSV files as { format: "csv", nodes, relationships, sources? }) in one transaction, audited; ?dryRun=true previews it; curators and admins (session with X-CSRF-Token, or Bearer ADMIN_TOKEN)',
      tags: ['import'],
      query: { schema: importQuery, what: 'import query' },
      body: {
        schema: z.union([graphDocShape, csvImportShape]),
        what: 'import',
        validatedBy: 'importRequest (model/validate.ts validateDocs)',
      },
      role: 'curator',
      responses: {
        200: {
          description:
            'Apply: ImportResponse { ok, counts, changes, report, auditId }. Dry run: ImportPreviewResponse { dryRun, valid, report, problems }',
        },
        400: errorResponse('Every problem by record (or CSV row) and field; nothing changed'),
        ...guarded,
        421: always[421],
        413: errorResponse('Body too large'),
      },
    },
    async (req, res, { query }) => {
      const actor = actorOf(res);
      if (query.dryRun === 'true') res.json(await importRequest(db, req.body, { dryRun: true, actor }));
      else res.json(await importRequest(db, req.body, { onGraphChanged: graphEvents.changed, actor }));
    },
  );
  return r;
}
