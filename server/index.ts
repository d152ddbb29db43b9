// `npm start`: runs Cooperation Atlas until Ctrl-C / SIGTERM, then stops the server and the
// embedded Neo4j (no orphan JVMs).
import { ConfigError, loadConfig, type Config } from './config.ts';
import { startAtlas } from './start.ts';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(2);
}

try {
  const atlas = await startAtlas(config);
  console.log(
    `[app] Cooperation Atlas is up at ${atlas.url} (Neo4j ${(atlas.timings.neo4jMs / 1000).toFixed(1)} s, whole start ${(atlas.timings.totalMs / 1000).toFixed(1)} s). Ctrl-C stops it.`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[app] ${signal}: stopping ...`);
    const force = setTimeout(() => process.exit(1), 40000);
    force.unref();
    atlas.stop().then(
      () => {
        console.log('[app] stopped');
        process.exit(0);
      },
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
} catch (err) {
  console.error(`[app] could not start: ${(err as Error).message}`);
  process.exit(1);
}
