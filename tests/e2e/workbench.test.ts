// End-to-end: the analyst workbench (/console) in headless Debian Chromium against the real app and
// the test run's Neo4j with the seed loaded. One analyst's session: type a query with completion,
// run it with Ctrl+Enter, read the table and the graph, download CSV, open the nodes in the
// explorer, run a curated query from its form (and open it in the editor), see a syntax error
// marked in the text, reopen a shared link, switch to Chinese on a projector. Library queries
// whose rows hold ids (not nodes) open the explorer with the entities they name, and their maps
// and lists read as named chips and fields, never raw JSON. At 1366x768 and 1920x1080, in English
// and Chinese, no tab wraps to a second line, no header, button or cell is cut, and nothing is
// outside the viewport. Screenshots are kept in test-results/screenshots/console-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';
import type { CuratedQueryRunResponse, NodeRef } from '../../server/shared/contracts.ts';

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

/**
 * What is cut or misplaced in the console as it is on screen: a tab whose label runs onto a second
 * line; a tab, button, link or column header whose content is wider than its box (clipped); a
 * control outside the viewport; a cell whose content is clipped; a clipped meta line without the
 * full text in its tooltip; a table wider than its frame that cannot scroll sideways.
 */
function layoutProblems(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el as HTMLElement).innerText.trim().slice(0, 40)}"`;
    /** Lines an element's text runs over: text boxes that do not overlap vertically start a new line. */
    const lines = (el: Element) => {
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) rects.push(r);
      }
      rects.sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const r of rects) {
        if (r.top >= bottom - 2) {
          count++;
          bottom = r.bottom;
        } else bottom = Math.max(bottom, r.bottom);
      }
      return count;
    };
    const clipped = (el: Element) => el.scrollWidth > el.clientWidth + 1;
    for (const tab of document.querySelectorAll('[role="tab"]')) {
      if (!visible(tab)) continue;
      if (lines(tab) > 1) out.push(`tab wraps: ${name(tab)}`);
      if (clipped(tab)) out.push(`tab clipped: ${name(tab)}`);
    }
    const controls = document.querySelectorAll('.wb-page button, .wb-page a.btn, .wb-page [role="tab"], .wb-page input, .wb-page textarea');
    for (const el of controls) {
      if (!visible(el) || el.closest('.wb-table-wrap') || el.closest('.wb-side-panel')) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > window.innerWidth + 1 || r.top < -1 || r.bottom > window.innerHeight + 1)
        out.push(`outside the viewport: ${name(el)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      if (el.matches('button, a') && (clipped(el) || lines(el) > 1)) out.push(`control clipped or wrapped: ${name(el)}`);
    }
    for (const th of document.querySelectorAll('.wb-table th')) {
      if (clipped(th)) out.push(`header clipped: ${name(th)}`);
      const b = th.querySelector('.wb-sort');
      if (b && (clipped(b) || lines(b) > 1)) out.push(`header text cut or wrapped: ${name(th)}`);
    }
    for (const td of document.querySelectorAll('.wb-table td')) if (clipped(td)) out.push(`cell clipped: ${name(td)}`);
    const wrap = document.querySelector('.wb-table-wrap');
    if (wrap && wrap.scrollWidth > wrap.clientWidth + 1 && !['auto', 'scroll'].includes(getComputedStyle(wrap).overflowX))
      out.push('a wide table cannot scroll sideways');
    const title = document.querySelector('.wb-meta-title');
    if (title && clipped(title) && !(title.closest('[title]')?.getAttribute('title') ?? '').includes((title as HTMLElement).innerText))
      out.push('the result title is cut without a tooltip');
    return out;
  });
}

/** Runs a library query from its form (opened, run, closed again) and waits for the explorer link to know its entities. */
async function runLibrary(p: Page, id: string, fill: Record<string, string> = {}) {
  await p.getByTestId('side-tab-library').click();
  const head = p.getByTestId(`curated-${id}`);
  if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
  const form = p.getByTestId(`curated-form-${id}`);
  await form.waitFor({ state: 'visible' });
  if (await form.getByTestId('curated-defaults').count()) await form.getByTestId('curated-defaults').click();
  for (const [k, v] of Object.entries(fill)) await form.locator(`input[data-param="${k}"]`).fill(v);
  await runAndWait(p, () => form.getByTestId('curated-run').click());
  await p.waitForFunction(
    () => !['pending', null].includes(document.querySelector('[data-testid="explorer"]')?.getAttribute('data-state') ?? null),
    undefined,
    { timeout: 30_000 },
  );
  await head.click();
}

/** The ids the explorer draws once the view at `href` has loaded all `n` nodes. */
async function explorerNodes(href: string, n: number, shotName?: string): Promise<string[]> {
  const p2 = await context.newPage();
  try {
    await p2.goto(app!.url + href);
    await p2.getByTestId('pins-only').waitFor({ state: 'visible', timeout: 60_000 });
    await p2.waitForFunction(
      (count) =>
        Number(document.querySelector('[data-testid="counts"]')?.getAttribute('data-nodes')) === count &&
        !document.querySelector('[data-testid="busy"]'),
      n,
      { timeout: 60_000 },
    );
    if (shotName) {
      await p2.waitForTimeout(800);
      await shot(p2, shotName);
    }
    return (await p2.evaluate(() => window.__atlas!.nodeIds())).sort();
  } finally {
    await p2.close();
  }
}

const runApi = async (id: string, params: Record<string, unknown> = {}) =>
  (await app!.post(`/api/queries/${id}/run`, { params })).body as CuratedQueryRunResponse;

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
      expect(await layoutProblems(page)).toEqual([]);
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
      // With a result's count and actions in the header, the tabs still sit on one line.
      expect(await layoutProblems(page)).toEqual([]);
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
    'library queries whose rows hold ids open the explorer with the entities they name (and the ones the question names)',
    async () => {
      const cases: { id: string; params?: Record<string, string>; expected: (r: CuratedQueryRunResponse) => string[] }[] = [
        {
          id: 'organisations-linking-agencies',
          expected: (r) => ['icac', 'customs-hk', ...r.rows.map((x) => x.organisation as string)],
        },
        {
          id: 'mous-by-agency-year',
          expected: (r) =>
            ['icac', ...r.rows.flatMap((x) => [x.agreement as string, x.counterpart as string | null])].filter((x) => x !== null),
        },
        { id: 'office-holders', expected: (r) => ['iaaca', ...r.rows.map((x) => x.holder as string)] },
        {
          id: 'events-hosted-vs-attended',
          expected: (r) => [
            'icac',
            ...r.rows.flatMap((x) => [...(x.hosted as { id: string }[]), ...(x.attended as { id: string }[])].map((e) => e.id)),
          ],
        },
      ];
      for (const c of cases) {
        const want = [...new Set(c.expected(await runApi(c.id, c.params)))].sort();
        expect(want.length, c.id).toBeGreaterThan(1);
        await runLibrary(page, c.id, c.params);
        const group = page.getByTestId('explorer');
        await expect(group.getAttribute('data-state'), c.id).resolves.toBe('ready');
        await expect(group.getAttribute('data-from')).resolves.toBe('ids');
        await expect(group.getAttribute('data-count')).resolves.toBe(String(want.length));
        // Says how many entities open.
        await expect(group.locator('.wb-explorer-label').innerText()).resolves.toBe(`Open ${want.length} entities in Explorer:`);
        const href = (await page.getByTestId('explorer-replace').getAttribute('href'))!;
        expect(href).toMatch(/^\/\?limit=0&pins=/);
        expect(new URL(href, app!.url).searchParams.get('pins')!.split(',').sort()).toEqual(want);
        if (c.id === 'organisations-linking-agencies') {
          await shot(page, '06b-library-ids-1366x768');
          expect(await explorerNodes(href, want.length, '06c-explorer-from-library')).toEqual(want);
          // "Add to canvas" keeps the last explorer view and adds the same entities to it.
          const add = new URL((await page.getByTestId('explorer-add').getAttribute('href'))!, app!.url).searchParams;
          expect(add.get('pins')!.split(',')).toEqual(expect.arrayContaining(want));
        } else if (c.id === 'events-hosted-vs-attended') {
          expect(await explorerNodes(href, want.length)).toEqual(want);
        }
      }
    },
    STEP_TIMEOUT * 2,
  );

  it(
    'shows maps and lists as named chips and fields, not JSON; the JSON tab and the CSV keep the raw answer',
    async () => {
      await runLibrary(page, 'organisations-linking-agencies');
      const table = page.getByTestId('result-table');
      const text = await table.innerText();
      expect(text).not.toMatch(/[{}"]/);
      // The organisation ids are chips with the entity's name; viaA/viaB maps read "how MEMBER_OF · through …".
      const wco = table.locator('tbody td .wb-node[data-id="wco"]').first();
      await expect(wco.innerText()).resolves.toContain('World Customs Organization');
      const row = table.locator('tbody tr', { has: page.locator('.wb-node[data-id="wco"]') });
      await expect(row.locator('td').nth(3).innerText()).resolves.toMatch(
        /how\s+MEMBER_OF\s+through\s+Hong Kong Special Administrative Region/,
      );
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, '06d-readable-cells-1366x768');

      await page.getByTestId('result-tab-json').click();
      await expect(page.getByTestId('result-json').innerText()).resolves.toContain('"how": "MEMBER_OF"');
      await page.getByTestId('result-tab-table').click();

      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('download-csv').click()]);
      const file = path.join(SHOTS, 'console-linking.csv');
      await download.saveAs(file);
      const lines = fs
        .readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(lines[0]).toBe('organisation,name,viaA,viaB');
      expect(lines.find((l) => l.startsWith('wco,World Customs Organization,'))).toContain('""how"":""MEMBER_OF""');

      // A wide result (links: a list of maps) at 1366: nothing cut, more columns reachable sideways.
      await runLibrary(page, 'agency-partners');
      expect(await page.getByTestId('result-table').innerText()).not.toMatch(/\{"/);
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, '06e-wide-result-1366x768');
      const wrap = page.locator('.wb-table-wrap');
      const before = await wrap.evaluate((e) => e.scrollLeft);
      if (await page.getByTestId('table-scroll-right').count()) {
        await page.getByTestId('table-scroll-right').click();
        await expect.poll(() => wrap.evaluate((e) => e.scrollLeft)).toBeGreaterThan(before);
      }
      // Folding the side panel gives the table the width.
      const width = await wrap.evaluate((e) => e.clientWidth);
      await page.getByTestId('side-hide').click();
      await expect.poll(() => wrap.evaluate((e) => e.clientWidth)).toBeGreaterThan(width + 200);
      expect(await layoutProblems(page)).toEqual([]);
      await page.getByTestId('side-show').click();
      await page.getByTestId('side-tab-library').waitFor({ state: 'visible' });
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
      expect(await layoutProblems(page)).toEqual([]);

      // In Chinese, ids read as the entities' Chinese names, wherever the graph has one.
      await runLibrary(page, 'organisations-linking-agencies');
      const refs: NodeRef[] = (await app!.get('/api/node-refs?ids=adb-oecd-aci,interpol,wco,apec')).body.nodes;
      const named = refs.filter((r) => r.nameZh);
      expect(named.length).toBeGreaterThan(0);
      for (const r of named)
        await expect(page.locator(`[data-testid="result-table"] .wb-node[data-id="${r.id}"]`).first().innerText()).resolves.toContain(
          r.nameZh,
        );
      await expect(page.getByTestId('result-table').innerText()).resolves.toContain('MEMBER_OF 成員');
      await expect(page.getByTestId('explorer').locator('.wb-explorer-label').innerText()).resolves.toMatch(/^在探索頁開啟 \d+ 個實體：$/);
      await expect(page.getByTestId('result-meta').innerText()).resolves.toMatch(/\d+ 行 · \d+ 毫秒/);
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, '11-zh-library-1920x1080');
      for (const tab of ['graph', 'json', 'schema', 'table'] as const) {
        await page.getByTestId(`result-tab-${tab}`).click();
        await page.waitForTimeout(300);
        expect(await layoutProblems(page), tab).toEqual([]);
      }
      await page.getByTestId('result-tab-graph').click();
      await expect(page.getByTestId('graph-open-hint').innerText()).resolves.toContain('個實體');
      await page.getByTestId('result-tab-table').click();

      // The same at 1366x768 in Chinese, with the history panel open.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByTestId('side-tab-history').click();
      // Library runs made in English are titled in Chinese now.
      const history = await page.getByTestId('history').innerText();
      expect(history).toContain('誰曾擔任某職位');
      expect(history).not.toContain('Who held an office');
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, '12-zh-1366x768');
      await runLibrary(page, 'agency-partners');
      expect(await layoutProblems(page)).toEqual([]);
      await shot(page, '13-zh-wide-1366x768');
    },
    STEP_TIMEOUT,
  );

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
