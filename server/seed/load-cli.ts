// `npm run seed`: loads the seed into the configured database (the embedded one is started and
// stopped around the load). `npm run seed -- --file doc.json` loads one document in the seed
// format instead (validated like POST /api/import). One transaction: all or nothing; a second
// run changes no counts.
import fs from 'node:fs';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { importRequest } from '../graph/import-request.ts';
import { AppError } from '../errors.ts';
import { formatProblems, type Problem } from '../model/validate.ts';
import { countGraph, loadSeedIntoDb } from './load-seed.ts';

const fileArg = process.argv.indexOf('--file');
const file = fileArg >= 0 ? process.argv[fileArg + 1] : undefined;
const config = loadConfig();
const open = await openDatabase(config);
let code = 0;
try {
  await applySchema(open.db);
  const before = await countGraph(open.db);
  const started = Date.now();
  if (file) {
    const body = JSON.parse(fs.readFileSync(file, 'utf8'));
    console.log(`[seed] loading ${file} ...`);
    const res = await importRequest(open.db, body, { actor: 'npm run seed -- --file' });
    console.log(`[seed] ${file}: ${res.counts.nodes} nodes, ${res.counts.relationships} relationships; created ${res.changes.nodesCreated} nodes, ${res.changes.relationshipsCreated} relationships`);
  } else {
    const stats = await loadSeedIntoDb(open.db, { progress: (m) => console.log(`[seed] ${m}`) });
    console.log(`[seed] ${stats.sources} sources, ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.mentions} mentions; created ${stats.nodesCreated} nodes and ${stats.relationshipsCreated} relationships`);
  }
  const after = await countGraph(open.db);
  const delta = (n: number) => `${n >= 0 ? '+' : ''}${n}`;
  console.log(`[seed] done in ${Date.now() - started} ms; graph now ${after.nodes} nodes (${delta(after.nodes - before.nodes)}), ${after.relationships} relationships (${delta(after.relationships - before.relationships)})`);
} catch (err) {
  const problems = err instanceof AppError ? (err.details as { problems?: Problem[] } | undefined)?.problems : undefined;
  console.error(`[seed] ${(err as Error).message}${problems ? `\n${formatProblems(problems)}` : ''}`);
  code = 1;
} finally {
  await open.close();
}
process.exit(code);
