// Starts the whole app: database (embedded or external), schema, seed when empty, HTTP server.
// Returns a handle that stops everything; used by index.ts and by the tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/connect.ts';
import { applySchema } from './db/schema.ts';
import { createGraphEvents } from './events.ts';
import { getGraph } from './graph/explore.ts';
import { listen } from './http/listen.ts';
import { countGraph, loadSeedIntoDb } from './seed/load-seed.ts';
import { readSourceText } from './seed/seed-files.ts';
import { loadStories } from './seed/story-files.ts';

export interface RunningAtlas {
  url: string;
  port: number;
  database: OpenDatabase;
  timings: { neo4jMs: number; seedMs: number; totalMs: number };
  stop(): Promise<void>;
}

export async function startAtlas(config: Config, log: (line: string) => void = console.log): Promise<RunningAtlas> {
  const t0 = Date.now();
  const database = await openDatabase(config, log);
  const neo4jMs = Date.now() - t0;
  let server: Server | undefined;
  // One signal for every write of this process's app, the start-up seed load included.
  const graphEvents = createGraphEvents();
  try {
    await applySchema(database.db);
    const t1 = Date.now();
    const counts = await countGraph(database.db);
    const empty = counts.nodes === 0;
    if (config.SEED_ON_START === 'always' || (config.SEED_ON_START === 'if-empty' && empty)) {
      log(`[seed] ${empty ? 'the database is empty: ' : ''}loading the seed ...`);
      const stats = await loadSeedIntoDb(database.db, { onGraphChanged: graphEvents.changed });
      log(
        `[seed] loaded ${stats.sources} sources, ${stats.nodes} nodes, ${stats.relationships} relationships (+${stats.mentions} mentions) in ${Date.now() - t1} ms`,
      );
    } else {
      log(
        `[seed] database has ${counts.nodes} nodes and ${counts.relationships} relationships; not reloading (SEED_ON_START=${config.SEED_ON_START}; npm run seed reloads)`,
      );
    }
    const seedMs = Date.now() - t1;
    // Warm-up: the first query after a start pays Neo4j's planning and JIT costs; pay them here,
    // not on the first user's first view.
    const tw = Date.now();
    await getGraph(database.db, { limit: Math.min(300, config.GRAPH_MAX_NODES) }).catch(() => undefined);
    log(`[app] warm-up query in ${Date.now() - tw} ms`);
    const app = createApp({
      config,
      db: database.db,
      mode: database.mode,
      graphEvents,
      // Stories and document texts are the seed folder's, read when asked (edits show without a restart).
      stories: () => loadStories(),
      sourceText: (file) => readSourceText(file),
    });
    server = await listen(app, config.PORT, config.HOST).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'EADDRINUSE'
        ? new Error(`Port ${config.PORT} on ${config.HOST} is in use. Set PORT to a free port (PORT=0 picks one).`)
        : err;
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
    const srv = server;
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      database,
      timings: { neo4jMs, seedMs, totalMs: Date.now() - t0 },
      stop() {
        stopping ??= (async () => {
          await new Promise<void>((resolve) => {
            srv.close(() => resolve());
            srv.closeAllConnections?.();
          });
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    server?.close();
    await database.close();
    throw err;
  }
}
