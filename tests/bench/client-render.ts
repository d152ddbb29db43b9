// Client rendering benchmark in headless Chromium. These machines have no GPU: compare within one
// run. For ~1k, 5k and 20k elements (nodes + about twice as many edges, labelled), served by the
// real API from a synthetic benchmark database: the explorer with the canvas renderer (in the
// tests' Chromium: software raster) and with the WebGL renderer (in a Chromium with SwiftShader's
// software GL), each beside a bare Cytoscape page in the same browser with default options and the
// same elements at the same positions (the baseline). Measures the time from the data to the
// first drawn frame, and frames drawn per second (the renderer's render() calls, which works for
// both renderers) during a scripted drag and wheel zoom with playwright's mouse.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import type { NodeRecord, RelRecord } from '../../server/model/records.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import type { LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/browser.ts';
import { installCanvasHooks } from '../support/canvas-hooks.ts';
import type { AppProcess, Neo4jAddress } from './bench-env.ts';
import { round } from './measure.ts';
import { SYNTHETIC_SOURCE, type World } from './synthetic-world.ts';

export interface ClientRow {
  elements: number;
  renderer: string;
  firstRenderMs: number;
  rendersPerSec: number;
  baselineFirstRenderMs: number;
  baselineRendersPerSec: number;
  /** The explorer's layout (fCoSE) after the first frame. */
  layoutMs?: number;
}

interface Deps {
  quick: boolean;
  /** Element counts and renderers to measure (defaults: 1k, 5k, 20k — 1k and 5k with quick — and both renderers). */
  sizes?: number[];
  renderers?: ('canvas' | 'webgl')[];
  log: (s: string) => void;
  startApp: (neo: Neo4jAddress, env?: Record<string, string>) => Promise<AppProcess>;
  freshNeo4j: (name: string, heapMb: number) => Promise<LocalNeo4j>;
  loadWorld: (db: GraphDb, world: World) => Promise<{ rows: number; ms: number }>;
}

interface Measured {
  first: number;
  rps: number;
}

/** A connected synthetic graph of `elements` elements: a third nodes, two thirds edges. */
function renderWorld(elements: number): World {
  const n = Math.round(elements / 3);
  const src = [SYNTHETIC_SOURCE.id];
  let s = 12345;
  const r = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const nodes = Array.from(
    { length: n },
    (_, i) => ({ label: 'Agency', id: `r-${i}`, name: `Synthetic Agency ${i}`, sources: src, synthetic: true }) as NodeRecord,
  );
  const rels: RelRecord[] = [];
  for (let i = 1; i < n; i++)
    rels.push({ type: 'COOPERATES_WITH', from: `r-${i}`, to: `r-${Math.floor(r() * i)}`, sources: src, key: `t${i}` } as RelRecord);
  while (rels.length < elements - n) {
    const a = Math.floor(r() * n);
    const b = Math.floor(r() * n);
    if (a !== b) rels.push({ type: 'COOPERATES_WITH', from: `r-${a}`, to: `r-${b}`, sources: src, key: `x${rels.length}` } as RelRecord);
  }
  return { sources: [SYNTHETIC_SOURCE], nodes, relationships: rels };
}

/** Pans by dragging the background and zooms with the wheel for about `ms`; returns frames per second. */
async function interact(page: Page, readRenders: () => Promise<number>, ms: number): Promise<number> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  // Press on empty background (the fitted graph is a disk: the corners are empty), so the drag
  // pans the view (where Cytoscape's viewport optimisations apply) rather than moving a node.
  const cx = box.x + 160;
  const cy = box.y + box.height - 120;
  const r0 = await readRenders();
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 20; i++) await page.mouse.move(cx + Math.sin(i / 3) * 120, cy + Math.cos(i / 3) * 80, { steps: 2 });
    await page.mouse.up();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, i % 2 ? 240 : -240);
  }
  await page.waitForTimeout(300);
  return ((await readRenders()) - r0) / ((Date.now() - t0) / 1000);
}

type BaselineElement = { group: 'nodes' | 'edges'; data: Record<string, string>; position?: { x: number; y: number } };

/** The explorer showing `n` Agency nodes; also returns what it drew (ids and positions) for the baseline. */
async function measureExplorer(browser: Browser, appUrl: string, n: number, webgl: boolean, interactMs: number) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  try {
    await installCanvasHooks(page);
    await page.goto(`${appUrl}/?limit=${n}&labels=Agency&size=flat${webgl ? '&gl=1' : ''}`);
    await page.waitForFunction(() => window.__atlas?.firstRenderMs !== undefined, undefined, { timeout: 300000 });
    // From the moment the graph data has arrived (the /api/graph response) to the first drawn frame.
    const timing = await page.evaluate(() => {
      const graph = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph')) as
        PerformanceResourceTiming | undefined;
      return { total: window.__atlas!.firstRenderMs!, dataAt: graph?.responseEnd ?? 0 };
    });
    await page.waitForFunction(() => !window.__atlas!.layoutRunning(), undefined, { timeout: 600000, polling: 500 });
    const info = await page.evaluate(() => ({
      renderer: window.__atlas!.renderer(),
      count: window.__atlas!.elementCount(),
      layoutMs: window.__atlas!.layoutMs,
    }));
    const rps = await interact(page, () => page.evaluate(() => window.__atlas!.renders()), interactMs);
    const drawn = await page.evaluate(() => ({
      nodes: window.__atlas!.nodeIds().map((id) => ({ id, position: window.__atlas!.position(id)! })),
      edges: window.__atlas!.edgeIds(),
    }));
    return { first: timing.total - timing.dataAt, total: timing.total, rps, ...info, drawn };
  } finally {
    await page.close();
  }
}

/** Bare Cytoscape with default options, the same elements at the same positions (preset), labels shown. */
async function measureBaseline(browser: Browser, elements: BaselineElement[], interactMs: number): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  try {
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:100vw;height:100vh"></div></body></html>');
    await page.addScriptTag({ path: path.join(projectRoot, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js') });
    const first = await page.evaluate(
      (els) =>
        new Promise<number>((resolve) => {
          type Cy = { renderer(): { render: (o?: unknown) => void } };
          const w = window as unknown as { cytoscape: (o: object) => Cy; __renders: () => number };
          const t0 = performance.now();
          const cy = w.cytoscape({
            container: document.getElementById('cy'),
            elements: els,
            layout: { name: 'preset' },
            style: [
              { selector: 'node', style: { label: 'data(name)' } },
              { selector: 'edge', style: { label: 'data(label)' } },
            ],
          });
          let renders = 0;
          const r = cy.renderer();
          const draw = r.render;
          r.render = function (this: unknown, o?: unknown) {
            draw.call(this, o);
            if (renders++ === 0) resolve(performance.now() - t0);
          };
          w.__renders = () => renders;
        }),
      elements,
    );
    const rps = await interact(page, () => page.evaluate(() => (window as unknown as { __renders: () => number }).__renders()), interactMs);
    return { first, rps };
  } finally {
    await page.close();
  }
}

export async function runClientBench(deps: Deps): Promise<ClientRow[]> {
  const { quick, log } = deps;
  if (!fs.existsSync(CHROMIUM_PATH)) {
    log('client: skipped (no Chromium at /usr/bin/chromium)');
    return [];
  }
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'client', 'index.html')))
    execSync('npm run build', { cwd: projectRoot, stdio: 'ignore' });
  const sizes = deps.sizes ?? (quick ? [1000, 5000] : [1000, 5000, 20000]);
  const renderers = deps.renderers ?? ['canvas', 'webgl'];
  const interactMs = quick ? 2000 : 5000;
  const rows: ClientRow[] = [];
  const neo = await deps.freshNeo4j('render', 1536);
  const db = new GraphDb({ uri: neo.uri, user: neo.user, password: neo.password, database: 'neo4j' });
  // Canvas: the tests' Chromium (no GPU: Skia's software raster). WebGL needs a GL: SwiftShader's.
  const canvasBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const glBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
  let app: AppProcess | undefined;
  try {
    await applySchema(db);
    app = await deps.startApp(neo, { API_CACHE_ENTRIES: '0' });
    for (const size of sizes) {
      const wipe = db.driver.session({ database: db.database });
      await wipe.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      await wipe.close();
      const world = renderWorld(size);
      await deps.loadWorld(db, world);
      const n = world.nodes.length;
      const names = new Map(world.nodes.map((x) => [x.id, x.name as string]));
      const data = (await (await fetch(`${app.url}/api/graph?limit=${n}&labels=Agency`)).json()) as {
        edges: { id: string; source: string; target: string; type: string }[];
      };
      const ends = new Map(data.edges.map((e) => [e.id, e]));
      for (const [renderer, browser] of (
        [
          ['canvas', canvasBrowser],
          ['webgl', glBrowser],
        ] as const
      ).filter(([r]) => renderers.includes(r))) {
        const ex = await measureExplorer(browser, app.url, n, renderer === 'webgl', interactMs);
        const elements: BaselineElement[] = [
          ...ex.drawn.nodes.map((x) => ({
            group: 'nodes' as const,
            data: { id: x.id, name: names.get(x.id) ?? x.id },
            position: x.position,
          })),
          ...ex.drawn.edges.flatMap((id) => {
            const e = ends.get(id);
            return e ? [{ group: 'edges' as const, data: { id, source: e.source, target: e.target, label: e.type } }] : [];
          }),
        ];
        const base = await measureBaseline(browser, elements, interactMs);
        log(
          `  client ${renderer} (${ex.renderer}) ${ex.count} elements: first frame ${round(ex.first)} ms after the data (${round(ex.total)} ms from navigation), layout ${round(ex.layoutMs ?? NaN)} ms, ${round(ex.rps)} frames/s` +
            ` | baseline: first frame ${round(base.first)} ms, ${round(base.rps)} frames/s`,
        );
        rows.push({
          elements: ex.count,
          renderer,
          firstRenderMs: round(ex.first),
          rendersPerSec: round(ex.rps),
          baselineFirstRenderMs: round(base.first),
          baselineRendersPerSec: round(base.rps),
          layoutMs: round(ex.layoutMs ?? NaN),
        });
      }
    }
  } finally {
    await canvasBrowser.close();
    await glBrowser.close();
    await app?.stop();
    await db.close();
    await neo.stop();
  }
  return rows;
}
