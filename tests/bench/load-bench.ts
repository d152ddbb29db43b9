// Load throughput: the project's loader (batched UNWIND ... MERGE in one transaction per chunk)
// against a naive loader (one auto-committed statement per row), on the same synthetic rows, in
// the same Neo4j, each starting from an empty graph after warm-up loads of other rows (so neither
// pays the JVM's JIT and the planner's first-run costs). The two results are checked to be the
// same graph (node and relationship counts).
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { freshNeo4j, loadWorld } from './bench-env.ts';
import { round } from './measure.ts';
import { generateWorld, type World } from './synthetic-world.ts';

export interface LoadFigures {
  rows: number;
  rowsPerSec: number;
  naiveRowsPerSec: number;
  /** How many times faster the batched loader is. */
  ratio: number;
}

/** The naive loader: one auto-committed statement per row (what a first script usually does). */
export async function naiveLoad(db: GraphDb, world: World): Promise<{ rows: number; ms: number }> {
  const session = db.driver.session({ database: db.database });
  const started = performance.now();
  try {
    for (const s of world.sources)
      await session.run('MERGE (s:Source:Entity {id: $id}) SET s.title = $title', { id: s.id, title: s.title });
    for (const n of world.nodes) {
      const { label, id, ...props } = n;
      await session.run(`MERGE (n:\`${label}\`:Entity {id: $id}) SET n += $props`, { id, props });
      for (const source of n.sources) {
        await session.run(
          'MATCH (s:Source {id: $source}) MATCH (n:Entity {id: $id}) MERGE (s)-[r:MENTIONS {key: $key}]->(n) SET r.sources = [$source], r.derived = true',
          { source, id, key: `MENTIONS:${source}->${id}` },
        );
      }
    }
    for (const r of world.relationships) {
      const { type, from, to, ...props } = r;
      const key = `${type}:${from}->${to}#${r.key ?? ''}`;
      await session.run(
        `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:\`${type}\` {key: $key}]->(b) SET r += $props`,
        { from, to, key, props: { ...props, key } },
      );
    }
  } finally {
    await session.close();
  }
  return { rows: world.nodes.length + world.relationships.length, ms: performance.now() - started };
}

/** The first `nodes` nodes of a world and up to twice as many relationships among them. */
export function subset(world: World, nodes: number): World {
  const ns = world.nodes.slice(0, nodes);
  const ids = new Set(ns.map((n) => n.id));
  return {
    sources: world.sources,
    nodes: ns,
    relationships: world.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).slice(0, nodes * 2),
  };
}

async function wipe(db: GraphDb) {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function counts(db: GraphDb): Promise<string> {
  const res = await db.read('MATCH (n) WHERE NOT n:ImportLock WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS rels');
  return `${res.records[0].get('nodes')} nodes, ${res.records[0].get('rels')} relationships`;
}

export async function runLoadBench({ quick, log }: { quick: boolean; log: (s: string) => void }): Promise<LoadFigures> {
  const neo = await freshNeo4j('load', 2048);
  const db = new GraphDb({ uri: neo.uri, user: neo.user, password: neo.password, database: 'neo4j' });
  try {
    await applySchema(db);
    // Warm-up on other rows: a few batched loads and a naive one, then an empty graph again.
    const t0 = performance.now();
    for (let i = 0; i < (quick ? 1 : 3); i++) await loadWorld(db, generateWorld(5, 100 + i, `warm${i}`));
    await naiveLoad(db, subset(generateWorld(5, 200, 'warmn'), quick ? 150 : 300));
    await wipe(db);
    log(`load: warm-up ${round((performance.now() - t0) / 1000)} s`);

    const sample = subset(generateWorld(20), quick ? 600 : 2500);
    const batched = await loadWorld(db, sample);
    const afterBatched = await counts(db);
    await wipe(db);
    const naive = await naiveLoad(db, sample);
    const afterNaive = await counts(db);
    if (afterBatched !== afterNaive) throw new Error(`the loaders disagree: batched made ${afterBatched}, naive ${afterNaive}`);
    const figures = {
      rows: batched.rows,
      rowsPerSec: round(batched.rows / (batched.ms / 1000)),
      naiveRowsPerSec: round(naive.rows / (naive.ms / 1000)),
      ratio: round(naive.ms / batched.ms),
    };
    log(
      `load: ${figures.rows} rows (${afterBatched} with MENTIONS); batched ${figures.rowsPerSec} rows/s in ${round(batched.ms)} ms, naive ${figures.naiveRowsPerSec} rows/s in ${round(naive.ms)} ms: x${figures.ratio}`,
    );
    return figures;
  } finally {
    await db.close();
    await neo.stop();
  }
}
