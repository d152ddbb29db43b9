// End-to-end: the network reads at a glance. The same link draws the same picture on every load;
// the view's key entities are labelled; captions never overlap as the user zooms in and out, and
// zooming in makes room for more of them; a selection labels its neighbours; look-alike MoUs get
// distinct captions in both languages (short names); entities with no relationship in view sit
// apart, under the network. Headless Chromium at 1366x768.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, waitForCanvas, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';
import { overlappingCaptions, type CaptionBox } from '../support/canvas-hooks.ts';

const STEP_TIMEOUT = 180_000;

let session: E2eSession | undefined;
let app: TestApp;
let page: Page;

async function open(p: Page, query = '') {
  await p.goto(`${app.url}/${query}`);
  await waitForCanvas(p);
}

const captions = (p: Page) => p.evaluate(() => window.__atlas!.captionBoxes()) as Promise<CaptionBox[]>;
const positions = (p: Page) =>
  p.evaluate(() => Object.fromEntries(window.__atlas!.nodeIds().map((id) => [id, window.__atlas!.position(id)!]))) as Promise<
    Record<string, { x: number; y: number }>
  >;

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  ({ app, page } = session);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('A network that reads at a glance (headless Chromium, 1366x768)', () => {
  it(
    'draws the same positions for the same link, load after load',
    async () => {
      await open(page, '?from=2024&to=2024');
      const first = await positions(page);
      await open(page, '?from=2024&to=2024');
      const second = await positions(page);
      expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
      for (const [id, p] of Object.entries(first)) {
        expect(second[id]!.x, id).toBeCloseTo(p.x, 3);
        expect(second[id]!.y, id).toBeCloseTo(p.y, 3);
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'labels the key entities, keeps captions apart at every zoom, and shows more of them zoomed in',
    async () => {
      await open(page);
      const fitted = await captions(page);
      expect(overlappingCaptions(fitted)).toEqual([]);
      const labelled = new Set(fitted.map((b) => b.id));
      for (const id of ['icac', 'iaaca', 'customs-hk', 'china']) expect(labelled.has(id), id).toBe(true);
      // Key entities are drawn bold and big: the ICAC's caption is taller than an ordinary one.
      await expect(page.evaluate(() => window.__atlas!.classesOf('icac'))).resolves.toContain('key');

      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(1000);
      const zoomed = await captions(page);
      expect(overlappingCaptions(zoomed)).toEqual([]);
      // Captions keep their size on screen, so zooming in spreads the nodes under them: the
      // nodes in view are labelled in a larger share than when the whole network was fitted.
      const inView = (await page.evaluate(() => window.__atlas!.zoom())) as number;
      expect(inView).toBeGreaterThan(0.5);
      const heights = zoomed.map((b) => b.y2 - b.y1);
      const fittedHeights = fitted.map((b) => b.y2 - b.y1);
      expect(Math.min(...heights)).toBeGreaterThan(Math.min(...fittedHeights) * 0.8);
      expect(Math.max(...heights)).toBeLessThan(Math.max(...fittedHeights) * 1.6);
      await page.screenshot({ path: path.join(SHOTS, 'canvas-zoomed-in-1366x768.png') });

      for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(1000);
      expect(overlappingCaptions(await captions(page))).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'labels the neighbours of a selection first',
    async () => {
      await open(page, '?sel=customs-hk');
      const boxes = await captions(page);
      expect(overlappingCaptions(boxes)).toEqual([]);
      const labelled = new Set(boxes.map((b) => b.id));
      const neighbours = (await page.evaluate(() =>
        window.__atlas!.nodeIds().filter((id) => window.__atlas!.classesOf(id).includes('nbr')),
      )) as string[];
      expect(neighbours.length).toBeGreaterThan(5);
      expect(labelled.has('customs-hk')).toBe(true);
      const shown = neighbours.filter((id) => labelled.has(id));
      expect(shown.length / neighbours.length).toBeGreaterThan(0.6);
    },
    STEP_TIMEOUT,
  );

  it(
    'names look-alike MoUs apart, in English and Chinese',
    async () => {
      for (const lang of ['en', 'zh'] as const) {
        await open(page, `?sel=icac&labels=Agency,Agreement&types=SIGNED${lang === 'zh' ? '&lang=zh' : ''}`);
        const mous = ((await captions(page)) as CaptionBox[]).filter((b) => b.id.startsWith('mou-icac-'));
        expect(mous.length, lang).toBeGreaterThanOrEqual(5);
        const texts = mous.map((b) => b.text.replace(/\n/g, lang === 'zh' ? '' : ' '));
        expect(new Set(texts).size, `${lang}: ${texts.join(' | ')}`).toBe(texts.length);
        // Each caption names the counterpart (a country or UNODC), not only "MoU between the ICAC and…".
        for (const text of texts) expect(text, text).toMatch(lang === 'en' ? /^MoU (·\s)?[A-Z]/ : /^(UNODC|[\u4e00-\u9fff]{2,})/);
        expect(texts.join(' | ')).toMatch(lang === 'en' ? /Maldives( ·)? 2024-09/ : /馬爾代夫諒解備忘錄/);
        await page.screenshot({ path: path.join(SHOTS, `canvas-mous-${lang}-1366x768.png`) });
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'sets entities with no relationship in view apart, under the network',
    async () => {
      await open(page);
      const isolated = (await page.evaluate(() =>
        window.__atlas!.nodeIds().filter((id) => window.__atlas!.classesOf(id).includes('isolated')),
      )) as string[];
      expect(isolated.length).toBeGreaterThan(0);
      const all = await positions(page);
      const connected = Object.entries(all).filter(([id]) => !isolated.includes(id));
      const lowest = Math.max(...connected.map(([, p]) => p.y));
      for (const id of isolated) expect(all[id]!.y, id).toBeGreaterThan(lowest);
    },
    STEP_TIMEOUT,
  );
});
