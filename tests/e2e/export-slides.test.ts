// End-to-end: the network exported as briefing slides. PNG at 1920x1080 and 3840x2160, SVG at
// 1920x1080, in English and Chinese, from the explorer and from a story step: the right size, a
// title, every source the view cites listed whole (on the slide or on continuation pages), and no
// two node captions of the exported picture over one another (the SVG's text boxes, measured in
// the browser). Files kept in test-results/screenshots/exports/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, waitForCanvas, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';

const STEP_TIMEOUT = 240_000;
const OUT = path.join(SHOTS, 'exports');

let session: E2eSession | undefined;
let app: TestApp;
let page: Page;

const settle = (p: Page) => waitForCanvas(p, 800);

/** Clicks an export and keeps every file it downloads (a slide, then its continuation pages). */
async function exportFiles(p: Page, click: () => Promise<void>, prefix: string): Promise<string[]> {
  const files: string[] = [];
  const onDownload = (d: import('playwright-core').Download) => {
    const f = path.join(OUT, `${prefix}-${files.length + 1}-${d.suggestedFilename()}`);
    files.push(f);
    void d.saveAs(f);
  };
  p.on('download', onDownload);
  await click();
  // The slide comes first; continuation pages follow 400 ms apart.
  await p.waitForEvent('download', { timeout: 60_000 }).catch(() => undefined);
  await p.waitForTimeout(2500);
  p.off('download', onDownload);
  for (const f of files) await expect.poll(() => fs.existsSync(f) && fs.statSync(f).size > 0, { timeout: 20_000 }).toBe(true);
  return files;
}

const pngSize = (file: string) => {
  const b = fs.readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

/** Node captions in an exported SVG that overlap (their rendered boxes, in the browser). */
async function svgCaptionOverlaps(p: Page, svg: string): Promise<{ count: number; captions: number; pairs: string[] }> {
  const other = await p.context().newPage();
  try {
    await other.setContent(`<!doctype html><body style="margin:0">${svg.replace(/<\?xml[^>]*>/, '')}</body>`);
    return await other.evaluate(() => {
      // The network's own <svg> nested in the slide: its captions are the <text> with <tspan> lines.
      const texts = [...document.querySelectorAll('svg svg text')].filter((t) => t.querySelector('tspan'));
      const boxes = texts.map((t) => ({ r: t.getBoundingClientRect(), s: (t.textContent ?? '').slice(0, 40) }));
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1.5 && h > 1.5) pairs.push(`${boxes[i]!.s} × ${boxes[j]!.s}`);
        }
      return { count: pairs.length, captions: boxes.length, pairs: pairs.slice(0, 5) };
    });
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  ({ app, page } = session);
  fs.mkdirSync(OUT, { recursive: true });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('Slides (headless Chromium)', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(
      `exports the default view as 16:9 slides with every source and no overlapping caption (${lang})`,
      async () => {
        await page.goto(`${app.url}/${lang === 'zh' ? '?lang=zh' : ''}`);
        await settle(page);
        const menu = async (kind: string) => {
          await page.getByTestId('export-button').click();
          await page.locator(`[data-export="${kind}"]`).click();
        };
        const png = await exportFiles(page, () => menu('png'), `view-${lang}-png`);
        expect(png.length).toBeGreaterThanOrEqual(1);
        for (const f of png) expect(pngSize(f)).toEqual({ width: 1920, height: 1080 });
        const uhd = await exportFiles(page, () => menu('png4k'), `view-${lang}-uhd`);
        for (const f of uhd) expect(pngSize(f)).toEqual({ width: 3840, height: 2160 });
        expect(uhd.length).toBe(png.length);

        const svgFiles = await exportFiles(page, () => menu('svg'), `view-${lang}-svg`);
        const svgs = svgFiles.map((f) => fs.readFileSync(f, 'utf8'));
        expect(svgs[0]).toMatch(/width="1920" height="1080"/);
        expect(svgs[0]).toContain(lang === 'zh' ? '合作圖譜' : 'Cooperation Atlas');
        // Every source the view cites, numbered 1..n, whole, on the slide or the pages after it.
        const cited = (await page.evaluate(async () => {
          const r = await fetch('/api/graph');
          const g = (await r.json()) as {
            nodes: { properties: { sources?: string[] } }[];
            edges: { properties: { sources?: string[] } }[];
          };
          return new Set([...g.nodes, ...g.edges].flatMap((e) => e.properties.sources ?? [])).size;
        })) as number;
        const all = svgs.join('\n');
        for (let i = 1; i <= cited; i++) expect(all, `source [${i}]`).toContain(`[${i}] `);
        expect(all).not.toContain(`[${cited + 1}] `);
        const overlaps = await svgCaptionOverlaps(page, svgs[0]!);
        expect(overlaps.captions).toBeGreaterThan(15);
        expect(overlaps.pairs).toEqual([]);
      },
      STEP_TIMEOUT,
    );
  }

  it(
    'exports a story step the same way, in Chinese',
    async () => {
      await page.goto(`${app.url}/present/story/customs-wco-asia-pacific/3?lang=zh`);
      await settle(page);
      const files = await exportFiles(page, () => page.getByRole('button', { name: /網絡 SVG/ }).click(), 'story-zh-svg');
      const svg = fs.readFileSync(files[0]!, 'utf8');
      expect(svg).toMatch(/width="1920" height="1080"/);
      expect(svg).toContain('資料來源：');
      const overlaps = await svgCaptionOverlaps(page, svg);
      expect(overlaps.captions).toBeGreaterThan(5);
      expect(overlaps.pairs).toEqual([]);
      const png = await exportFiles(page, () => page.getByRole('button', { name: /網絡 PNG/ }).click(), 'story-zh-png');
      expect(pngSize(png[0]!)).toEqual({ width: 1920, height: 1080 });
    },
    STEP_TIMEOUT,
  );
});
