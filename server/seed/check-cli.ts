// `npm run seed:check`: validates every seed file; lists every problem (file, record, field); exits 1 on any.
import path from 'node:path';
import { formatProblems } from '../model/validate.ts';
import { loadSeed, seedDir } from './seed-files.ts';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : seedDir;
const seed = loadSeed(dir);
const nodes = seed.docs.reduce((n, d) => n + d.doc.nodes.length, 0);
const rels = seed.docs.reduce((n, d) => n + d.doc.relationships.length, 0);
if (seed.problems.length) {
  console.error(formatProblems(seed.problems));
  console.error(`\nseed:check: ${seed.problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`seed:check: OK: ${seed.sources.length} sources, ${nodes} nodes, ${rels} relationships in ${seed.files.length} files`);
