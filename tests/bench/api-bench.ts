// API latency and throughput at one scale: each endpoint under autocannon at concurrency 1 and 32
// (keep-alive, response cache off, console rate limit off), and beside it the same repository
// call (the same Cypher and the same result mapping) straight through the driver in this
// process, with the same closed-loop concurrency and the same number of calls: the API's
// overhead is p95 / driver p95.
import type { GraphDb } from '../../server/db/graph-db.ts';
import { createCypherConsole } from '../../server/graph/cypher-console.ts';
import { getGraph } from '../../server/graph/explore.ts';
import { getNodeDetails } from '../../server/graph/node-details.ts';
import { shortestPaths } from '../../server/graph/paths.ts';
import { search } from '../../server/graph/search.ts';
import { baseQuery } from '../../client/src/lib/filters.ts';
import { defaultViewState } from '../../client/src/lib/view-state.ts';
import { httpLoad } from './http-load.ts';
import { closedLoop, round } from './measure.ts';

export interface ApiRow {
  endpoint: string;
  scale: number;
  concurrency: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  driverP95Ms: number;
  driverRps: number;
  errors: number;
}

/** A typical analyst query: the organisations with the most agency members. */
export const ANALYST_QUERY =
  'MATCH (a:Agency)-[:MEMBER_OF]->(o:Organisation) RETURN o.name AS organisation, count(a) AS members ORDER BY members DESC LIMIT 10';

export interface ApiBenchTarget {
  scale: number;
  db: GraphDb;
  appUrl: string;
  /** A well-connected agency, an organisation and a search text that exist at this scale. */
  hub: string;
  other: string;
  q: string;
}

export const CONCURRENCIES = [1, 32];

export async function runApiBench(
  t: ApiBenchTarget,
  opts: { durationMs: number; minPerWorker: number; log: (s: string) => void },
): Promise<ApiRow[]> {
  const view = defaultViewState();
  // The same guards as the app's console, with room for the benchmark's 32 connections.
  const cypher = createCypherConsole(t.db, {
    timeoutMs: 10000,
    maxRows: 1000,
    maxQueryLength: 10000,
    maxResponseBytes: 4 << 20,
    maxParamsBytes: 65536,
    maxNesting: 32,
    maxConcurrent: 64,
    maxConcurrentPerClient: 64,
  });
  const endpoints: { endpoint: string; path: string; body?: object; direct: () => Promise<unknown> }[] = [
    // The explorer's default view, exactly as the client asks for it.
    { endpoint: '/api/graph', path: baseQuery(view)!, direct: () => getGraph(t.db, { labels: view.labels, limit: view.limit }) },
    { endpoint: '/api/nodes/:id', path: `/api/nodes/${t.hub}`, direct: () => getNodeDetails(t.db, t.hub) },
    { endpoint: '/api/search', path: `/api/search?q=${encodeURIComponent(t.q)}`, direct: () => search(t.db, t.q, 10) },
    {
      endpoint: '/api/paths',
      path: `/api/paths?from=${t.hub}&to=${t.other}&maxHops=4`,
      direct: () => shortestPaths(t.db, t.hub, t.other, 4),
    },
    {
      endpoint: '/api/cypher',
      path: '/api/cypher',
      body: { query: ANALYST_QUERY },
      direct: () => cypher.run(ANALYST_QUERY, {}, { client: 'bench' }),
    },
  ];
  const rows: ApiRow[] = [];
  for (const e of endpoints) {
    const url = t.appUrl + e.path;
    // Warm-up: both paths, so the plans are cached and the JIT has seen the code.
    await httpLoad(url, { connections: 4, durationMs: Math.min(1000, opts.durationMs / 2), body: e.body });
    await closedLoop(e.direct, 4, Math.min(1000, opts.durationMs / 2));
    for (const concurrency of CONCURRENCIES) {
      // The driver first, for the duration and at least minPerWorker calls per worker; then the API with
      // exactly as many requests, every one answered: the same work on both sides.
      const direct = await closedLoop(e.direct, concurrency, opts.durationMs, opts.minPerWorker);
      const http = await httpLoad(url, { connections: concurrency, durationMs: opts.durationMs, amount: direct.requests, body: e.body });
      const row: ApiRow = {
        endpoint: e.endpoint,
        scale: t.scale,
        concurrency,
        rps: round(http.rps),
        p50Ms: round(http.p50Ms),
        p95Ms: round(http.p95Ms),
        p99Ms: round(http.p99Ms),
        driverP95Ms: round(direct.p95Ms),
        driverRps: round(direct.rps),
        errors: http.errors + direct.errors,
      };
      rows.push(row);
      opts.log(
        `  ${e.endpoint.padEnd(15)} x${t.scale} c=${String(concurrency).padEnd(2)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50Ms}  p95 ${row.p95Ms}  p99 ${row.p99Ms} ms | driver p95 ${row.driverP95Ms} ms, ${row.driverRps} req/s | x${round(row.p95Ms / row.driverP95Ms, 2)}` +
          `${http.errors ? `  (HTTP: ${http.firstError})` : ''}${direct.errors ? `  (driver: ${direct.errors} errors, first: ${direct.firstError})` : ''}`,
      );
    }
  }
  return rows;
}
