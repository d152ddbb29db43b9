// `npm run bench [-- --quick] [-- --json] [-- --scales=1,100,1000] [-- --no-client] [-- --no-load] [-- --no-import]`
// [-- --client-sizes=5000,20000] [-- --client-renderers=canvas]  (`--scales=` with nothing after it skips the API part)
// The full run takes about 30 minutes on 2 cores (x1000's load alone ~9); --quick under five.
// Benchmarks, not tests: every database is its own local Neo4j under .bench/ (never the real
// graph's), synthetic worlds are generated and labelled (source "synthetic-world"). Prints
// readable tables and the targets met or missed; with --json, one JSON object on the last line.
import fs from 'node:fs';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { runApiBench, type ApiRow } from './api-bench.ts';
import { benchDir, freshNeo4j, loadWorld, seedWorld, startAppProcess, type AppProcess } from './bench-env.ts';
import { runClientBench, type ClientRow } from './client-render.ts';
import { runImportBench, type ImportFigures } from './import-bench.ts';
import { runLoadBench, type LoadFigures } from './load-bench.ts';
import { round } from './measure.ts';
import { generateWorld } from './synthetic-world.ts';
import { checkTargets } from './targets.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const scalesArg = args.find((a) => a.startsWith('--scales='));
// --quick (under five minutes): scales x1 and x10, 1 s per measurement, a smaller load sample,
// the canvas renderer only, at 5k elements. Its figures are indicative; the targets are for the full run.
const scales = scalesArg ? scalesArg.slice(9).split(',').filter(Boolean).map(Number) : quick ? [1, 10] : [1, 100, 1000];
const durationMs = quick ? 1000 : 5000;
const listArg = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',')
    .filter(Boolean);
const clientSizes = listArg('client-sizes')?.map(Number);
const clientRenderers = listArg('client-renderers') as ('canvas' | 'webgl')[] | undefined;
const log = (s: string) => (asJson ? process.stderr.write(`${s}\n`) : console.log(s));

export interface ScaleInfo {
  nodes: number;
  relationships: number;
  loadRowsPerSec: number;
  loadSeconds: number;
}

async function benchScale(scale: number): Promise<{ info: ScaleInfo; api: ApiRow[] }> {
  const world = scale === 1 ? seedWorld() : generateWorld(scale);
  const neo = await freshNeo4j(`scale-${scale}`, scale >= 1000 ? 4096 : 1536);
  const db = new GraphDb({ uri: neo.uri, user: neo.user, password: neo.password, database: 'neo4j', maxPoolSize: 100 });
  let app: AppProcess | undefined;
  try {
    await applySchema(db);
    const loaded = await loadWorld(db, world);
    const info = {
      nodes: world.nodes.length,
      relationships: world.relationships.length,
      loadRowsPerSec: round(loaded.rows / (loaded.ms / 1000)),
      loadSeconds: round(loaded.ms / 1000),
    };
    log(
      `scale x${scale}${scale === 1 ? ' (the seed)' : ' (synthetic)'}: ${info.nodes} nodes, ${info.relationships} relationships loaded in ${info.loadSeconds} s (${info.loadRowsPerSec} rows/s)`,
    );
    // The response cache is off: this measures the API's own path against the driver's.
    app = await startAppProcess(neo, { API_CACHE_ENTRIES: '0' });
    const target = scale === 1 ? { hub: 'icac', other: 'wco', q: 'ICAC' } : { hub: 'syn-a-0', other: 'syn-o-0', q: 'Synthetic Agency 12' };
    const api = await runApiBench({ scale, db, appUrl: app.url, ...target }, { durationMs, minPerWorker: quick ? 1 : 4, log });
    return { info, api };
  } finally {
    await app?.stop();
    await db.close();
    await neo.stop();
  }
}

async function main() {
  const started = performance.now();
  fs.mkdirSync(benchDir, { recursive: true });
  const scale: Record<string, ScaleInfo> = {};
  const api: ApiRow[] = [];
  let load: LoadFigures | undefined;
  let importFigures: ImportFigures | undefined;
  let client: ClientRow[] = [];
  try {
    if (!args.includes('--no-load')) load = await runLoadBench({ quick, log });
    if (!args.includes('--no-import')) importFigures = await runImportBench({ log });
    for (const s of scales) {
      const r = await benchScale(s);
      scale[`x${s}`] = r.info;
      api.push(...r.api);
    }
    if (!args.includes('--no-client'))
      client = await runClientBench({
        quick,
        log,
        renderers: clientRenderers ?? (quick ? ['canvas'] : undefined),
        sizes: clientSizes ?? (quick ? [5000] : undefined),
        startApp: startAppProcess,
        freshNeo4j,
        loadWorld,
      });
  } finally {
    fs.rmSync(benchDir, { recursive: true, force: true });
  }

  const targets = checkTargets({ load, api, client });
  const seconds = round((performance.now() - started) / 1000);
  if (!asJson) {
    console.log(`\nScales (x1 is the seed; the others are synthetic)`);
    console.table(scale);
    if (load)
      console.log(`Load: ${load.rows} rows; batched ${load.rowsPerSec} rows/s, naive ${load.naiveRowsPerSec} rows/s: x${load.ratio}`);
    if (importFigures)
      console.log(
        `Import (CSV, ${importFigures.rows} rows, audited): preview ${importFigures.previewMs} ms, apply ${importFigures.applyMs} ms, preview of the same file again ${importFigures.previewUnchangedMs} ms, re-apply (nothing changes) ${importFigures.reapplyMs} ms`,
      );
    console.log(
      '\nAPI (autocannon, keep-alive, cache off; driver = the same repository call through the driver, in-process; ratio = p95 / driver p95)',
    );
    console.table(
      api.map((r) => ({
        endpoint: r.endpoint,
        scale: `x${r.scale}`,
        c: r.concurrency,
        'req/s': r.rps,
        p50: r.p50Ms,
        p95: r.p95Ms,
        p99: r.p99Ms,
        'driver p95': r.driverP95Ms,
        ratio: round(r.p95Ms / r.driverP95Ms, 2),
        errors: r.errors,
      })),
    );
    if (client.length) {
      console.log(
        'Client rendering (headless Chromium, software rendering; baseline = bare Cytoscape, default options, same elements and positions)',
      );
      console.table(
        client.map((c) => ({
          ...c,
          'renders x': round(c.rendersPerSec / c.baselineRendersPerSec, 2),
          'first render x': round(c.firstRenderMs / c.baselineFirstRenderMs, 2),
        })),
      );
    }
    console.log(quick ? 'Targets (indicative with --quick: smaller samples and scales; the targets are for the full run)' : 'Targets');
    for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.detail}`);
    console.log(`(${seconds} s)`);
  }
  if (asJson)
    console.log(JSON.stringify({ quick, scale, load: load ?? null, import: importFigures ?? null, api, client, targets, seconds }));
}

await main();
process.exit(0);
