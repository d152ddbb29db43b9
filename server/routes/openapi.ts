// GET /api/openapi.json: the OpenAPI document, built from the routes mounted (http/openapi.ts).
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { always, openApiDocument } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { noQuery } from './params.ts';

export function openApiRouter({ version }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  // Built on first use, when every router has declared its routes.
  let doc: ReturnType<typeof openApiDocument> | undefined;
  api.route(
    r,
    {
      method: 'get',
      path: '/openapi.json',
      summary: 'This document: every endpoint, its parameters and bodies (from the schemas that validate them) and its responses',
      tags: ['openapi'],
      query: noQuery('OpenAPI query'),
      cache,
      responses: { 200: { description: 'OpenAPI 3.1 document' }, ...always },
    },
    (_req, res) => {
      doc ??= openApiDocument(version, api);
      res.json(doc);
    },
  );
  return r;
}
