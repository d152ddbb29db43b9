// GET /api/sources and /api/sources/:id: the documents and reference files the graph cites.
import { Router } from 'express';
import type { ServerDeps } from '../deps.ts';
import { getSource, listSources } from '../graph/sources.ts';
import { always, errors } from '../http/openapi.ts';
import type { RouterShared } from './shared.ts';
import { idParam, noQuery } from './params.ts';

export function sourcesRouter({ db, sourceText }: ServerDeps, { api, cache }: RouterShared): Router {
  const r = Router();
  api.route(
    r,
    {
      method: 'get',
      path: '/sources',
      summary: 'The documents and reference files, with how many facts each supports',
      tags: ['sources'],
      query: noQuery('sources query'),
      cache,
      responses: { 200: { description: '{ sources }' }, ...always },
    },
    async (_req, res) => {
      res.json({ sources: await listSources(db) });
    },
  );
  api.route(
    r,
    {
      method: 'get',
      path: '/sources/:id',
      summary: 'One source: its text (documents) and the facts it supports',
      tags: ['sources'],
      params: { id: idParam('source id') },
      query: noQuery('source query'),
      cache,
      responses: { 200: { description: 'SourceDetails' }, ...errors },
    },
    async (_req, res, { param }) => {
      res.json(await getSource(db, param('id'), sourceText));
    },
  );
  return r;
}
