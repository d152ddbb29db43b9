// End-to-end: the Explorer in headless Debian Chromium (playwright-core) against the real app
// and the test run's Neo4j with the seed loaded. One user journey, step by step: open, search in
// Chinese, read a citation and its source, expand (cap, "+N more", undo), filter by a time window,
// find a path, reload the copied URL, switch language, export a PNG. Screenshots are kept in
// test-results/screenshots/ as artefacts.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';

const STEP_TIMEOUT = 120_000;

let session: E2eSession | undefined;
let app: TestApp | undefined;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

async function shot(p: Page, name: string) {
  await p.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Waits until the view is loaded, drawn, and no layout or request is running. */
async function settle(p: Page) {
  await p.waitForFunction(
    () => {
      const canvas = document.querySelector('[data-testid="canvas"]');
      return (
        !!window.__atlas &&
        window.__atlas.firstRenderMs !== undefined &&
        canvas?.getAttribute('data-layout') === 'idle' &&
        !document.querySelector('[data-testid="busy"]') &&
        !window.__atlas.layoutRunning()
      );
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  // Let animations (fit/centre, 300-450 ms) finish so screenshots are stable.
  await p.waitForTimeout(600);
}

const nodeIds = (p: Page) => p.evaluate(() => window.__atlas!.nodeIds().sort());
const nodeCount = async (p: Page) => Number(await p.getByTestId('counts').getAttribute('data-nodes'));
const classesOf = (p: Page, id: string) => p.evaluate((x) => window.__atlas!.classesOf(x), id);
const positionOf = (p: Page, id: string) => p.evaluate((x) => window.__atlas!.position(x), id);

async function pick(p: Page, testId: string, text: string, id: string) {
  const input = p.getByTestId(testId).getByRole('combobox');
  await input.click();
  await input.fill(text);
  const option = p.getByTestId(testId).locator(`[role="option"][data-id="${id}"]`);
  await option.waitFor({ state: 'visible', timeout: 30_000 });
  return { input, option };
}

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  ({ app, context, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('Explorer (headless Chromium)', () => {
  it(
    'opens the app and draws the network',
    async () => {
      await page.goto(app!.url);
      await settle(page);
      const n = await nodeCount(page);
      expect(n).toBeGreaterThan(50);
      expect((await nodeIds(page)).length).toBe(n);
      await expect(page.getByTestId('no-selection').isVisible()).resolves.toBe(true);
      const firstRender = await page.evaluate(() => window.__atlas!.firstRenderMs!);
      const graphRequest = await page.evaluate(() => {
        const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/graph?'));
        return r ? { start: r.startTime, duration: r.duration } : undefined;
      });
      console.log(
        `[e2e] time to first rendered graph: ${Math.round(firstRender)} ms after navigation start (${n} nodes)` +
          (graphRequest
            ? `; of which /api/graph took ${Math.round(graphRequest.duration)} ms (requested at ${Math.round(graphRequest.start)} ms)`
            : ''),
      );
      await shot(page, '01-overview-1366x768');
    },
    STEP_TIMEOUT,
  );

  it(
    'search "廉政公署" lands on the ICAC: selected, centred, details in both languages',
    async () => {
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      const { input } = await pick(page, 'search', '廉政公署', 'icac');
      await shot(page, '02-search-suggestions');
      await input.press('Enter');
      const details = page.getByTestId('node-details');
      await details.waitFor({ state: 'visible' });
      await expect(details.getAttribute('data-node')).resolves.toBe('icac');
      await expect(details.locator('h2').innerText()).resolves.toBe('Independent Commission Against Corruption');
      await expect(details.locator('.details-alt').innerText()).resolves.toBe('廉政公署');
      await settle(page);
      expect(await classesOf(page, 'icac')).toContain('is-selected');
      expect(new URL(page.url()).searchParams.get('sel')).toBe('icac');
      await shot(page, '03-icac-selected');
    },
    STEP_TIMEOUT,
  );

  it(
    'reads a source citation in the panel: evidence quoted, document title, publisher, date; opens the source',
    async () => {
      const fact = page.locator('[data-testid="node-details"] .fact[data-fact="SIGNED:icac->mou-icac-unodc-2024"]');
      await fact.scrollIntoViewIfNeeded();
      await expect(fact.locator('.evidence').innerText()).resolves.toContain(
        'The two parties signed a Memorandum of Understanding (MoU) in May 2024',
      );
      const citation = fact.locator('.citation[data-source="legco-lcq17-2025"]');
      await expect(citation.locator('.citation-title').innerText()).resolves.toContain(
        'LCQ17: Participation in the affairs of law enforcement-related international organisations',
      );
      await expect(citation.locator('.citation-meta').innerText()).resolves.toContain('2 Jul 2025');
      expect(await fact.locator('.evidence').isVisible()).toBe(true);
      await shot(page, '04-citation');

      await citation.locator('.citation-title').click();
      const source = page.getByTestId('source-view');
      await source.waitFor({ state: 'visible' });
      await expect(source.locator('h2').innerText()).resolves.toContain('LCQ17');
      expect(await source.locator('.doc-text mark').count()).toBeGreaterThan(3);
      expect(new URL(page.url()).searchParams.get('src')).toBe('legco-lcq17-2025');
      await shot(page, '05-source-view');
      await source.getByRole('button', { name: 'Back' }).click();
      await page.getByTestId('node-details').waitFor({ state: 'visible' });
    },
    STEP_TIMEOUT,
  );

  it(
    'expands a neighbour: nodes are added next to it, existing positions stay put; cap, "+N more" and undo work',
    async () => {
      // Navigate from the ICAC to its neighbour IAACA through the relationship list.
      await page
        .locator('[data-testid="node-details"] .fact-group[data-type="MEMBER_OF"] .fact-other', {
          hasText: 'International Association of Anti-Corruption Authorities',
        })
        .first()
        .click();
      await expect(page.getByTestId('node-details').getAttribute('data-node')).resolves.toBe('iaaca');
      await settle(page);
      const before = await nodeCount(page);
      const icacBefore = await positionOf(page, 'icac');
      await page.getByTestId('expand').click();
      await page.getByTestId('expansion-info').waitFor({ state: 'visible' });
      await settle(page);
      const after = await nodeCount(page);
      expect(after).toBeGreaterThan(before);
      expect(await positionOf(page, 'icac')).toEqual(icacBefore);
      expect(new URL(page.url()).searchParams.get('exp')).toBe('iaaca');
      await shot(page, '06-expanded-iaaca');

      // A big neighbourhood is capped at 25 new nodes with a "+N more" control.
      await pick(page, 'search', 'World Customs Organization', 'wco').then(({ option }) => option.click());
      await expect(page.getByTestId('node-details').getAttribute('data-node')).resolves.toBe('wco');
      await settle(page);
      await page.keyboard.press('e');
      const more = page.getByTestId('more');
      await more.waitFor({ state: 'visible' });
      await settle(page);
      const capped = await nodeCount(page);
      expect(capped).toBe(after + 25);
      await more.click();
      await settle(page);
      expect(await nodeCount(page)).toBe(after + 50);
      expect(new URL(page.url()).searchParams.get('exp')).toBe('iaaca,wco@50');

      // Undo twice: back to the IAACA expansion only; redo once; then collapse WCO.
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await settle(page);
      expect(await nodeCount(page)).toBe(after);
      await page.getByTestId('redo').click();
      await settle(page);
      expect(await nodeCount(page)).toBe(capped);
      await page.getByTestId('collapse').click();
      await settle(page);
      expect(await nodeCount(page)).toBe(after);
      expect(new URL(page.url()).searchParams.get('exp')).toBe('iaaca');
    },
    STEP_TIMEOUT,
  );

  it(
    'filters by a time window (2024–2024): a 2025 event disappears, the place and selection are kept',
    async () => {
      const outside = 'ce-gacc-minister-meeting-2025-05-19';
      const inside = 'icac-symposium-8-2024';
      expect(await nodeIds(page)).toContain(outside);
      const selected = new URL(page.url()).searchParams.get('sel');
      const icacBefore = await positionOf(page, 'icac');
      const to = page.getByTestId('time-to');
      await to.focus();
      await to.press('ArrowLeft');
      await to.press('ArrowLeft');
      const from = page.getByTestId('time-from');
      await from.focus();
      await from.press('End');
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('from') === '2024' && new URL(location.href).searchParams.get('to') === '2024',
      );
      await settle(page);
      const ids = await nodeIds(page);
      expect(ids).not.toContain(outside);
      expect(ids).toContain(inside);
      expect(new URL(page.url()).searchParams.get('sel')).toBe(selected);
      expect(await positionOf(page, 'icac')).toEqual(icacBefore);
      await expect(page.getByTestId('time-range').locator('.time-values strong').innerText()).resolves.toBe('2024');
      await shot(page, '07-time-window-2024');
    },
    STEP_TIMEOUT,
  );

  it(
    'finds a path ICAC → WCO: listed hop by hop with evidence, highlighted on the canvas',
    async () => {
      await page.getByTestId('tab-paths').click();
      await pick(page, 'path-from', 'ICAC', 'icac').then(({ option }) => option.click());
      await pick(page, 'path-to', 'World Customs Organization', 'wco').then(({ option }) => option.click());
      await page.getByTestId('path-find').click();
      const results = page.getByTestId('path-results');
      await results.waitFor({ state: 'visible', timeout: 30_000 });
      await settle(page);
      const paths = results.getByTestId('path');
      expect(await paths.count()).toBeGreaterThan(0);
      const first = await paths.first().innerText();
      expect(first).toContain('Independent Commission Against Corruption');
      expect(first).toContain('World Customs Organization');
      expect(await paths.first().locator('.evidence').count()).toBeGreaterThan(0);
      expect(await classesOf(page, 'icac')).toContain('in-path');
      expect(await classesOf(page, 'wco')).toContain('in-path');
      const pathEdges = await page.evaluate(() =>
        window.__atlas!.edgeIds().filter((id) => window.__atlas!.classesOf(id).includes('in-path')),
      );
      expect(pathEdges.length).toBeGreaterThan(1);
      expect(new URL(page.url()).searchParams.get('path')).toBe('icac~wco');
      await shot(page, '08-path-icac-wco');
    },
    STEP_TIMEOUT,
  );

  it(
    'reloading a copied URL gives the same view: selection, filters, expansions, path',
    async () => {
      const url = page.url();
      const ids = await nodeIds(page);
      const p2 = await context.newPage();
      try {
        await p2.goto(url);
        await settle(p2);
        expect(p2.url()).toBe(url);
        expect(await nodeIds(p2)).toEqual(ids);
        await expect(p2.getByTestId('time-range').locator('.time-values strong').innerText()).resolves.toBe('2024');
        await p2.getByTestId('path-results').waitFor({ state: 'visible' });
        expect(await classesOf(p2, 'wco')).toContain('in-path');
        // The shared link carries ids; the pickers show names.
        expect(await p2.getByTestId('path-from').locator('input').inputValue()).toBe('Independent Commission Against Corruption');
        expect(await p2.getByTestId('path-to').locator('input').inputValue()).toBe('World Customs Organization');
        await p2.getByTestId('tab-details').click();
        await expect(p2.getByTestId('node-details').getAttribute('data-node')).resolves.toBe(new URL(url).searchParams.get('sel'));
        await shot(p2, '09-reloaded-url');
      } finally {
        await p2.close();
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'switches the interface and names to Traditional Chinese, and works on a 1920x1080 projector',
    async () => {
      await page.getByTestId('tab-details').click();
      await page.getByTestId('lang-zh').click();
      await expect(page.locator('.brand-name').innerText()).resolves.toBe('合作圖譜');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
      await pick(page, 'search', 'ICAC', 'icac').then(({ option }) => option.click());
      await expect(page.getByTestId('node-details').locator('h2').innerText()).resolves.toBe('廉政公署');
      await settle(page);
      await shot(page, '10-zh-1366x768');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('fit').click();
      await settle(page);
      await shot(page, '11-zh-projector-1920x1080');
      await page.getByTestId('lang-en').click();
      await expect(page.locator('.brand-name').innerText()).resolves.toBe('Cooperation Atlas');
      await settle(page);
      await shot(page, '12-en-projector-1920x1080');
      await page.setViewportSize({ width: 1366, height: 768 });
    },
    STEP_TIMEOUT,
  );

  it(
    'exports a PNG: a real, non-trivial PNG file with the view',
    async () => {
      await page.getByTestId('export-button').click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.locator('[data-export="png"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cooperation-atlas-.+\.png$/);
      const file = path.join(SHOTS, '13-export.png');
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(10 * 1024);
      // IHDR: width and height (big-endian) at bytes 16..23.
      expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(500);
    },
    STEP_TIMEOUT,
  );

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
