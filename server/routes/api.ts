// The JSON API. Routes are adapters: validate input (zod), call a graph/ function, send JSON.
import { Router } from 'express';
import { z } from 'zod';
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
import { listParam, parseInput } from '../http/validate.ts';
import { NODE_LABEL_NAMES, PARTIAL_DATE_RE, REL_TYPE_NAMES } from '../model/model.ts';
import { idSchema } from '../model/records.ts';
import { presenterRouter } from './presenter.ts';
import { queriesRouter } from './queries.ts';

export interface ApiDeps {
  config: Config;
  db: GraphDb;
  mode: 'embedded' | 'external';
  version: string;
}

const date = z.string().regex(PARTIAL_DATE_RE, 'must be an ISO date, possibly partial (2024, 2024-05, 2024-05-13)');
const labelList = z.array(z.enum(NODE_LABEL_NAMES as [string, ...string[]], { message: `unknown label; known: ${NODE_LABEL_NAMES.join(', ')}` })).max(20);
const typeList = z.array(z.enum(REL_TYPE_NAMES as [string, ...string[]], { message: `unknown relationship type; known: ${REL_TYPE_NAMES.join(', ')}` })).max(30);
const singleString = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export function apiRouter({ config, db, mode, version }: ApiDeps): Router {
  const r = Router();
  // One console per app: it owns the concurrency slots shared by free and curated queries.
  const cypher: CypherConsole = createCypherConsole(db, config);

  r.get('/health', async (_req, res) => {
    const health = await getHealth(db, mode, version, { graphMaxNodes: config.GRAPH_MAX_NODES, cypherMaxRows: config.CYPHER_MAX_ROWS, cypherTimeoutMs: config.CYPHER_TIMEOUT_MS, cypherMaxQueryLength: config.CYPHER_MAX_QUERY_LENGTH });
    res.status(health.neo4j.status === 'up' ? 200 : 503).json(health);
  });

  r.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(version));
  });

  r.get('/graph', async (req, res) => {
    const q = parseInput(
      z.object({
        labels: labelList.optional(),
        types: typeList.optional(),
        from: date.optional(),
        to: date.optional(),
        limit: z.coerce.number().int().min(1).max(config.GRAPH_MAX_NODES).default(Math.min(300, config.GRAPH_MAX_NODES)),
        around: z.array(idSchema).max(200).optional(),
        includeReference: bool.optional(),
      }).refine((v) => !v.from || !v.to || v.from <= v.to, { message: '"from" must not be after "to"', path: ['from'] }),
      { ...req.query, labels: listParam(req.query.labels), types: listParam(req.query.types), around: listParam(req.query.around) },
      'graph query',
    );
    res.json(await getGraph(db, q));
  });

  r.get('/nodes/:id', async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'node id');
    res.json(await getNodeDetails(db, id));
  });

  r.get('/search', async (req, res) => {
    const q = parseInput(
      z.object({
        q: singleString(200).trim().min(1, 'type at least one character'),
        limit: z.coerce.number().int().min(1).max(50).default(10),
        labels: labelList.optional(),
      }),
      { ...req.query, labels: listParam(req.query.labels) },
      'search',
    );
    res.json({ query: q.q, hits: await search(db, q.q, q.limit, q.labels) });
  });

  r.get('/paths', async (req, res) => {
    const q = parseInput(
      z.object({
        from: idSchema,
        to: idSchema,
        maxHops: z.coerce.number().int().min(1).max(MAX_HOPS).default(4),
        types: typeList.optional(),
      }),
      { ...req.query, types: listParam(req.query.types) },
      'paths query',
    );
    res.json(await shortestPaths(db, q.from, q.to, q.maxHops, q.types));
  });

  r.get('/sources', async (_req, res) => {
    res.json({ sources: await listSources(db) });
  });

  r.get('/sources/:id', async (req, res) => {
    const id = parseInput(idSchema, req.params.id, 'source id');
    res.json(await getSource(db, id));
  });

  r.get('/schema', async (_req, res) => {
    res.json(await getSchemaInfo(db));
  });

  r.post('/cypher', rateLimit(config.CYPHER_RATE_LIMIT_PER_MIN, 'Cypher console'), async (req, res) => {
    const body = parseInput(
      z.object({
        query: z.string({ message: 'must be a string' }),
        params: z.record(z.string(), z.unknown()).default({}),
      }).strict(),
      req.body,
      'Cypher request',
    );
    res.json(await cypher.run(body.query, body.params, { client: req.ip ?? 'unknown' }));
  });

  r.post('/import', requireAdmin(config.ADMIN_TOKEN), async (req, res) => {
    res.json(await importRequest(db, req.body));
  });

  r.use(presenterRouter({ config, db, mode, version }));
  r.use(queriesRouter({ config, db, mode, version }, cypher));
  r.use((req, _res, next) => next(notFound(`No API endpoint ${req.method} ${req.baseUrl}${req.path}. See /api/openapi.json.`)));
  return r;
}
