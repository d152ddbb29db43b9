// End-to-end: every screen looked at as a user would, at 1366x768 and 1920x1080, in English and
// Chinese. Each screen is saved (test-results/screenshots/audit/) and checked for text cut by its
// box, controls the user cannot reach and node captions drawn over one another
// (tests/support/screen-audit.ts). The default view and every story step must have no
// overlapping captions. One browser context per size and language.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHOTS, openE2eSession, waitForCanvas, type E2eSession } from '../setup/e2e-session.ts';
import { installCanvasHooks } from '../support/canvas-hooks.ts';
import { auditScreen, type ScreenProblem } from '../support/screen-audit.ts';

const AUDIT_SHOTS = path.join(SHOTS, 'audit');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = ['en', 'zh'] as const;

interface Screen {
  name: string;
  url: string;
  /** The screen draws a network: wait for its layout and captions. */
  canvas?: boolean;
  /** The screen draws a growth chart: wait for it. */
  chart?: boolean;
  /** The network on screen is only partly shown (a timeline at its start): no minimum of captions. */
  partial?: boolean;
  /** Something to do once the page is ready (open a panel, run a query). */
  act?: (p: Page) => Promise<void>;
}

/** The shipped stories' steps: a network (canvas) or a chart. */
const STORY_DIR = path.join(ROOT, 'seed', 'stories');
const STORIES = fs
  .readdirSync(STORY_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(STORY_DIR, f), 'utf8')) as { id: string; steps: { view?: { chart?: unknown } }[] });

const SCREENS: Screen[] = [
  { name: 'explore-default', url: '/', canvas: true },
  { name: 'explore-selected', url: '/?sel=icac', canvas: true },
  { name: 'explore-paths', url: '/?path=icac~wco&tab=paths', canvas: true },
  { name: 'explore-2024-dated', url: '/?from=2024&to=2024&dated=1', canvas: true },
  { name: 'explore-source', url: '/?src=icac-ar-2024-ch6', canvas: true },
  { name: 'explore-common', url: '/?common=icac,customs-hk', canvas: true },
  {
    name: 'explore-timeline',
    url: '/',
    canvas: true,
    partial: true,
    act: async (p) => {
      await p.getByTestId('timeline-toggle').click();
      await p.getByTestId('timeline').waitFor({ state: 'visible' });
      await p.waitForTimeout(600);
    },
  },
  { name: 'console', url: '/console' },
  { name: 'present-stories', url: '/present' },
  { name: 'present-charts', url: '/present/charts', chart: true },
  { name: 'story-presenting', url: '/present/story/customs-wco-asia-pacific/3?present=1', canvas: true },
  ...STORIES.flatMap((story) =>
    story.steps.map((step, i) => ({
      name: `story-${story.id}-${i + 1}`,
      url: `/present/story/${story.id}/${i + 1}`,
      ...(step.view?.chart ? { chart: true } : { canvas: true }),
    })),
  ),
];

let session: E2eSession | undefined;
const problems: (ScreenProblem & { screen: string })[] = [];
const captionCounts = new Map<string, number>();

/** The page is loaded: no request in flight, no layout running, captions placed. */
async function settle(p: Page, canvas: boolean, chart: boolean) {
  await p.waitForLoadState('networkidle');
  if (chart) await p.locator('[data-testid="growth-chart"][data-ready="true"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  if (canvas) await waitForCanvas(p, 0);
  // Captions are placed just after a layout and once the viewport settles.
  await p.waitForTimeout(canvas ? 900 : 400);
}

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  fs.mkdirSync(AUDIT_SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('Every screen, both sizes, both languages (headless Chromium)', () => {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      it(`${size.width}x${size.height} ${lang}`, async () => {
        const { browser, app } = session!;
        let context: BrowserContext | undefined;
        try {
          context = await browser.newContext({ viewport: size, locale: lang === 'zh' ? 'zh-HK' : 'en-GB' });
          await installCanvasHooks(context);
          const p = await context.newPage();
          const errors: string[] = [];
          p.on('pageerror', (e) => errors.push(e.message));
          for (const screen of SCREENS) {
            const sep = screen.url.includes('?') ? '&' : '?';
            try {
              await p.goto(`${app.url}${screen.url}${lang === 'zh' ? `${sep}lang=zh` : ''}`);
              await settle(p, !!screen.canvas, !!screen.chart);
              if (screen.act) await screen.act(p);
            } catch (e) {
              throw new Error(`${screen.name} (${lang}, ${size.width}): ${(e as Error).message}`, { cause: e });
            }
            const key = `${screen.name}-${lang}-${size.width}`;
            await p.screenshot({ path: path.join(AUDIT_SHOTS, `${key}.png`) });
            for (const problem of await auditScreen(p)) problems.push({ ...problem, screen: key });
            if (screen.canvas && !screen.partial)
              captionCounts.set(key, (await p.evaluate(() => window.__atlas?.captionBoxes().length ?? 0)) as number);
          }
          expect(errors).toEqual([]);
        } finally {
          await context?.close();
        }
        const here = problems.filter((x) => x.screen.endsWith(`-${lang}-${size.width}`));
        expect(here).toEqual([]);
        // The networks are labelled: the key entities at least (not a canvas with its captions all hidden).
        for (const [key, n] of captionCounts) if (key.endsWith(`-${lang}-${size.width}`)) expect(n, key).toBeGreaterThanOrEqual(3);
      }, 600_000);
    }
  }
});
