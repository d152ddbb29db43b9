// End-to-end: the Presenter in headless Debian Chromium (playwright-core) against the real app and
// the test run's Neo4j with the seed loaded, at projector size (1920x1080). A story stepped
// through with the keyboard in presentation mode, a chart comparing IAACA and GlobE (lower
// bounds, undated counts, a point's source) exported as PNG and SVG, and the explorer's timeline
// played (nodes appear in date order) and recorded to WebM. Screenshots: test-results/screenshots/present-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../server/shared/contracts.ts';
import { SHOTS, openE2eSession, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';

const STEP_TIMEOUT = 180_000;
const STORY = 'icac-network-2022-2025';

let session: E2eSession | undefined;
let app: TestApp | undefined;
let page: Page;
let pageErrors: string[] = [];

const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** The network is drawn and no layout, request or viewport animation is running. */
async function settleCanvas(p: Page) {
  await p.waitForFunction(
    () => {
      const canvas = document.querySelector('[data-testid="canvas"]');
      return (
        !!window.__atlas &&
        canvas?.getAttribute('data-layout') === 'idle' &&
        !window.__atlas.layoutRunning() &&
        window.__atlas.nodeIds().length > 0 &&
        !document.querySelector('[data-testid="busy"]')
      );
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await p.waitForTimeout(700);
}

async function chartReady(p: Page) {
  await p.locator('[data-testid="growth-chart"][data-ready="true"]').first().waitFor({ state: 'attached', timeout: 60_000 });
}

const pathname = (p: Page) => new URL(p.url()).pathname;

beforeAll(async () => {
  session = await openE2eSession({ width: 1920, height: 1080 });
  ({ app, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('Presenter (headless Chromium, 1920x1080)', () => {
  it(
    'lists the shipped stories',
    async () => {
      await page.goto(`${app!.url}/present`);
      const list = page.getByTestId('story-list');
      await list.waitFor({ state: 'visible', timeout: 60_000 });
      await expect(list.locator('[data-story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story')))).resolves.toEqual(
        expect.arrayContaining([STORY, 'customs-wco-asia-pacific']),
      );
    },
    STEP_TIMEOUT,
  );

  it(
    'opens a story in presentation mode and steps through it with the keyboard: URL, counter and caption follow',
    async () => {
      const story = (await app!.get(`/api/stories/${STORY}`)).body as Story;
      expect(story.steps.length).toBe(8);
      const caption = page.getByTestId('step-caption');
      const counter = page.getByTestId('step-counter');

      await page.goto(`${app!.url}/present/story/${STORY}/1?present=1`);
      await page.getByTestId('story-player').waitFor({ state: 'visible', timeout: 60_000 });
      await expect(caption.innerText()).resolves.toBe(story.steps[0]!.caption);
      await expect(counter.innerText()).resolves.toBe('1 / 8');
      // Presentation mode: no editing chrome (no header, no step toolbar).
      expect(await page.locator('.presenter-header').count()).toBe(0);
      expect(await page.locator('.sp-bar').count()).toBe(0);
      await settleCanvas(page);

      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.pathname.endsWith('/2'));
      await expect(counter.innerText()).resolves.toBe('2 / 8');
      await expect(caption.innerText()).resolves.toBe(story.steps[1]!.caption);
      await chartReady(page);

      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.pathname.endsWith('/3'));
      expect(pathname(page)).toBe(`/present/story/${STORY}/3`);
      expect(new URL(page.url()).searchParams.get('present')).toBe('1');
      await expect(counter.innerText()).resolves.toBe('3 / 8');
      await expect(caption.innerText()).resolves.toBe(story.steps[2]!.caption);
      await settleCanvas(page);
      await shot(page, 'present-story-step-network');

      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => location.pathname.endsWith('/2'));
      await expect(counter.innerText()).resolves.toBe('2 / 8');
      await expect(caption.innerText()).resolves.toBe(story.steps[1]!.caption);
      await chartReady(page);
      await page.waitForTimeout(500);
      await shot(page, 'present-story-step');

      // The step's own URL opens the same step; Esc leaves presentation mode.
      await page.reload();
      await expect(page.getByTestId('step-counter').innerText()).resolves.toBe('2 / 8');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));
      await page.locator('.presenter-header').waitFor({ state: 'visible' });
      expect(pathname(page)).toBe(`/present/story/${STORY}/2`);
    },
    STEP_TIMEOUT,
  );

  it(
    'charts IAACA and GlobE: one panel per unit, lower bounds apart, undated counts listed, a point cites its source',
    async () => {
      await page.goto(`${app!.url}/present/charts?orgs=iaaca,globe-network`);
      await chartReady(page);
      const chart = page.getByTestId('growth-chart');
      // member organisations (IAACA) and authorities (GlobE): never on one axis.
      await expect(chart.getAttribute('data-panels')).resolves.toBe('2');
      await expect(page.getByTestId('undated-points').innerText()).resolves.toContain('IAACA: 180 member organisations');
      await expect(page.getByTestId('chart-key').innerText()).resolves.toContain('lower bound');
      await page.waitForTimeout(600);
      await shot(page, 'present-chart-iaaca-globe');

      await page.locator('.gf-points summary').click();
      await page.locator('.gf-points button', { hasText: '≥160' }).click();
      const details = page.getByTestId('point-details');
      await details.waitFor({ state: 'visible' });
      await expect(page.getByTestId('point-value').innerText()).resolves.toContain('At least 160 member organisations');
      await expect(details.innerText()).resolves.toContain('https://gov.mo/en/news/318003');

      const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('chart-export-png').click()]);
      expect(png.suggestedFilename()).toMatch(/^cooperation-atlas-growth-iaaca-globe-network\.png$/);
      const pngFile = path.join(SHOTS, 'present-export-chart.png');
      await png.saveAs(pngFile);
      const bytes = fs.readFileSync(pngFile);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(10 * 1024);
      expect(bytes.readUInt32BE(16)).toBe(3200);

      const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('chart-export-svg').click()]);
      const text = fs.readFileSync(await svg.path());
      const s = text.toString('utf8');
      expect(s.startsWith('<?xml')).toBe(true);
      expect(s).toContain('<svg');
      expect(s).toContain('IAACA and GlobE: membership over time');
      expect(s).toContain('Sources:');
    },
    STEP_TIMEOUT,
  );

  it(
    'plays the timeline in the explorer: nodes appear in date order, positions held',
    async () => {
      await page.goto(app!.url);
      await settleCanvas(page);
      const total = (await page.evaluate(() => window.__atlas!.nodeIds())).length;
      expect(total).toBeGreaterThan(50);
      const before = await page.evaluate(() => window.__atlas!.position('icac'));
      await page.getByTestId('timeline-toggle').click();
      const bar = page.getByTestId('timeline');
      await bar.waitFor({ state: 'visible' });

      const sample = () =>
        page.evaluate(() => {
          const a = window.__atlas!;
          const tl = window.__atlasTimeline!;
          const key = tl.frameKey();
          const ids = a.nodeIds();
          const visible = ids.filter((id) => !a.classesOf(id).includes('tl-hidden'));
          const hidden = ids.filter((id) => a.classesOf(id).includes('tl-hidden'));
          // In date order: nothing shown before its date, nothing hidden once its date has come.
          const early = visible.filter((id) => {
            const k = tl.appearKey(id);
            return k !== null && k !== undefined && (key === null || k > key);
          });
          const late = hidden.filter((id) => {
            const k = tl.appearKey(id);
            return key !== null && (k === null || (k !== undefined && k <= key));
          });
          const bar = document.querySelector('[data-testid="timeline"]') as HTMLElement;
          return {
            index: tl.frameIndex(),
            key,
            visible: visible.length,
            early,
            late,
            counter: document.querySelector('[data-testid="timeline-date"]')!.textContent,
            attr: Number(bar.dataset.visibleNodes),
          };
        });

      const samples = [await sample()];
      expect(samples[0]!.index).toBe(0);
      expect(samples[0]!.visible).toBeLessThan(total);
      // Step forward with the keyboard.
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((n) => window.__atlasTimeline!.frameIndex() === n, i + 1);
        samples.push(await sample());
      }
      // Then play at 4x and sample while it runs.
      await page.getByTestId('timeline-speed-4').click();
      await page.getByTestId('timeline-play').click();
      for (let i = 0; i < 5; i++) {
        await page.waitForFunction(
          (n) => window.__atlasTimeline!.frameIndex() > n || !window.__atlasTimeline!.playing(),
          samples[samples.length - 1]!.index,
          { timeout: 30_000 },
        );
        samples.push(await sample());
        if (i === 2) await shot(page, 'present-timeline-playback');
      }
      await page.getByTestId('timeline-play').click();

      for (const s of samples) {
        expect(s.early).toEqual([]);
        expect(s.late).toEqual([]);
        expect(s.attr).toBe(s.visible);
      }
      for (let i = 1; i < samples.length; i++) {
        expect(samples[i]!.visible).toBeGreaterThanOrEqual(samples[i - 1]!.visible);
        expect(samples[i]!.index).toBeGreaterThan(samples[i - 1]!.index);
        expect(samples[i]!.key! > (samples[i - 1]!.key ?? '')).toBe(true);
        expect(samples[i]!.counter).not.toBe(samples[i - 1]!.counter);
      }
      expect(samples[samples.length - 1]!.visible).toBeGreaterThan(samples[0]!.visible);
      // Positions held: showing and hiding never moves a node.
      expect(await page.evaluate(() => window.__atlas!.position('icac'))).toEqual(before);
    },
    STEP_TIMEOUT,
  );

  it(
    'records the timeline playback to a WebM video',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: STEP_TIMEOUT - 10_000 }),
        page.getByTestId('timeline-record').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cooperation-atlas-timeline-.+\.webm$/);
      const file = path.join(SHOTS, 'present-timeline.webm');
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
      expect(bytes.length).toBeGreaterThan(10 * 1024);
      // Closing the bar shows the whole view again.
      await page.getByTestId('timeline-close').click();
      const hidden = await page.evaluate(
        () => window.__atlas!.nodeIds().filter((id) => window.__atlas!.classesOf(id).includes('tl-hidden')).length,
      );
      expect(hidden).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
