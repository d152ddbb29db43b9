// End-to-end: the analyst workbench (/console) in headless Debian Chromium against the real app and
// the test run's Neo4j with the seed loaded. One analyst's session: type a query with completion,
// run it with Ctrl+Enter, read the table and the graph, download CSV, open the nodes in the
// explorer, run a curated query from its form (and open it in the editor), see a syntax error
// marked in the text, reopen a shared link, switch to Chinese on a projector. Screenshots are kept
// in test-results/screenshots/console-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';

const STEP_TIMEOUT = 120_000;
const TYPED_QUERY = 'MATCH (a:Agency)-[r:MEMBER_OF]->(o:Organisation) RETURN a, r, o LIMIT 20';

let session: E2eSession | undefined;
let app: TestApp | undefined;
let context: BrowserContext;
let page: Page;
let pageErrors: string[] = [];

async function shot(p: Page, name: string) {
  await p.waitForTimeout(300);
  await p.screenshot({ path: path.join(SHOTS, `console-${name}.png`) });
}

/** The editor's text, line by line. */
const editorText = (p: Page) =>
  p
    .locator('.cm-content')
    .innerText()
    .then((s) => s.replace(/\u00a0/g, ' ').trim());

/** Replaces the editor's text by typing (autocompletion closed before running). */
async function typeQuery(p: Page, text: string) {
  await p.locator('.cm-content').click();
  await p.keyboard.press('Control+a');
  await p.keyboard.press('Delete');
  await p.keyboard.type(text);
  await p.keyboard.press('Escape');
}

async function runAndWait(p: Page, how: () => Promise<void>) {
  await how();
  await p.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="results"]')?.getAttribute('data-status');
      return s === 'done' || s === 'error';
    },
    undefined,
    { timeout: 60_000 },
  );
}

async function openConsole(p: Page, search = '') {
  await p.goto(`${app!.url}/console${search}`);
  await p.locator('.cm-content').waitFor({ state: 'visible', timeout: 60_000 });
}

beforeAll(async () => {
  session = await openE2eSession({ width: 1366, height: 768 });
  ({ app, context, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('Analyst workbench (headless Chromium)', () => {
  it(
    'opens the console: editor, library and a welcome with examples',
    async () => {
      await openConsole(page);
      await expect(page.getByTestId('mode-console').getAttribute('aria-current')).resolves.toBe('page');
      await page.getByTestId('welcome').waitFor({ state: 'visible' });
      await page.locator('[data-testid="library"] [data-testid^="curated-"]').first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.locator('[data-testid="library"] .wb-query').count()).toBeGreaterThanOrEqual(12);
      await shot(page, '01-welcome-1366x768');
    },
    STEP_TIMEOUT,
  );

  it(
    'types a query with autocompletion ("MATCH (a:Ag" → Agency) and runs it with Ctrl+Enter: the table has rows',
    async () => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await page.keyboard.type('MATCH (a:Ag');
      const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'Agency' }).first();
      await option.waitFor({ state: 'visible', timeout: 30_000 });
      await shot(page, '02-autocomplete');
      await page.keyboard.press('Enter');
      expect(await editorText(page)).toMatch(/^MATCH \(a:Agency\)?/);
      // Completion closed the bracket: go to the end and type the rest.
      await page.keyboard.press('End');
      const typed = await editorText(page);
      await page.keyboard.type(TYPED_QUERY.slice(typed.length));
      await page.keyboard.press('Escape');
      expect(await editorText(page)).toBe(TYPED_QUERY);

      await runAndWait(page, () => page.keyboard.press('Control+Enter'));
      const table = page.getByTestId('result-table');
      await table.waitFor({ state: 'visible' });
      const rows = Number(await table.getAttribute('data-rows'));
      expect(rows).toBeGreaterThan(0);
      expect(await table.locator('tbody tr').count()).toBe(rows);
      expect(await table.locator('thead [data-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-column')))).toEqual([
        'a',
        'r',
        'o',
      ]);
      await expect(page.getByTestId('result-meta').innerText()).resolves.toMatch(new RegExp(`${rows} rows · \\d+ ms`));
      // Sortable: the first click sorts ascending.
      await table.locator('thead [data-column="o"]').click();
      await expect(table.locator('thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('ascending');
      await shot(page, '03-table');
    },
    STEP_TIMEOUT,
  );

  it(
    "draws the result as a graph with the explorer's styles",
    async () => {
      await page.getByTestId('result-tab-graph').click();
      const graph = page.getByTestId('result-graph');
      await graph.waitFor({ state: 'visible' });
      await page.waitForFunction(
        () => document.querySelector('[data-testid="result-graph"]')?.getAttribute('data-layout') === 'idle',
        undefined,
        { timeout: 60_000 },
      );
      expect(Number(await graph.getAttribute('data-nodes'))).toBeGreaterThan(1);
      expect(Number(await graph.getAttribute('data-edges'))).toBeGreaterThan(0);
      await shot(page, '04-graph');
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads the table as CSV with a header row',
    async () => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/^atlas-query-\d{8}-\d{4}\.csv$/);
      const file = path.join(SHOTS, 'console-download.csv');
      await download.saveAs(file);
      const lines = fs
        .readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(lines[0]).toBe('a,r,o');
      expect(lines.length - 1).toBe(Number(await page.getByTestId('result-meta').getAttribute('data-rows')));
      expect(lines[1]).toMatch(/^[a-z0-9-]+,MEMBER_OF:[a-z0-9-]+->[a-z0-9-]+,[a-z0-9-]+$/);
    },
    STEP_TIMEOUT,
  );

  it(
    '"Replace canvas" opens the explorer with only the result\'s nodes; "Add to canvas" starts from the last explorer view',
    async () => {
      const replace = page.getByTestId('explorer-replace');
      const href = (await replace.getAttribute('href'))!;
      expect(href).toMatch(/^\/\?limit=0&pins=/);
      const ids = new URL(href, app!.url).searchParams.get('pins')!.split(',');
      const p2 = await context.newPage();
      try {
        await p2.goto(app!.url + href);
        await p2.getByTestId('pins-only').waitFor({ state: 'visible', timeout: 60_000 });
        await p2.waitForFunction(
          (n) =>
            Number(document.querySelector('[data-testid="counts"]')?.getAttribute('data-nodes')) === n &&
            !document.querySelector('[data-testid="busy"]'),
          ids.length,
          { timeout: 60_000 },
        );
        expect((await p2.evaluate(() => window.__atlas!.nodeIds())).sort()).toEqual([...ids].sort());
        await p2.waitForTimeout(800);
        await shot(p2, '05-explorer-replaced');
      } finally {
        await p2.close();
      }
      // The explorer remembered that view: "Add" builds on it.
      await page.getByTestId('result-tab-table').click();
      const add = new URL((await page.getByTestId('explorer-add').getAttribute('href'))!, app!.url).searchParams;
      expect(add.get('limit')).toBe('0');
      expect(add.get('pins')!.split(',').sort()).toEqual([...ids].sort());
    },
    STEP_TIMEOUT,
  );

  it(
    'runs a curated query from its form, checks fields first, and opens it in the editor',
    async () => {
      await page.getByTestId('side-tab-library').click();
      await page.getByTestId('curated-office-holders').click();
      const form = page.getByTestId('curated-form-office-holders');
      await form.waitFor({ state: 'visible' });
      await expect(form.locator('input[data-param="organisation"]').inputValue()).resolves.toBe('iaaca');
      await form.locator('input[data-param="organisation"]').fill('wco');
      await form.locator('input[data-param="role"]').fill('Vice-Chair');
      // A bad date is caught in the browser: nothing is sent.
      await form.locator('input[data-param="at"]').fill('2024-13');
      await form.getByTestId('curated-run').click();
      await expect(form.locator('.wb-field-error').innerText()).resolves.toContain('2024-05');
      await form.locator('input[data-param="at"]').fill('');
      await runAndWait(page, () => form.getByTestId('curated-run').click());
      await page.getByTestId('result-table').waitFor({ state: 'visible' });
      expect(Number(await page.getByTestId('result-meta').getAttribute('data-rows'))).toBeGreaterThan(0);
      await expect(page.getByTestId('result-table').innerText()).resolves.toContain('customs-hk');
      await expect(page.getByTestId('result-meta').innerText()).resolves.toContain('Who held an office');
      await shot(page, '06-curated');

      await form.getByTestId('curated-open').click();
      await expect.poll(() => editorText(page)).toContain('HOLDS_ROLE');
      const params = JSON.parse(await page.getByTestId('params-input').inputValue());
      expect(params).toMatchObject({ organisation: 'wco', role: 'Vice-Chair', at: null });
      await runAndWait(page, () => page.getByTestId('run').click());
      expect(await page.getByTestId('results').getAttribute('data-status')).toBe('done');
    },
    STEP_TIMEOUT,
  );

  it(
    'history keeps the runs and restores one into the editor',
    async () => {
      await page.getByTestId('side-tab-history').click();
      const entries = page.getByTestId('history-entry');
      expect(await entries.count()).toBeGreaterThanOrEqual(3);
      await entries.filter({ hasText: 'MATCH (a:Agency)-[r:MEMBER_OF]' }).first().click();
      await expect.poll(() => editorText(page)).toBe(TYPED_QUERY);
      await expect(page.getByTestId('params-input').inputValue()).resolves.toBe('');
    },
    STEP_TIMEOUT,
  );

  it(
    "marks a syntax error in the text, with the database's message at its line and column",
    async () => {
      await typeQuery(page, 'MATCH (a:Agency RETURN a');
      await runAndWait(page, () => page.getByTestId('run').click());
      const card = page.getByTestId('console-error');
      await card.waitFor({ state: 'visible' });
      await expect(card.getAttribute('data-code')).resolves.toBe('cypher_error');
      await expect(card.innerText()).resolves.toContain('Line 1, column 17');
      const inline = page.getByTestId('inline-error');
      await inline.waitFor({ state: 'visible' });
      await expect(inline.innerText()).resolves.toMatch(/^Line 1, column 17: Invalid input 'RETURN'/);
      await expect(page.locator('.cm-server-error-mark').innerText()).resolves.toBe('RETURN');
      await shot(page, '07-syntax-error');
      // Editing the text clears the stale marker.
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' ');
      await expect.poll(() => page.getByTestId('inline-error').count()).toBe(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'refuses writes clearly, and checks parameters before sending',
    async () => {
      await typeQuery(page, "CREATE (n:Agency {id: 'x'}) RETURN n");
      await runAndWait(page, () => page.getByTestId('run').click());
      await expect(page.getByTestId('console-error').getAttribute('data-code')).resolves.toBe('read_only');
      await expect(page.getByTestId('console-error').innerText()).resolves.toContain('Read-only console');

      await typeQuery(page, 'MATCH (a:Entity {id: $agency}) RETURN a.name AS name');
      await page.getByTestId('params-input').fill(':param agency => icac');
      await expect(page.getByTestId('params-status').innerText()).resolves.toContain('Line 1, column 18');
      await page.getByTestId('run').click();
      await expect(page.getByTestId('console-error').getAttribute('data-code')).resolves.toBe('invalid_params');
      await page.getByTestId('params-input').fill(":param agency => 'icac'");
      await runAndWait(page, () => page.getByTestId('run').click());
      await expect(page.getByTestId('result-table').innerText()).resolves.toContain('Independent Commission Against Corruption');
    },
    STEP_TIMEOUT,
  );

  it(
    'shares a query by URL: the link fills the editor and parameters, and runs only with run=1',
    async () => {
      await page.getByTestId('share').click();
      const plain = await page.getByTestId('share-url').inputValue();
      expect(new URL(plain).searchParams.get('run')).toBeNull();
      await page.getByTestId('share-run').check();
      const running = await page.getByTestId('share-url').inputValue();
      expect(new URL(running).searchParams.get('run')).toBe('1');

      const p2 = await context.newPage();
      try {
        await p2.goto(plain);
        await p2.locator('.cm-content').waitFor({ state: 'visible', timeout: 60_000 });
        await expect.poll(() => editorText(p2)).toBe('MATCH (a:Entity {id: $agency}) RETURN a.name AS name');
        expect(JSON.parse(await p2.getByTestId('params-input').inputValue())).toEqual({ agency: 'icac' });
        await p2.getByTestId('welcome').waitFor({ state: 'visible' });

        await p2.goto(running);
        await p2.locator('.cm-content').waitFor({ state: 'visible', timeout: 60_000 });
        await p2.getByTestId('result-table').waitFor({ state: 'visible', timeout: 60_000 });
        await expect(p2.getByTestId('result-table').innerText()).resolves.toContain('Independent Commission Against Corruption');
        await shot(p2, '08-shared-link');
      } finally {
        await p2.close();
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'says when an answer was cut at the size cap, and explains a refused LOAD CSV',
    async () => {
      await page.keyboard.press('Escape'); // the share popover of the previous step
      // ~5 kB a row: the 4 MB cap comes long before the 1,000-row cap.
      await typeQuery(page, "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 500) | s + 'xxxxxxxxxx') AS s");
      await runAndWait(page, () => page.getByTestId('run').click());
      await expect(page.getByTestId('truncated-banner').innerText()).resolves.toMatch(/size cap \(4 MB\)/);
      await expect(page.getByTestId('result-meta').innerText()).resolves.toContain('size cap reached');
      const rows = Number(await page.getByTestId('result-meta').getAttribute('data-rows'));
      expect(rows).toBeGreaterThan(100);
      expect(rows).toBeLessThan(1000);
      await shot(page, '08b-size-cap');
      await typeQuery(page, "LOAD\u001cCSV FROM 'http://127.0.0.1:9/x' AS r RETURN r");
      await runAndWait(page, () => page.getByTestId('run').click());
      await expect(page.getByTestId('console-error').getAttribute('data-code')).resolves.toBe('load_csv_refused');
      await shot(page, '08c-load-csv-refused');
    },
    STEP_TIMEOUT,
  );

  it(
    'shows the schema with counts and its diagram; switches to Chinese on a 1920x1080 projector',
    async () => {
      await page.keyboard.press('Escape');
      await page.getByTestId('side-tab-schema').click();
      const panel = page.getByTestId('schema-panel');
      await panel.waitFor({ state: 'visible' });
      await expect(panel.locator('[data-label="Agency"] .count').innerText()).resolves.toMatch(/^\d+$/);
      await page.getByTestId('show-schema-diagram').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="schema-diagram"]')?.getAttribute('data-layout') === 'idle',
        undefined,
        { timeout: 60_000 },
      );
      expect(Number(await page.getByTestId('schema-diagram').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(8);
      await shot(page, '09-schema');

      await page.getByTestId('lang-zh').click();
      await expect(page.getByTestId('mode-console').innerText()).resolves.toBe('查詢台');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('result-tab-table').click();
      await page.getByTestId('side-tab-library').click();
      await expect(page.getByTestId('run').innerText()).resolves.toContain('執行');
      // The curated library speaks Chinese too (the headers' @titleZh).
      await expect(page.getByTestId('curated-office-holders').innerText()).resolves.toContain('誰曾擔任某職位');
      await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
      await shot(page, '10-zh-1920x1080');
      await page.setViewportSize({ width: 1366, height: 768 });
    },
    STEP_TIMEOUT,
  );

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
