// What every benchmark needs: its own local Neo4j under .bench/ (never the real graph's folder),
// the app as a separate process against it, and the project's loader for synthetic worlds.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { importGraph, mergeDocs } from '../../server/graph/import-graph.ts';
import { freePort } from '../../server/neo4j-local/free-port.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { loadSeed } from '../../server/seed/seed-files.ts';
import type { World } from './synthetic-world.ts';

export const benchDir = path.join(projectRoot, '.bench');

/** The real seed (curated + reference), as one world: scale x1. */
export function seedWorld(): World {
  const seed = loadSeed();
  if (seed.problems.length) throw new Error('seed invalid: run npm run seed:check');
  return mergeDocs(seed.docs.map((d) => d.doc)) as World;
}

/** A new, empty Neo4j in .bench/<name> (wiped first). */
export async function freshNeo4j(name: string, heapMb: number): Promise<LocalNeo4j> {
  const home = path.join(benchDir, name);
  fs.rmSync(home, { recursive: true, force: true });
  return startLocalNeo4j({ home, heapMb, pageCacheMb: Math.min(2048, Math.round(heapMb / 2)), log: () => undefined });
}

/** Rows per load transaction: the embedded Neo4j caps a transaction at 256 MB. */
export const LOAD_CHUNK = 20000;

/** The project's loader (batched UNWIND ... MERGE): nodes, then relationships, in transactions of LOAD_CHUNK rows. */
export async function loadWorld(db: GraphDb, world: World): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  for (let i = 0; i < Math.max(1, world.nodes.length); i += LOAD_CHUNK) {
    await importGraph(db, {
      sources: i === 0 ? world.sources : [],
      nodes: world.nodes.slice(i, i + LOAD_CHUNK),
      relationships: [],
      existingLabels: new Map(world.sources.map((s) => [s.id, 'Source'])),
    });
  }
  const existingLabels = new Map(world.nodes.map((n) => [n.id, n.label]));
  for (let i = 0; i < world.relationships.length; i += LOAD_CHUNK) {
    await importGraph(db, { sources: [], nodes: [], relationships: world.relationships.slice(i, i + LOAD_CHUNK), existingLabels });
  }
  return { rows: world.nodes.length + world.relationships.length, ms: performance.now() - started };
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface Neo4jAddress {
  uri: string;
  user?: string;
  password?: string;
}

/** Starts `server/index.ts` against `neo` on a free port (no seeding, console and GET rate limits off). */
export async function startAppProcess(neo: Neo4jAddress, extraEnv: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'index.ts')], {
    env: {
      ...process.env,
      NEO4J_URI: neo.uri,
      NEO4J_USER: neo.user ?? '',
      NEO4J_PASSWORD: neo.password ?? '',
      PORT: String(port),
      SEED_ON_START: 'never',
      CYPHER_RATE_LIMIT_PER_MIN: '0',
      GRAPH_RATE_LIMIT_PER_MIN: '0',
      CYPHER_MAX_CONCURRENT: '64',
      CYPHER_MAX_CONCURRENT_PER_CLIENT: '64',
      GRAPH_MAX_NODES: '10000',
      ...extraEnv,
    },
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
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
