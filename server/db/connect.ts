// Opens the graph database the configuration asks for: the project's own embedded Neo4j
// (started here, data under DATA_DIR) or an external server/cluster given by NEO4J_URI.
import path from 'node:path';
import type { Config } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/process.ts';
import { GraphDb } from './graph-db.ts';

export interface OpenDatabase {
  db: GraphDb;
  mode: 'embedded' | 'external';
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export async function waitForBolt(db: GraphDb, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Neo4j at ${db.uri} did not answer within ${timeoutMs / 1000} s: ${(lastError as Error)?.message}`);
}

export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  if (config.NEO4J_URI) {
    const db = new GraphDb({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    });
    await waitForBolt(db);
    log(`[neo4j] using external Neo4j at ${config.NEO4J_URI} (database "${config.NEO4J_DATABASE}")`);
    return { db, mode: 'external', close: () => db.close() };
  }
  const home = path.join(config.DATA_DIR, 'neo4j');
  log(`[neo4j] starting the embedded Neo4j Community (data in ${home}) ...`);
  const options = { home, heapMb: config.NEO4J_HEAP_MB, pageCacheMb: config.NEO4J_PAGECACHE_MB, jvmOptions: config.neo4jJvmOptions, log };
  let local = await startLocalNeo4j(options);
  const db = new GraphDb({
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: config.NEO4J_DATABASE,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  });
  await waitForBolt(db);
  log(
    `[neo4j] up in ${(local.startMs / 1000).toFixed(1)} s at ${local.uri} (loopback only; user neo4j, password in ${local.passwordFile}, owner-only).`,
  );
  log(`[neo4j] connect other tools: cypher-shell -a ${local.uri} -u neo4j -p "$(cat ${local.passwordFile})"`);

  // Supervision: if the JVM dies while the app runs, requests answer 503 and Neo4j is started
  // again on the same port and data folder; the driver reconnects by itself.
  let closing = false;
  const supervise = (instance: LocalNeo4j) => {
    void instance.exited.then(async (code) => {
      if (closing) return;
      log(`[neo4j] the embedded Neo4j exited unexpectedly (code ${code}); restarting it ...`);
      for (let attempt = 1; !closing; attempt++) {
        await new Promise((r) => setTimeout(r, Math.min(1000 * attempt, 10000)));
        if (closing) return;
        try {
          local = await startLocalNeo4j({ ...options, port: instance.port });
          if (closing) return void (await local.stop());
          log(`[neo4j] back up after ${attempt} attempt(s)`);
          supervise(local);
          return;
        } catch (err) {
          log(`[neo4j] restart attempt ${attempt} failed: ${(err as Error).message.split('\n')[0]}`);
        }
      }
    });
  };
  supervise(local);
  return {
    db,
    mode: 'embedded',
    get local() {
      return local;
    },
    async close() {
      closing = true;
      await db.close().catch(() => undefined);
      await local.stop();
    },
  };
}
