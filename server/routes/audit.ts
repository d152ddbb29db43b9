// GET /api/audit (one page of the audit log, newest first, filtered) and GET /api/audit/export
// (every matching entry, streamed as JSON Lines or CSV), for curators and admins. Never cached.
// POST /api/audit/:id/revert undoes one entry (graph/audit-revert.ts): a curator their own, an
// admin anyone's. The entries are nodes in Neo4j (written in the change's own transaction), so
// the read-only console can read them too: they hold who changed which fact, never a credential.
import { Router } from 'express';
import { z } from 'zod';
import type { ServerDeps } from '../deps.ts';
import { AUDIT_CSV_HEADER, allAudit, auditCsvLine, listAudit } from '../graph/audit.ts';
import { revertAudit } from '../graph/audit-revert.ts';
import { whoIs } from './actor.ts';
import { always, errorResponse, guarded } from '../http/openapi.ts';
import { intParam, stringParam } from '../http/validate.ts';
import type { RouterShared } from './shared.ts';

const KINDS = ['import', 'edit', 'merge', 'retraction', 'proposal', 'document', 'revert'] as const;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const timeParam = stringParam(40).regex(ISO_TIME, 'must be an ISO date (2026-12-07) or date-time (2026-12-07T10:00:00Z)');
const filters = {
  kind: z
    .enum(KINDS, { message: `must be one of ${KINDS.join(', ')}` })
    .optional()
    .describe('Kind of change'),
  actor: stringParam(200).optional().describe('Who made the change (exact)'),
  from: timeParam.optional().describe('From this date or date-time (inclusive)'),
  to: timeParam.optional().describe('To this date (the whole day) or date-time (inclusive)'),
};

export function auditRouter({ db, graphEvents }: ServerDeps, { api }: RouterShared): Router {
  const r = Router();
  const denied = guarded;
  api.route(
    r,
    {
      method: 'get',
      path: '/audit',
      summary: 'The audit log, newest first: who changed what, when, before and after, citing which sources; curators and admins',
      tags: ['audit'],
      query: {
        schema: z.object({
          ...filters,
          limit: intParam(1, 200, 50).describe('At most 200 (default 50)'),
          cursor: stringParam(500).optional().describe('nextCursor of the previous page'),
        }),
        what: 'audit query',
      },
      role: 'curator',
      responses: { 200: { description: 'AuditListResponse { entries, nextCursor }' }, ...denied, ...always },
    },
    async (_req, res, { query }) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await listAudit(db, { ...query, changesPerEntry: 50 }));
    },
  );
  api.route(
    r,
    {
      method: 'get',
      path: '/audit/export',
      summary: 'Every audit entry matching the filters, newest first, streamed as JSON Lines or CSV; curators and admins',
      tags: ['audit'],
      query: {
        schema: z.object({
          ...filters,
          format: z.enum(['jsonl', 'csv'], { message: 'must be jsonl or csv' }).default('jsonl').describe('jsonl (default) or csv'),
        }),
        what: 'audit export query',
      },
      role: 'curator',
      responses: { 200: { description: 'application/x-ndjson or text/csv, one entry per line' }, ...denied, ...always },
    },
    async (_req, res, { query: { format, ...f } }) => {
      const csv = format === 'csv';
      // The first page is read before anything is sent, so a database error is still a JSON error.
      const entries = allAudit(db, f);
      const first = await entries.next();
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="audit-log.${csv ? 'csv' : 'jsonl'}"`);
      if (csv) res.write(`${AUDIT_CSV_HEADER}\n`);
      const line = (e: Parameters<typeof auditCsvLine>[0]) => (csv ? auditCsvLine(e) : JSON.stringify(e)) + '\n';
      if (!first.done) res.write(line(first.value));
      try {
        for await (const e of entries) if (!res.write(line(e))) await new Promise((ok) => res.once('drain', ok));
      } catch {
        // Headers are sent: end the stream cut short (the client sees an incomplete file, not a success page).
        res.destroy();
        return;
      }
      res.end();
    },
  );
  api.route(
    r,
    {
      method: 'post',
      path: '/audit/:id/revert',
      summary:
        'Selective revert of one audit entry, in one transaction with its own entry; 409 listing the later entries that touched the same facts (revert those first), or the fields changed since; a curator may revert their own entries, an admin those of anyone',
      tags: ['audit'],
      params: {
        id: z
          .string()
          .regex(/^audit-[0-9a-f-]{36}$/, 'must be an audit entry id')
          .describe('audit entry id'),
      },
      role: 'curator',
      responses: {
        200: { description: 'AuditRevertResponse { reverted, auditId, changeCount }' },
        ...denied,
        404: errorResponse('No such entry'),
        409: errorResponse('Already reverted, a revert, or later changes touched the same facts (listed in details)'),
        ...always,
      },
    },
    async (_req, res, { param }) => {
      const who = whoIs(res);
      res.json(await revertAudit(db, param('id'), { actor: who.name, role: who.role, onGraphChanged: graphEvents.changed }));
    },
  );
  return r;
}
