// The JSON API. Routes are adapters: validate input (zod), call a graph/ function, send JSON.
import { Router } from 'express';
import { z } from 'zod';
import type { RequestHandler } from 'express';
import type { Config } from '../config.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { createCypherConsole, type CypherConsole } from '../graph/cypher-console.ts';
import { getGraph } from '../graph/explore.ts';
import { getHealth } from '../graph/health.ts';
import { importRequest } from '../graph/import-request.ts';
import { getNodeDetails } from '../graph/node-details.ts';
import { MAX_HOPS, shortestPaths } from '../graph/paths.ts';
import { getSchemaInfo } from '../graph/schema-info.ts';
import { search } from '../graph/search.ts';
import { getSource, listSources } from '../graph/sources.ts';
import { requireAdmin } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { openApiDocument } from '../http/openapi.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { responseCache } from '../http/response-cache.ts';
import { boolParam, intParam, listOf, noQuery, parseInput, partialDateParam, stringParam, validQuery } from '../http/validate.ts';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../model/model.ts';
import { idSchema } from '../model/records.ts';
import { presenterRouter } from './presenter.ts';
import { queriesRouter } from './queries.ts';

export interface ApiDeps {
  config: Config;
  db: GraphDb;
  mode: 'embedded' | 'external';
  version: string;
  /** Where warnings go (the app's log). */
  log?: (line: string) => void;
}

/** What the API's routers share: the response cache (one LRU for every GET) and the console's rate limit. */
export interface ApiShared {
  /** The GET response cache; mount it after the route's query validation. */
  cache: RequestHandler;
  /** One budget per client for the console and curated runs together (CYPHER_RATE_LIMIT_PER_MIN). */
  cypherLimit: RequestHandler;
}

const labelList = listOf(
  z.enum(NODE_LABEL_NAMES as [string, ...string[]], { message: `unknown label; known: ${NODE_LABEL_NAMES.join(', ')}` }),
  20,
);
const typeList = listOf(
  z.enum(REL_TYPE_NAMES as [string, ...string[]], { message: `unknown relationship type; known: ${REL_TYPE_NAMES.join(', ')}` }),
  30,
);
const idList = (max: number) => listOf(idSchema, max);

export function apiRouter(deps: ApiDeps): Router {
  const { config, db, mode, version, log = console.error } = deps;
  const r = Router();
  // One console per app: it owns the concurrency slots shared by free and curated queries.
  const cypher: CypherConsole = createCypherConsole(db, config);
  const cache = responseCache(config.API_CACHE_ENTRIES, config.API_CACHE_TTL_MS);
  // One limiter instance per budget: the console and curated runs share one; heavy GETs have theirs.
  const cypherLimit = rateLimit(config.CYPHER_RATE_LIMIT_PER_MIN, 'Cypher console', log);
  const heavyLimit = rateLimit(config.GRAPH_RATE_LIMIT_PER_MIN, 'graph and path', log);
  const shared: ApiShared = { cache, cypherLimit };

  const graphQuery = validQuery(
    z.object({
      labels: labelList,
      types: typeList,
      from: partialDateParam.optional(),
      to: partialDateParam.optional(),
      limit: intParam(1, config.GRAPH_MAX_NODES, Math.min(300, config.GRAPH_MAX_NODES)),
      around: idList(200),
      includeReference: boolParam.optional(),
    }),
    'graph query',
    (v) => (v.from && v.to && v.from > v.to ? { field: 'from', message: '"from" must not be after "to"' } : undefined),
  );
  const searchQuery = validQuery(
    z.object({
      q: stringParam(200).trim().min(1, 'type at least one character'),
      limit: intParam(1, 50, 10),
      labels: labelList,
    }),
    'search',
  );
  const pathsQuery = validQuery(
    z.object({
      from: z.string({ message: 'must be given once, as a node id' }).pipe(idSchema),
      to: z.string({ message: 'must be given once, as a node id' }).pipe(idSchema),
      maxHops: intParam(1, MAX_HOPS, 4),
      types: typeList,
    }),
    'paths query',
  );

  r.get('/health', noQuery('health query'), async (_req, res) => {
    const health = await getHealth(db, mode, version, {
      graphMaxNodes: config.GRAPH_MAX_NODES,
      cypherMaxRows: config.CYPHER_MAX_ROWS,
      cypherTimeoutMs: config.CYPHER_TIMEOUT_MS,
      cypherMaxQueryLength: config.CYPHER_MAX_QUERY_LENGTH,
    });
    res.status(health.neo4j.status === 'up' ? 200 : 503).json(health);
  });

  r.get('/openapi.json', noQuery('OpenAPI query'), cache, (_req, res) => {
    res.json(openApiDocument(version));
  });

  r.get('/graph', heavyLimit, graphQuery, cache, async (_req, res) => {
    res.json(await getGraph(db, graphQuery.of(res)));
  });

  r.get('/nodes/:id', noQuery('node query'), cache, async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'node id');
    res.json(await getNodeDetails(db, id));
  });

  r.get('/search', searchQuery, cache, async (_req, res) => {
    const q = searchQuery.of(res);
    res.json({ query: q.q, hits: await search(db, q.q, q.limit, q.labels) });
  });

  r.get('/paths', heavyLimit, pathsQuery, cache, async (_req, res) => {
    const q = pathsQuery.of(res);
    res.json(await shortestPaths(db, q.from, q.to, q.maxHops, q.types));
  });

  r.get('/sources', noQuery('sources query'), cache, async (_req, res) => {
    res.json({ sources: await listSources(db) });
  });

  r.get('/sources/:id', noQuery('source query'), cache, async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'source id');
    res.json(await getSource(db, id));
  });

  r.get('/schema', noQuery('schema query'), cache, async (_req, res) => {
    res.json(await getSchemaInfo(db));
  });

  r.post('/cypher', cypherLimit, async (req, res) => {
    const body = parseInput(
      z
        .object({
          query: z.string({ message: 'must be a string' }),
          params: z.record(z.string(), z.unknown()).default({}),
        })
        .strict(),
      req.body,
      'Cypher request',
    );
    res.json(await cypher.run(body.query, body.params, { client: req.ip ?? 'unknown' }));
  });

  r.post('/import', requireAdmin(config.ADMIN_TOKEN), async (req, res) => {
    res.json(await importRequest(db, req.body));
  });

  r.use(presenterRouter(deps, shared));
  r.use(queriesRouter(deps, shared, cypher));
  r.use((req, _res, next) => next(notFound(`No API endpoint ${req.method} ${req.baseUrl}${req.path}. See /api/openapi.json.`)));
  return r;
}
