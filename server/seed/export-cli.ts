// `npm run seed:export [-- --out DIR]`: writes the curated graph of the configured database (the
// embedded one is started and stopped around it, or NEO4J_URI) back into the seed format, one
// file per seed graph file. Default folder: DATA_DIR/seed-export/graph; `--out seed/graph`
// overwrites the seed itself (then `git diff` shows what curation changed).
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { exportSeed } from '../graph/export-seed.ts';
import { writeExportFiles } from './export-files.ts';

const outArg = process.argv.indexOf('--out');
const config = loadConfig();
const out = path.resolve(outArg >= 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : path.join(config.DATA_DIR, 'seed-export', 'graph'));
const open = await openDatabase(config);
let code = 0;
try {
  const started = Date.now();
  const { files, counts } = await exportSeed(open.db);
  if (!Object.keys(files).length) throw new Error('the database holds no curated records: load the seed first (npm run seed)');
  const { written, stale } = writeExportFiles(out, files);
  for (const w of written) console.log(`[seed:export] ${path.join(out, w.file)}${w.changed ? '' : ' (unchanged)'}`);
  console.log(
    `[seed:export] ${counts.nodes} nodes, ${counts.relationships} relationships (${counts.added} not from the seed files) in ${Date.now() - started} ms`,
  );
  for (const f of stale) console.warn(`[seed:export] ${path.join(out, f)} was not written by this export: delete it if its records are gone`);
} catch (err) {
  console.error(`[seed:export] ${(err as Error).message}`);
  code = 1;
} finally {
  await open.close();
}
process.exit(code);
