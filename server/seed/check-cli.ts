// `npm run seed:check`: validates every seed file and every presenter story; lists every problem (file, record, field); exits 1 on any.
import path from 'node:path';
import { formatProblems } from '../model/validate.ts';
import { loadSeed, seedDir } from './seed-files.ts';
import { checkStories } from './story-files.ts';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : seedDir;
const seed = loadSeed(dir);
const stories = checkStories(seed, dir);
const problems = [...seed.problems, ...stories.problems];
const nodes = seed.docs.reduce((n, d) => n + d.doc.nodes.length, 0);
const rels = seed.docs.reduce((n, d) => n + d.doc.relationships.length, 0);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\nseed:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`seed:check: OK: ${seed.sources.length} sources, ${nodes} nodes, ${rels} relationships in ${seed.files.length} files; ${stories.stories.length} stories`);
