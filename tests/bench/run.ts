// `npm run bench [-- --quick] [-- --json] [-- --scales=1,100,1000] [-- --no-client]`
// Benchmarks, not tests: each scale gets its own local Neo4j under .bench/ (never the real graph).
// Prints a readable table; with --json, one JSON object on the last line of stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runConsoleQuery } from '../../server/graph/cypher-console.ts';
import { getGraph } from '../../server/graph/explore.ts';
import { importGraph, mergeDocs } from '../../server/graph/import-graph.ts';
import { getNodeDetails } from '../../server/graph/node-details.ts';
import { shortestPaths } from '../../server/graph/paths.ts';
import { search } from '../../server/graph/search.ts';
import { freePort } from '../../server/neo4j-local/free-port.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { loadSeed } from '../../server/seed/seed-files.ts';
import { closedLoop, round } from './measure.ts';
import { generateWorld, type World } from './synthetic-world.ts';
import { runClientBench, type ClientRow } from './client-render.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const noClient = args.includes('--no-client');
const scalesArg = args.find((a) => a.startsWith('--scales='));
const scales = scalesArg ? scalesArg.slice(9).split(',').map(Number) : quick ? [1, 100] : [1, 100, 1000];
const durationMs = quick ? 2000 : 6000;
const benchDir = path.join(projectRoot, '.bench');
const log = (s: string) => (asJson ? process.stderr.write(`${s}\n`) : console.log(s));

interface ApiRow { endpoint: string; scale: number; concurrency: number; rps: number; p50Ms: number; p95Ms: number; p99Ms: number; driverP95Ms: number; driverRps: number; errors: number }

function seedWorld(): World {
  const seed = loadSeed();
  if (seed.problems.length) throw new Error('seed invalid: run npm run seed:check');
  return mergeDocs(seed.docs.map((d) => d.doc)) as World;
}

export async function freshNeo4j(name: string, heapMb: number): Promise<LocalNeo4j> {
  const home = path.join(benchDir, name);
  fs.rmSync(home, { recursive: true, force: true });
  return startLocalNeo4j({ home, heapMb, pageCacheMb: Math.min(2048, Math.round(heapMb / 2)), log: () => undefined });
}

/** The project's loader, in chunks of at most 200k rows per transaction (the seed itself is one transaction). */
export async function loadWorld(db: GraphDb, world: World): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const chunk = 20000; // stays under the embedded Neo4j's 256 MB per-transaction memory cap
  await importGraph(db, { sources: world.sources, nodes: world.nodes, relationships: [] });
  for (let i = 0; i < world.relationships.length; i += chunk) {
    await importGraph(db, { sources: [], nodes: [], relationships: world.relationships.slice(i, i + chunk), existingLabels: new Map(world.nodes.map((n) => [n.id, n.label])) });
  }
  return { rows: world.nodes.length + world.relationships.length, ms: performance.now() - started };
}

/** The naive loader: one auto-committed statement per row. */
async function naiveLoad(db: GraphDb, world: World): Promise<{ rows: number; ms: number }> {
  const session = db.driver.session({ database: db.database });
  const started = performance.now();
  try {
    for (const s of world.sources) await session.run('MERGE (s:Source:Entity {id: $id}) SET s.title = $title', { id: s.id, title: s.title });
    for (const n of world.nodes) {
      const { label, id, ...props } = n;
      await session.run(`MERGE (n:\`${label}\`:Entity {id: $id}) SET n += $props`, { id, props });
    }
    for (const r of world.relationships) {
      const { type, from, to, ...props } = r;
      await session.run(`MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:\`${type}\` {key: $key}]->(b) SET r += $props`, { from, to, key: `${type}:${from}->${to}#${r.key ?? ''}`, props });
    }
  } finally {
    await session.close();
  }
  return { rows: world.nodes.length + world.relationships.length, ms: performance.now() - started };
}

function subset(world: World, nodes: number): World {
  const ns = world.nodes.slice(0, nodes);
  const ids = new Set(ns.map((n) => n.id));
  return { sources: world.sources, nodes: ns, relationships: world.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).slice(0, nodes * 2) };
}

export async function startAppProcess(uri: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'index.ts')], {
    env: { ...process.env, NEO4J_URI: uri, PORT: String(port), SEED_ON_START: 'never', CYPHER_RATE_LIMIT_PER_MIN: '0', GRAPH_MAX_NODES: '10000', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('is up at')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`app exited ${code}: ${out.slice(-2000)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** One HTTP request through undici (Node's fetch, keep-alive), failing on a non-2xx status. */
function httpCall(url: string, body?: object): () => Promise<unknown> {
  const init: RequestInit = body ? { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {};
  return async () => {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(String(res.status));
  };
}

async function main() {
  fs.mkdirSync(benchDir, { recursive: true });
  const scaleInfo: Record<string, { nodes: number; relationships: number; loadRowsPerSec: number }> = {};
  const api: ApiRow[] = [];
  let load = { rowsPerSec: 0, naiveRowsPerSec: 0, ratio: 0, rows: 0 };

  // Load throughput: batched vs naive on the same synthetic rows, each into an empty database
  // after a warm-up load of other rows (so neither pays the JVM's and planner's first-run costs).
  {
    const sample = subset(generateWorld(quick ? 20 : 40), quick ? 1700 : 3000);
    const warmup = subset(generateWorld(2, 7, 'warm'), 150);
    const measure = async (name: string, loader: (db: GraphDb, w: World) => Promise<{ rows: number; ms: number }>) => {
      const neo = await freshNeo4j(name, 1024);
      const db = new GraphDb({ uri: neo.uri, database: 'neo4j' });
      try {
        await applySchema(db);
        await loader(db, warmup);
        return await loader(db, sample);
      } finally {
        await db.close();
        await neo.stop();
      }
    };
    const batched = await measure('load-batched', loadWorld);
    const naive = await measure('load-naive', naiveLoad);
    load = { rows: batched.rows, rowsPerSec: round(batched.rows / (batched.ms / 1000)), naiveRowsPerSec: round(naive.rows / (naive.ms / 1000)), ratio: round(naive.ms / batched.ms) };
    log(`load: ${load.rows} rows; batched ${load.rowsPerSec} rows/s, naive ${load.naiveRowsPerSec} rows/s (x${load.ratio})`);
  }

  for (const scale of scales) {
    const world = scale === 1 ? seedWorld() : generateWorld(scale);
    const neo = await freshNeo4j(`scale-${scale}`, scale >= 1000 ? 4096 : 1536);
    const db = new GraphDb({ uri: neo.uri, database: 'neo4j', maxPoolSize: 100 });
    let app: { url: string; child: ChildProcess } | undefined;
    try {
      await applySchema(db);
      const loaded = await loadWorld(db, world);
      scaleInfo[`x${scale}`] = { nodes: world.nodes.length, relationships: world.relationships.length, loadRowsPerSec: round(loaded.rows / (loaded.ms / 1000)) };
      log(`scale x${scale}: ${world.nodes.length} nodes, ${world.relationships.length} relationships loaded in ${round(loaded.ms / 1000)} s`);
      // The response cache is off: this measures the API's own path against the driver's.
      app = await startAppProcess(neo.uri, { API_CACHE_ENTRIES: '0' });
      const hub = scale === 1 ? 'icac' : 'syn-a-0';
      const other = scale === 1 ? 'wco' : 'syn-o-0';
      const q = scale === 1 ? 'ICAC' : 'Synthetic Agency 12';
      const cypher = 'MATCH (a:Agency)-[:MEMBER_OF]->(o:Organisation) RETURN o.name AS organisation, count(a) AS members ORDER BY members DESC LIMIT 10';
      const limits = { timeoutMs: 10000, maxRows: 1000, maxQueryLength: 10000 };
      const endpoints: { endpoint: string; path: string; body?: object; direct: () => Promise<unknown> }[] = [
        { endpoint: '/api/graph', path: '/api/graph', direct: () => getGraph(db, { limit: 300 }) },
        { endpoint: '/api/nodes/:id', path: `/api/nodes/${hub}`, direct: () => getNodeDetails(db, hub) },
        { endpoint: '/api/search', path: `/api/search?q=${encodeURIComponent(q)}`, direct: () => search(db, q, 10) },
        { endpoint: '/api/paths', path: `/api/paths?from=${hub}&to=${other}&maxHops=4`, direct: () => shortestPaths(db, hub, other, 4) },
        { endpoint: '/api/cypher', path: '/api/cypher', body: { query: cypher }, direct: () => runConsoleQuery(db, cypher, {}, limits) },
      ];
      for (const e of endpoints) {
        for (const concurrency of [1, 32]) {
          const call = httpCall(app.url + e.path, e.body);
          await closedLoop(call, 2, 500); // warm-up
          await closedLoop(e.direct, 2, 500);
          const res = await closedLoop(call, concurrency, durationMs);
          const direct = await closedLoop(e.direct, concurrency, durationMs);
          const row: ApiRow = {
            endpoint: e.endpoint, scale, concurrency, rps: round(res.rps), p50Ms: round(res.p50Ms), p95Ms: round(res.p95Ms), p99Ms: round(res.p99Ms),
            driverP95Ms: round(direct.p95Ms), driverRps: round(direct.rps), errors: res.errors,
          };
          api.push(row);
          log(`  ${e.endpoint.padEnd(16)} x${scale} c=${String(concurrency).padEnd(2)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50Ms} ms  p95 ${row.p95Ms} ms  p99 ${row.p99Ms} ms | driver p95 ${row.driverP95Ms} ms, ${row.driverRps} req/s${row.errors ? `  (${row.errors} errors, first: ${res.firstError})` : ''}${direct.errors ? `  (driver: ${direct.errors} errors, first: ${direct.firstError})` : ''}`);
        }
      }
    } finally {
      app?.child.kill('SIGTERM');
      await db.close();
      await neo.stop();
    }
  }

  let client: ClientRow[] = [];
  if (!noClient) client = await runClientBench({ quick, log, startApp: startAppProcess, freshNeo4j, loadWorld });

  const result = { scale: scaleInfo, load, api, client };
  if (!asJson) {
    console.log('\nAPI (closed-loop HTTP client, keep-alive; driver = the same repository call straight through the driver, in-process)');
    console.table(api.map((r) => ({ endpoint: r.endpoint, scale: r.scale, c: r.concurrency, rps: r.rps, p50: r.p50Ms, p95: r.p95Ms, p99: r.p99Ms, driverP95: r.driverP95Ms, ratio: round(r.p95Ms / r.driverP95Ms, 2) })));
    if (client.length) console.table(client);
  }
  if (asJson) console.log(JSON.stringify(result));
  fs.rmSync(benchDir, { recursive: true, force: true });
}

await main();
process.exit(0);
