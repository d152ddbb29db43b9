// Client rendering benchmark in headless Chromium (software rendering: compare within one run).
// For ~1k, 5k and 20k elements (nodes + about twice as many edges, labelled), served by the real
// API from a synthetic benchmark database: the explorer (canvas and WebGL renderers) against a
// bare Cytoscape page with default options and the same elements. Measures time to first
// rendered graph and Cytoscape 'render' events per second during a scripted drag and wheel zoom.
import type { ChildProcess } from 'node:child_process';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import type { NodeRecord, RelRecord } from '../../server/model/records.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import type { LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { CHROMIUM_PATH } from '../setup/browser.ts';
import { round } from './measure.ts';
import { SYNTHETIC_SOURCE, type World } from './synthetic-world.ts';

export interface ClientRow {
  elements: number;
  renderer: string;
  firstRenderMs: number;
  rendersPerSec: number;
  baselineFirstRenderMs: number;
  baselineRendersPerSec: number;
}

interface Deps {
  quick: boolean;
  log: (s: string) => void;
  startApp: (uri: string, env?: Record<string, string>) => Promise<{ url: string; child: ChildProcess }>;
  freshNeo4j: (name: string, heapMb: number) => Promise<LocalNeo4j>;
  loadWorld: (db: GraphDb, world: World) => Promise<{ rows: number; ms: number }>;
}

/** A connected synthetic graph of `elements` elements: a third nodes, two thirds edges. */
function renderWorld(elements: number): World {
  const n = Math.round(elements / 3);
  const src = [SYNTHETIC_SOURCE.id];
  let s = 12345;
  const r = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const nodes = Array.from({ length: n }, (_, i) => ({ label: 'Agency', id: `r-${i}`, name: `Synthetic Agency ${i}`, sources: src, synthetic: true }) as NodeRecord);
  const rels: RelRecord[] = [];
  for (let i = 1; i < n; i++) rels.push({ type: 'COOPERATES_WITH', from: `r-${i}`, to: `r-${Math.floor(r() * i)}`, sources: src, key: `t${i}` } as RelRecord);
  while (rels.length < elements - n) {
    const a = Math.floor(r() * n);
    const b = Math.floor(r() * n);
    if (a !== b) rels.push({ type: 'COOPERATES_WITH', from: `r-${a}`, to: `r-${b}`, sources: src, key: `x${rels.length}` } as RelRecord);
  }
  return { sources: [SYNTHETIC_SOURCE], nodes, relationships: rels };
}

/** Drags the canvas background and zooms with the wheel for about `ms`; returns renders per second. */
async function interact(page: Page, readRenders: () => Promise<number>, ms: number): Promise<number> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
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

export async function runClientBench(deps: Deps): Promise<ClientRow[]> {
  const { quick, log } = deps;
  if (!fs.existsSync(CHROMIUM_PATH)) {
    log('client: skipped (no Chromium at /usr/bin/chromium)');
    return [];
  }
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'client', 'index.html'))) execSync('npm run build', { cwd: projectRoot, stdio: 'ignore' });
  const sizes = quick ? [1000, 5000] : [1000, 5000, 20000];
  const interactMs = quick ? 2500 : 5000;
  const rows: ClientRow[] = [];
  const neo = await deps.freshNeo4j('render', 1536);
  const db = new GraphDb({ uri: neo.uri, database: 'neo4j' });
  // WebGL needs a (software) GL: SwiftShader through ANGLE, since these machines have no GPU.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH, headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
  let app: { url: string; child: ChildProcess } | undefined;
  try {
    await applySchema(db);
    app = await deps.startApp(neo.uri, { API_CACHE_ENTRIES: '0' });
    const cytoscapeJs = path.join(projectRoot, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js');
    for (const size of sizes) {
      const wipe = db.driver.session({ database: db.database });
      await wipe.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      await wipe.close();
      const world = renderWorld(size);
      await deps.loadWorld(db, world);
      const n = world.nodes.length;
      let elementsJson: unknown[] = [];
      let count = size;
      const explorer: Record<string, { first: number; rps: number }> = {};
      for (const renderer of ['canvas', 'webgl']) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
        await page.goto(`${app.url}/?limit=${n}&labels=Agency&size=flat${renderer === 'webgl' ? '&gl=1' : ''}`);
        await page.waitForFunction(() => window.__atlas?.firstRenderMs !== undefined, undefined, { timeout: 180000 });
        // Comparable with the baseline: from the moment the graph data has arrived (the first
        // /api/graph response) to the first drawn frame. The total from navigation is logged too.
        const timing = await page.evaluate(() => {
          const graph = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph')) as PerformanceResourceTiming | undefined;
          return { total: window.__atlas!.firstRenderMs!, dataAt: graph?.responseEnd ?? 0 };
        });
        const first = timing.total - timing.dataAt;
        await page.waitForFunction(() => !window.__atlas!.layoutRunning(), undefined, { timeout: 300000, polling: 500 });
        const actual = await page.evaluate(() => ({ r: window.__atlas!.renderer(), n: window.__atlas!.elementCount() }));
        count = actual.n;
        const rps = await interact(page, () => page.evaluate(() => window.__atlas!.renders()), interactMs);
        explorer[renderer] = { first, rps };
        if (renderer === 'canvas') {
          elementsJson = await page.evaluate(() => {
            const ids = new Set(window.__atlas!.nodeIds());
            return [
              ...[...ids].map((id) => ({ group: 'nodes', data: { id, name: id } })),
              ...window.__atlas!.edgeIds().map((id) => ({ group: 'edges', data: { id } })),
            ];
          });
          // The edge ids do not carry their ends: take them from the API (same view the explorer asked for).
          const data = (await (await fetch(`${app.url}/api/graph?limit=${n}&labels=Agency`)).json()) as { edges: { id: string; source: string; target: string; type: string }[] };
          const ends = new Map(data.edges.map((e) => [e.id, e]));
          elementsJson = elementsJson.map((el) => {
            const e = el as { group: string; data: { id: string } };
            if (e.group !== 'edges') return el;
            const end = ends.get(e.data.id);
            return { group: 'edges', data: { id: e.data.id, source: end?.source, target: end?.target, label: end?.type } };
          }).filter((el) => (el as { group: string; data: { source?: string } }).group === 'nodes' || (el as { data: { source?: string } }).data.source);
        }
        log(`  client ${renderer} (${actual.r}) ${count} elements: first render ${round(first)} ms after the data (${round(timing.total)} ms from navigation), ${round(rps)} renders/s`);
        await page.close();
      }
      // Baseline: bare Cytoscape, default options, the same elements, labels shown.
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="width:100vw;height:100vh"></div></body></html>');
      await page.addScriptTag({ path: cytoscapeJs });
      const baseFirst = await page.evaluate((els) => new Promise<number>((resolve) => {
        const t0 = performance.now();
        const cy = (window as unknown as { cytoscape: (o: object) => { on(e: string, f: () => void): void; one(e: string, f: () => void): void } }).cytoscape({
          container: document.getElementById('cy'), elements: els,
          style: [{ selector: 'node', style: { label: 'data(name)' } }, { selector: 'edge', style: { label: 'data(label)' } }],
        });
        let renders = 0;
        cy.on('render', () => renders++);
        (window as unknown as { __renders: () => number }).__renders = () => renders;
        cy.one('render', () => resolve(performance.now() - t0));
      }), elementsJson);
      const baseRps = await interact(page, () => page.evaluate(() => (window as unknown as { __renders: () => number }).__renders()), interactMs);
      log(`  client baseline ${count} elements: first render ${round(baseFirst)} ms, ${round(baseRps)} renders/s`);
      await page.close();
      for (const renderer of ['canvas', 'webgl']) {
        rows.push({ elements: count, renderer, firstRenderMs: round(explorer[renderer].first), rendersPerSec: round(explorer[renderer].rps), baselineFirstRenderMs: round(baseFirst), baselineRendersPerSec: round(baseRps) });
      }
    }
  } finally {
    await browser.close();
    app?.child.kill('SIGTERM');
    await db.close();
    await neo.stop();
  }
  return rows;
}
