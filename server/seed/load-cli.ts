// `npm run seed`: loads the seed into the configured database (the embedded one is started and
// stopped around the load). One transaction: all or nothing; a second run changes no counts.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { countGraph, loadSeedIntoDb } from './load-seed.ts';

const config = loadConfig();
const open = await openDatabase(config);
let code = 0;
try {
  await applySchema(open.db);
  const before = await countGraph(open.db);
  const started = Date.now();
  const stats = await loadSeedIntoDb(open.db, (m) => console.log(`[seed] ${m}`));
  const after = await countGraph(open.db);
  console.log(`[seed] loaded in ${Date.now() - started} ms: ${stats.sources} sources, ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.mentions} mentions`);
  console.log(`[seed] created ${stats.nodesCreated} nodes and ${stats.relationshipsCreated} relationships; graph now ${after.nodes} nodes (${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes}), ${after.relationships} relationships (${after.relationships - before.relationships >= 0 ? '+' : ''}${after.relationships - before.relationships})`);
} catch (err) {
  console.error(`[seed] ${(err as Error).message}`);
  code = 1;
} finally {
  await open.close();
}
process.exit(code);
