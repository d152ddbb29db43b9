// The JSON API, mounted in one place: every router by resource, each built from the app's
// ServerDeps and what the routers share (shared.ts); then the JSON 404 for any other /api path.
// Routes are adapters: validate input (zod), call a graph/ function, send JSON. No router imports
// another; the GET response cache is named per route, after its query's validation.
import { Router, type Express } from 'express';
import type { ServerDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { authenticate } from '../http/auth.ts';
import { accountsRouter } from './accounts.ts';
import { sessionRouter } from './session.ts';
import { auditRouter } from './audit.ts';
import { commonRouter } from './common.ts';
import { consoleRouter } from './console.ts';
import { graphRouter } from './graph.ts';
import { growthRouter } from './growth.ts';
import { exportRouter } from './export.ts';
import { healthRouter } from './health.ts';
import { importRouter } from './import.ts';
import { nodeRefsRouter } from './node-refs.ts';
import { nodesRouter } from './nodes.ts';
import { openApiRouter } from './openapi.ts';
import { pathsRouter } from './paths.ts';
import { queriesRouter } from './queries.ts';
import { schemaRouter } from './schema.ts';
import { searchRouter } from './search.ts';
import { createRouterShared, type RouterShared } from './shared.ts';
import { sourcesRouter } from './sources.ts';
import { storiesRouter } from './stories.ts';

export const API_BASE = '/api';

const ROUTERS: ((deps: ServerDeps, shared: RouterShared) => Router)[] = [
  healthRouter,
  openApiRouter,
  graphRouter,
  nodesRouter,
  nodeRefsRouter,
  searchRouter,
  pathsRouter,
  commonRouter,
  sourcesRouter,
  schemaRouter,
  consoleRouter,
  importRouter,
  exportRouter,
  sessionRouter,
  accountsRouter,
  auditRouter,
  growthRouter,
  storiesRouter,
  (deps, shared) => queriesRouter(deps, shared),
];

/** Mounts the API at /api on `app`; returns what the routers share (its `api` lists every route). */
export function mountApi(app: Express, deps: ServerDeps): RouterShared {
  const shared = createRouterShared(deps, API_BASE);
  const api = Router();
  // Who is asking (session cookie or Bearer token), before every route; `requireRole` decides.
  api.use(authenticate({ adminToken: deps.config.ADMIN_TOKEN, accounts: shared.accounts, sessions: shared.sessions }));
  for (const router of ROUTERS) api.use(router(deps, shared));
  api.use((req, _res, next) => next(notFound(`No API endpoint ${req.method} ${req.baseUrl}${req.path}. See /api/openapi.json.`)));
  app.use(API_BASE, api);
  return shared;
}
