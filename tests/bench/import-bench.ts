// Import with a dry run at size: a generated CSV import of 10,000 rows (5,000 nodes, 5,000
// relationships, one source; all synthetic and labelled "syn-import-…") previewed, applied (one
// transaction, with its audit entry), previewed again (everything unchanged) and re-applied
// (nothing changes, nothing recorded), through the same function as POST /api/import. In its own
// Neo4j under .bench/ (never the real graph's), removed afterwards.
// Alone: `npx tsx tests/bench/import-bench.ts`; in `npm run bench` unless --no-import.
import { pathToFileURL } from 'node:url';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { importRequest } from '../../server/graph/import-request.ts';
import { freshNeo4j } from './bench-env.ts';
import { round } from './measure.ts';

export interface ImportFigures {
  rows: number;
  previewMs: number;
  applyMs: number;
  previewUnchangedMs: number;
  reapplyMs: number;
  applyRowsPerSec: number;
}

const SOURCE = 'syn-import-source';

/** A synthetic CSV import of `nodes` nodes and as many relationships (agencies, each a member of one of 100 organisations). */
export function syntheticCsv(nodes: number): { format: 'csv'; sources: string; nodes: string; relationships: string } {
  const orgs = Math.min(100, Math.floor(nodes / 2));
  const lines = ['label,id,name,nameZh,aliases,kind,sources'];
  for (let i = 0; i < orgs; i++) lines.push(`Organisation,syn-import-o-${i},Synthetic Network ${i},合成網絡${i},SN${i},network,${SOURCE}`);
  for (let i = 0; i < nodes - orgs; i++)
    lines.push(`Agency,syn-import-a-${i},Synthetic Agency ${i},合成機構${i},SA${i}|S-${i},anti-corruption,${SOURCE}`);
  const rels = ['type,from,to,since,status,sources,evidence'];
  const agencies = nodes - orgs;
  for (let i = 0; i < nodes; i++) {
    // Every agency is a member of one organisation; the first ones of a second: each pair once.
    const a = i % agencies;
    const o = (a * 7 + (i < agencies ? 0 : 1)) % orgs;
    rels.push(`MEMBER_OF,syn-import-a-${a},syn-import-o-${o},${2000 + (i % 25)},member,${SOURCE},synthetic row ${i}`);
  }
  return {
    format: 'csv',
    sources: `id,title,publisher,kind\n${SOURCE},Synthetic import (benchmark),Cooperation Atlas benchmark,reference`,
    nodes: lines.join('\n'),
    relationships: rels.join('\n'),
  };
}

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, round(performance.now() - t)];
};

export async function runImportBench({ log = console.log }: { log?: (s: string) => void } = {}): Promise<ImportFigures> {
  const body = syntheticCsv(5000);
  const rows = body.nodes.split('\n').length - 1 + (body.relationships.split('\n').length - 1);
  const neo = await freshNeo4j('import', 1536);
  const db = new GraphDb({ uri: neo.uri, user: neo.user, password: neo.password, database: 'neo4j' });
  try {
    await applySchema(db);
    // Warm-up on other rows, so the first measurement does not pay the planner's first runs.
    await importRequest(
      db,
      {
        ...syntheticCsv(50),
        sources: syntheticCsv(50).sources.replaceAll('syn-import-', 'syn-warm-'),
        nodes: syntheticCsv(50).nodes.replaceAll('syn-import-', 'syn-warm-'),
        relationships: syntheticCsv(50).relationships.replaceAll('syn-import-', 'syn-warm-'),
      },
      { actor: 'bench' },
    );
    const [preview, previewMs] = await time(() => importRequest(db, body, { dryRun: true, actor: 'bench' }));
    if (!preview.valid) throw new Error(`synthetic import invalid: ${JSON.stringify(preview.problems.slice(0, 3))}`);
    const [applied, applyMs] = await time(() => importRequest(db, body, { actor: 'bench' }));
    const [again, previewUnchangedMs] = await time(() => importRequest(db, body, { dryRun: true, actor: 'bench' }));
    const [reapplied, reapplyMs] = await time(() => importRequest(db, body, { actor: 'bench' }));
    const created = applied.report.created.nodes + applied.report.created.relationships;
    const unchanged = again.report.unchanged.nodes + again.report.unchanged.relationships;
    if (reapplied.auditId !== null || unchanged !== created) throw new Error('a re-import changed something');
    const figures = { rows, previewMs, applyMs, previewUnchangedMs, reapplyMs, applyRowsPerSec: round(rows / (applyMs / 1000)) };
    log(
      `import (CSV, ${rows} rows): preview ${previewMs} ms, apply ${applyMs} ms (${figures.applyRowsPerSec} rows/s, audited), preview again (all unchanged) ${previewUnchangedMs} ms, re-apply ${reapplyMs} ms`,
    );
    return figures;
  } finally {
    await db.close();
    await neo.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fs = await import('node:fs');
  const { benchDir } = await import('./bench-env.ts');
  try {
    console.table(await runImportBench());
  } finally {
    fs.rmSync(benchDir, { recursive: true, force: true });
  }
  process.exit(0);
}
