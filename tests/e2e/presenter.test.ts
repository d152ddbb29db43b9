// End-to-end: the Presenter in headless Debian Chromium (playwright-core) against the real app and
// the test run's Neo4j with the seed loaded, at projector size (1920x1080). A story stepped
// through with the keyboard in presentation mode, a chart comparing IAACA and GlobE (lower
// bounds, undated counts, a point's source) exported as PNG and SVG, and the explorer's timeline
// played (nodes appear in date order) and recorded to WebM. The Charts view's default chart, its
// range and "all years", a click on IAACA's 122 reaching the point, no chart word cut, overlapping
// or crossed by a line (at 1366x768 and 1920x1080, both languages), slide exports at 1920x1080
// and 3840x2160 listing every milestone and source, and story steps whose timeline bar never
// covers the canvas. Screenshots: test-results/screenshots/present-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrowthResponse, SourceRef, Story } from '../../server/shared/contracts.ts';
import { fixedT } from '../../client/src/i18n/index.ts';
import { milestoneItems, sourceItems } from '../../client/src/features/presenter/lib/chart-export.ts';
import { buildChartModel } from '../../client/src/features/presenter/lib/chart-series.ts';
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

/** Where each drawn point of the chart is, in page pixels (the chart's data-points-px, from ECharts' convertToPixel). */
async function pointsPx(p: Page): Promise<{ pid: number; label: string; x: number; y: number }[]> {
  const chart = p.getByTestId('growth-chart');
  const box = (await chart.boundingBox())!;
  const at = JSON.parse((await chart.getAttribute('data-points-px')) ?? '[]') as { pid: number; label: string; x: number; y: number }[];
  return at.map((a) => ({ ...a, x: box.x + a.x, y: box.y + a.y }));
}

/**
 * The chart's words as drawn (SVG text), and what is wrong with them: a word outside the chart,
 * two words over each other, a word with "…", a word a series line (a stroke 2.5 px or wider)
 * runs through (the browser's own isPointInStroke, sampled over the word's box).
 */
async function chartTextProblems(p: Page): Promise<{ texts: string[]; problems: string[] }> {
  return p.evaluate(() => {
    const host = document.querySelector('[data-testid="growth-chart"]')!;
    const frame = host.getBoundingClientRect();
    const shown = (el: Element) => {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return cs.display !== 'none' && cs.visibility !== 'hidden' && Number(cs.opacity) > 0.05 && r.width > 0.5 && r.height > 0.5;
    };
    const texts = [...host.querySelectorAll('svg text')].filter((t) => shown(t) && (t.textContent ?? '').trim());
    const boxes = texts.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const b of boxes) {
      if (b.text.includes('…')) problems.push(`cut: ${b.text}`);
      if (b.r.left < frame.left - 0.5 || b.r.right > frame.right + 0.5 || b.r.top < frame.top - 0.5 || b.r.bottom > frame.bottom + 0.5)
        problems.push(`outside the chart: ${b.text}`);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const c = boxes[j]!.r;
        const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (w > 1.5 && h > 1.5) problems.push(`overlap: ${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    const lines = [...host.querySelectorAll('svg path')].filter((el) => {
      const cs = getComputedStyle(el);
      return cs.fill === 'none' && parseFloat(cs.strokeWidth) >= 2.5 && cs.stroke !== 'none' && Number(cs.strokeOpacity) > 0.5;
    }) as SVGPathElement[];
    for (const b of boxes) {
      // Sample the inner part of the box (glyph boxes include some line spacing above and below).
      const r = b.r;
      const crossed = lines.some((path) => {
        const m = path.getScreenCTM()?.inverse();
        if (!m) return false;
        for (let fx = 0.1; fx <= 0.9; fx += 0.1)
          for (let fy = 0.25; fy <= 0.75; fy += 0.125) {
            const pt = new DOMPoint(r.left + r.width * fx, r.top + r.height * fy).matrixTransform(m);
            if (path.isPointInStroke(pt)) return true;
          }
        return false;
      });
      if (crossed) problems.push(`a line runs through: ${b.text}`);
    }
    return { texts: boxes.map((b) => b.text), problems };
  });
}

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

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
      expect(png.suggestedFilename()).toBe('cooperation-atlas-growth-iaaca-globe-network-1920x1080.png');
      const pngFile = path.join(SHOTS, 'present-export-chart.png');
      await png.saveAs(pngFile);
      const bytes = fs.readFileSync(pngFile);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(10 * 1024);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);

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
    'opens the Charts view on a chart (IAACA), kept in the URL',
    async () => {
      await page.goto(`${app!.url}/present/charts`);
      await chartReady(page);
      expect(new URL(page.url()).searchParams.get('orgs')).toBe('iaaca');
      await expect(page.getByTestId('growth-figure').getAttribute('data-orgs')).resolves.toBe('iaaca');
      await expect(page.getByTestId('growth-chart').getAttribute('data-panels')).resolves.toBe('1');
      expect(await page.locator('[data-org="iaaca"]').isChecked()).toBe(true);
      // The tab leads to the same default.
      await page.goto(`${app!.url}/present`);
      await page.getByTestId('present-tab-charts').click();
      await chartReady(page);
      expect(new URL(page.url()).searchParams.get('orgs')).toBe('iaaca');
    },
    STEP_TIMEOUT,
  );

  it(
    'starts IAACA after 2006 by default and widens to all years from the keyboard, with the gap shown, in the URL',
    async () => {
      await page.goto(`${app!.url}/present/charts?orgs=iaaca`);
      await chartReady(page);
      const chart = page.getByTestId('growth-chart');
      expect((await chart.getAttribute('data-x-min'))! > '2006-12-31').toBe(true);
      expect((await pointsPx(page)).map((p) => p.label).sort()).toEqual(['122', '180', '≥160']);
      await expect(page.getByTestId('chart-range').innerText()).resolves.toContain('150');
      await shot(page, 'present-chart-iaaca-default');

      await page.getByTestId('chart-years-all').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('years') === 'all');
      await chartReady(page);
      // From 2006: IAACA's founding (a milestone) and its 150 member organisations in October.
      await expect(chart.getAttribute('data-x-min')).resolves.toBe('2006-01-01');
      expect((await pointsPx(page)).map((p) => p.label)).toContain('150');
      await expect(page.getByTestId('chart-years-all').getAttribute('aria-pressed')).resolves.toBe('true');
      // 150 (2006) is not joined to 122 (2022): the key says why the line is broken.
      expect(await page.locator('[data-testid="chart-key"] [data-kind="gap"]').count()).toBe(1);
      await shot(page, 'present-chart-iaaca-all-years');
      await page.reload();
      await chartReady(page);
      await expect(chart.getAttribute('data-x-min')).resolves.toBe('2006-01-01');
    },
    STEP_TIMEOUT,
  );

  it(
    'opens the 122 point’s details on a click at the point, though a milestone line runs through it',
    async () => {
      for (const years of ['', '&years=all']) {
        await page.goto(`${app!.url}/present/charts?orgs=iaaca${years}`);
        await chartReady(page);
        const p122 = (await pointsPx(page)).find((p) => p.label === '122')!;
        expect(p122).toBeDefined();
        await page.mouse.click(p122.x, p122.y);
        const details = page.getByTestId('point-details');
        await details.waitFor({ state: 'visible', timeout: 10_000 });
        await expect(page.getByTestId('point-value').innerText()).resolves.toBe('122 member organisations');
        await expect(details.innerText()).resolves.toContain('2022');
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'draws no chart word cut, over another or crossed by a line, at 1366x768 and 1920x1080, in both languages',
    async () => {
      const views = ['orgs=iaaca', 'orgs=iaaca&years=all', 'orgs=iaaca,globe-network', 'orgs=globe-network', 'orgs=wco', 'orgs=uncac'];
      try {
        for (const size of [
          { width: 1366, height: 768 },
          { width: 1920, height: 1080 },
        ]) {
          await page.setViewportSize(size);
          for (const lang of ['en', 'zh'])
            for (const v of views) {
              await page.goto(`${app!.url}/present/charts?${v}${lang === 'zh' ? '&lang=zh' : ''}`);
              await chartReady(page);
              const { texts, problems } = await chartTextProblems(page);
              expect(problems, `${v} ${lang} ${size.width}`).toEqual([]);
              expect(texts.length).toBeGreaterThan(8);
              if (v === 'orgs=iaaca') {
                // The latest count, the lower bound and the milestone words are there, whole.
                expect(texts).toEqual(expect.arrayContaining(['180', '≥160', lang === 'zh' ? '廉政公署 · 主席' : 'ICAC · President']));
                if (lang === 'zh') expect(texts.join(' ')).not.toMatch(/President|member organisations|\bJul\b/);
                await shot(page, `present-chart-iaaca-${size.width}-${lang}`);
              }
            }
        }
      } finally {
        await page.setViewportSize({ width: 1920, height: 1080 });
      }
    },
    STEP_TIMEOUT * 2,
  );

  it(
    'exports the chart as 16:9 slides at 1920x1080 and 3840x2160 listing every milestone and source, in both languages',
    async () => {
      const growth = (await app!.get('/api/growth/iaaca')).body as GrowthResponse;
      const sources = new Map(((await app!.get('/api/sources')).body as { sources: SourceRef[] }).sources.map((s) => [s.id, s]));
      for (const lang of ['en', 'zh'] as const) {
        await page.goto(`${app!.url}/present/charts?orgs=iaaca${lang === 'zh' ? '&lang=zh' : ''}`);
        await chartReady(page);
        for (const [size, w, h] of [
          ['1080', 1920, 1080],
          ['2160', 3840, 2160],
        ] as const) {
          await page.getByTestId('chart-export-size').selectOption(size);
          const [png] = await Promise.all([
            page.waitForEvent('download', { timeout: 60_000 }),
            page.getByTestId('chart-export-png').click(),
          ]);
          const pngFile = path.join(SHOTS, `present-export-chart-${lang}-${w}x${h}.png`);
          await png.saveAs(pngFile);
          const bytes = fs.readFileSync(pngFile);
          expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
          const [svg] = await Promise.all([
            page.waitForEvent('download', { timeout: 60_000 }),
            page.getByTestId('chart-export-svg').click(),
          ]);
          const text = fs.readFileSync(await svg.path()).toString('utf8');
          fs.writeFileSync(path.join(SHOTS, `present-export-chart-${lang}-${w}x${h}.svg`), text);
          expect(text).toMatch(new RegExp(`<svg width="${w}" height="${h}"[^>]* viewBox="0 0 1920 1080"`));
          // Every word of the slide, lines put together: every milestone and every source whole.
          const words = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
            .map((m) =>
              m[1]!
                .replace(/&amp;/g, '&')
                .replace(/&lt;/g, '<')
                .replace(/&gt;/g, '>')
                .replace(/&quot;/g, '"')
                .replace(/&#39;/g, "'"),
            )
            .join('')
            .replace(/\s+/g, '');
          expect(words).not.toContain('…');
          const model = buildChartModel([growth], { milestones: 'curated', lang });
          const t = fixedT(lang, 'presenter');
          expect(words).toContain(t('chartTitle', { orgs: model.orgs[0]!.name }).replace(/\s+/g, ''));
          const items = [...milestoneItems(model, lang), ...sourceItems(model, lang, sources)];
          expect(items.length).toBeGreaterThan(8);
          for (const item of items) expect(words).toContain(item.replace(/\s+/g, ''));
        }
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'keeps the story’s timeline bar off the canvas, at 1366x768 and 1920x1080, in normal and presentation mode',
    async () => {
      try {
        for (const size of [
          { width: 1366, height: 768 },
          { width: 1920, height: 1080 },
        ]) {
          await page.setViewportSize(size);
          for (const step of ['customs-wco-asia-pacific/3', `${STORY}/1`])
            for (const present of [false, true]) {
              await page.goto(`${app!.url}/present/story/${step}${present ? '?present=1' : ''}`);
              await settleCanvas(page);
              const bar = page.getByTestId('timeline');
              await bar.waitFor({ state: 'visible' });
              const barBox = (await bar.boundingBox())!;
              const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
              expect(intersects(barBox, canvasBox), `${step} ${present} ${size.width}`).toBe(false);
              expect(barBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height - 1);
              // The bar is in the window, whole.
              expect(barBox.y + barBox.height).toBeLessThanOrEqual(size.height);
              // Every caption drawn is in the canvas's own box (above the bar).
              const captions = await page.evaluate(() => window.__atlas!.captionBoxes());
              for (const c of captions) expect(c.y2).toBeLessThanOrEqual(barBox.y + 0.5);
              if (step.startsWith('customs')) await shot(page, `present-story-customs-3-${size.width}${present ? '-present' : ''}`);
            }
        }
      } finally {
        await page.setViewportSize({ width: 1920, height: 1080 });
      }
    },
    STEP_TIMEOUT * 2,
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
