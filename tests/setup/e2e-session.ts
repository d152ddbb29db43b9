// One browser session for an end-to-end test file: checks the client is built, starts the app
// against the test run's Neo4j, launches Debian's Chromium with the canvas test hooks installed
// (window.__atlas, tests/support/canvas-hooks.ts) and opens a page that records uncaught page
// errors. `close()` stops the browser and the app (call it in afterAll).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installCanvasHooks } from '../support/canvas-hooks.ts';
import { launchBrowser } from './browser.ts';
import { startTestApp, type TestApp } from './harness.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Screenshots and downloads the browser tests keep as artefacts. */
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

export interface E2eSession {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Messages of uncaught errors raised in `page`. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** `appEnv` overrides the app's configuration (e.g. an ADMIN_TOKEN for the curation pages). */
export async function openE2eSession(
  viewport: { width: number; height: number },
  appEnv: Record<string, string> = {},
): Promise<E2eSession> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client', 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` before the end-to-end tests.');
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const app = await startTestApp(appEnv);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-GB' });
    // window.__atlas in every page of the context, including those the tests open later.
    await installCanvasHooks(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const b = browser;
    return {
      app,
      browser: b,
      context,
      page,
      pageErrors,
      close: async () => {
        await b.close().catch(() => undefined);
        await app.close().catch(() => undefined);
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await app.close().catch(() => undefined);
    throw e;
  }
}

/**
 * Waits until the network is drawn and still: a canvas with nodes, no layout running, and then
 * `settleMs` more for the captions, placed just after a layout and once the viewport settles.
 */
export async function waitForCanvas(page: Page, settleMs = 900): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="canvas"]');
      return (
        !!window.__atlas &&
        el?.getAttribute('data-layout') === 'idle' &&
        !window.__atlas.layoutRunning() &&
        window.__atlas.nodeIds().length > 0
      );
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForTimeout(settleMs);
}
