// End-to-end: the details panel with nothing selected tells the story of the view (the ICAC at
// the centre, in English and Chinese), its entries select entities, notes show citations rather
// than raw source ids, node counts say what they count, and the header's copy-link button copies
// the current URL and says so.
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

async function openSummary(p: Page, query = '') {
  await p.goto(`${app!.url}/${query}`);
  await p.getByTestId('view-summary').waitFor({ state: 'visible', timeout: 60_000 });
  await p.waitForFunction(() => !!window.__atlas && window.__atlas.nodeIds().length > 0, undefined, { timeout: 60_000 });
}

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  ({ app, context, page, pageErrors } = session);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
});

afterAll(async () => {
  await session?.close();
});

describe('Details panel summary (headless Chromium)', () => {
  it(
    'names the ICAC as the centre of the default view, in English and Chinese',
    async () => {
      await openSummary(page);
      const headline = await page.getByTestId('summary-headline').innerText();
      expect(headline).toMatch(/^ICAC is at the centre: \d+ of \d+ entities are one step from it\.$/);
      const [oneStep, total] = headline.match(/\d+/g)!.map(Number);
      expect(total).toBe(await page.evaluate(() => window.__atlas!.nodeIds().length));
      expect(oneStep).toBeGreaterThan(10);
      expect(oneStep).toBeLessThan(total);
      await expect(page.getByTestId('summary-centre').locator('button').first().getAttribute('data-node')).resolves.toBe('icac');
      await expect(page.getByTestId('summary-span').innerText()).resolves.toMatch(/^\d{4} – \d{4}$/);
      await page.screenshot({ path: path.join(SHOTS, 'details-summary-en-1366x768.png') });

      await openSummary(page, '?lang=zh');
      await expect(page.getByTestId('summary-headline').innerText()).resolves.toMatch(
        /^廉政公署位於中心：\d+ 個實體中有 \d+ 個與其直接相連。$/,
      );
      await expect(page.getByTestId('summary-centre').locator('button').first().innerText()).resolves.toBe('廉政公署');
      await page.screenshot({ path: path.join(SHOTS, 'details-summary-zh-1366x768.png') });
    },
    STEP_TIMEOUT,
  );

  it(
    'selects the centre when it is clicked; its counts say what they count and its note cites sources, not ids',
    async () => {
      await openSummary(page);
      await page.getByTestId('summary-centre').locator('button[data-node="icac"]').click();
      await page.waitForURL(/sel=icac/, { timeout: 30_000 });
      const details = page.locator('[data-testid="node-details"][data-node="icac"]');
      await details.waitFor({ state: 'visible', timeout: 30_000 });

      const counts = await page.getByTestId('node-counts').innerText();
      const api = await app!.get('/api/nodes/icac');
      expect(api.body.mentionedIn).toBeGreaterThan(0);
      expect(counts).toBe(`${api.body.degree} relationships with other entities · mentioned in ${api.body.mentionedIn} documents`);

      const note = page.getByTestId('details-note');
      const text = await note.innerText();
      expect(text).toContain('Over 50 years of anti-corruption experience');
      expect(text).not.toContain('legco-lcq17-2025');
      expect(text).not.toMatch(/\([a-z0-9]+(-[a-z0-9]+)+\)/);
      const cite = note.locator('button[data-source="legco-lcq17-2025"]');
      await expect(cite.getAttribute('aria-label')).resolves.toMatch(/^Source: LCQ17/);
      await cite.click();
      await page.waitForURL(/src=legco-lcq17-2025/, { timeout: 30_000 });
    },
    STEP_TIMEOUT,
  );

  it(
    'copies the link to the current view and announces it',
    async () => {
      await openSummary(page, '?lang=zh');
      await page.getByTestId('copy-link').focus();
      await page.keyboard.press('Enter');
      const status = page.getByTestId('copy-link-status');
      await page.waitForFunction(() => !!document.querySelector('[data-testid="copy-link-status"]')?.textContent, undefined, {
        timeout: 10_000,
      });
      await expect(status.innerText()).resolves.toBe('已複製連結');
      await expect(page.locator('.copy-link-popover').count()).resolves.toBe(0);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
      expect(copied).toContain('lang=zh');
    },
    STEP_TIMEOUT,
  );

  it(
    'without the Clipboard API, shows the link selected in a popover',
    async () => {
      const p = await context.newPage();
      await p.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await openSummary(p);
      await p.getByTestId('copy-link').click();
      const field = p.locator('.copy-link-popover input');
      await field.waitFor({ state: 'visible', timeout: 10_000 });
      await expect(field.inputValue()).resolves.toBe(p.url());
      const selected = await p.evaluate(() => {
        const el = document.querySelector<HTMLInputElement>('.copy-link-popover input')!;
        return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
      });
      expect(selected).toBe(p.url());
      await p.keyboard.press('Escape');
      await expect(p.locator('.copy-link-popover').count()).resolves.toBe(0);
      await p.close();
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
