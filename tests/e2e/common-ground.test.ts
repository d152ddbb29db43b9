// End-to-end: the explorer's "Shared ties" tab in headless Chromium against the real app and the
// seed. A shared link (?common=icac,customs-hk) opens the tab with names (not ids) in the pickers
// and the organisations the ICAC and the Customs and Excise Department both belong to, each with
// its facts on both sides, the indirect ones (through Hong Kong SAR's membership) marked and cited
// by source titles; a click on one selects it on the canvas; in Chinese the names are Chinese. At
// 1366x768 and 1920x1080, in both languages, nothing in the panel overflows its box and the tab
// bar stays on one line (screenshots kept). Also: "Compare…" from the details panel and a
// keyboard pick, swap, the empty state and an unknown id.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommonGroundResponse } from '../../server/shared/contracts.ts';
import { SHOTS, openE2eSession, type E2eSession } from '../setup/e2e-session.ts';
import type { TestApp } from '../setup/harness.ts';

const STEP_TIMEOUT = 120_000;
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

let session: E2eSession | undefined;
let app: TestApp;
let page: Page;
let pageErrors: string[] = [];
let expected: CommonGroundResponse;

/** Waits until the canvas is drawn and idle. */
async function settle(p: Page) {
  await p.waitForFunction(
    () => {
      const canvas = document.querySelector('[data-testid="canvas"]');
      return !!window.__atlas && window.__atlas.firstRenderMs !== undefined && canvas?.getAttribute('data-layout') === 'idle';
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
}

async function openShared(p: Page, query: string) {
  await p.goto(`${app.url}/?${query}`);
  await p.getByTestId('common-results').waitFor({ state: 'visible', timeout: 60_000 });
  // Citations by title once the list of sources is in (a neutral word until then).
  await p.waitForFunction(
    () => [...document.querySelectorAll('.cg-citation')].every((c) => !['document', '文件'].includes((c as HTMLElement).innerText.trim())),
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * What a user would see as broken in the panel and the tab bar: elements whose content is wider
 * than their box (cut or spilling text), a tab whose label wraps, tabs not on one row, a tab bar
 * wider than its box, anything of the panel outside the viewport horizontally.
 */
function layoutProblems(p: Page) {
  return p.evaluate(() => {
    const problems: string[] = [];
    const panel = document.querySelector<HTMLElement>('[data-testid="common-ground"]')!;
    for (const el of [panel, ...panel.querySelectorAll<HTMLElement>('*')]) {
      if (el instanceof SVGElement) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        problems.push(`overflow ${el.tagName}.${el.className} ${el.scrollWidth}>${el.clientWidth}: ${(el.textContent ?? '').slice(0, 50)}`);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1)) problems.push(`outside viewport ${el.tagName}.${el.className}`);
    }
    const list = document.querySelector<HTMLElement>('[role="tablist"]')!;
    if (list.scrollWidth > list.clientWidth + 1) problems.push(`tab bar overflows ${list.scrollWidth}>${list.clientWidth}`);
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    if (tabs.length !== 3) problems.push(`${tabs.length} tabs`);
    if (new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size !== 1) problems.push('tabs on more than one row');
    for (const tab of tabs) {
      const walker = document.createTreeWalker(tab, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const lines = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (lines.size > 1) problems.push(`tab label wraps: ${n.textContent}`);
      }
    }
    return problems;
  });
}

beforeAll(async () => {
  session = await openE2eSession(VIEWPORTS[0]);
  ({ app, page, pageErrors } = session);
  expected = (await app.get('/api/common?a=icac&b=customs-hk')).body;
});

afterAll(async () => {
  await session?.close();
});

describe('Shared ties (headless Chromium)', () => {
  it(
    'a shared link lists what the ICAC and Customs share, with citations by title and the indirect ties marked',
    async () => {
      await openShared(page, 'common=icac,customs-hk');
      await expect(page.getByTestId('tab-common').getAttribute('aria-selected')).resolves.toBe('true');
      // Names, not ids, in the pickers.
      await expect(page.getByTestId('common-a').getByRole('combobox').inputValue()).resolves.toBe(
        'Independent Commission Against Corruption',
      );
      await expect(page.getByTestId('common-b').getByRole('combobox').inputValue()).resolves.toBe('Customs and Excise Department');

      const orgs = expected.groups.find((g) => g.group === 'organisations')!;
      expect(orgs.total).toBeGreaterThanOrEqual(4);
      const section = page.locator('[data-group="organisations"]');
      await expect(section.locator('h3').innerText()).resolves.toBe(`${orgs.total} organisations both belong to`);
      const shownIds = await section.locator('[data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
      expect(shownIds).toEqual(orgs.items.map((i) => i.entity.id));
      await expect(page.locator('.cg-summary').innerText()).resolves.toMatch(/^ICAC and C&ED have \d+ things in common\.$/);

      // The WCO: Customs' own role (Vice-Chair), the ICAC's tie only through Hong Kong SAR's membership.
      const wco = section.locator('[data-item="wco"]');
      await expect(wco.locator('[data-side="b"] .cg-fact').first().innerText()).resolves.toContain('Vice-Chair Asia/Pacific');
      await expect(wco.locator('[data-side="a"] [data-through="hk"]').first().innerText()).resolves.toBe(
        "through Hong Kong Special Administrative Region's membership",
      );
      await expect(wco.locator('.cg-item-head [data-flag="indirect"]').isVisible()).resolves.toBe(true);
      await expect(wco.locator('[data-side="a"] [data-flag="reference"]').first().isVisible()).resolves.toBe(true);
      // Citations show the documents' titles.
      const sources = (await app.get('/api/sources')).body.sources as { id: string; title: string }[];
      const titleOf = new Map(sources.map((s) => [s.id, s.title]));
      const cites = () =>
        wco
          .locator('[data-source]')
          .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-source')!, text: (e as HTMLElement).innerText.trim() })));
      expect((await cites()).length).toBeGreaterThan(1);
      await expect.poll(async () => (await cites()).filter((c) => c.text !== titleOf.get(c.id))).toEqual([]);
      // The places they share; what they do not share is said too.
      await expect(page.locator('[data-group="places"] h3').innerText()).resolves.toBe('1 place both are in');
      await expect(page.getByTestId('common-none').innerText()).resolves.toBe(
        'No shared events, agreements, or partners. No direct tie between them.',
      );
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'fits at 1366x768 and 1920x1080 in English and Chinese: nothing overflows, the tab bar stays on one line',
    async () => {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const lang of ['en', 'zh'] as const) {
          await openShared(page, `common=icac,customs-hk${lang === 'zh' ? '&lang=zh' : ''}`);
          await settle(page);
          expect(await layoutProblems(page), `${lang} ${viewport.width}`).toEqual([]);
          await page.screenshot({ path: path.join(SHOTS, `common-ground-${lang}-${viewport.width}x${viewport.height}.png`) });
          // Further down the list too.
          await page.locator('[data-group="places"]').scrollIntoViewIfNeeded();
          expect(await layoutProblems(page), `${lang} ${viewport.width} scrolled`).toEqual([]);
        }
      }
      await page.setViewportSize(VIEWPORTS[0]);
    },
    STEP_TIMEOUT * 2,
  );

  it(
    'a shared organisation, clicked, is selected on the canvas; in Chinese the names are Chinese',
    async () => {
      await openShared(page, 'common=icac,customs-hk');
      await settle(page);
      await page.locator('[data-item="wco"] .cg-item-name').click();
      await page.waitForURL(/sel=wco/, { timeout: 30_000 });
      await page.locator('[data-testid="node-details"][data-node="wco"]').waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForFunction(() => window.__atlas?.classesOf('wco').includes('is-selected'), undefined, { timeout: 30_000 });
      // The comparison is kept for its tab.
      expect(new URL(page.url()).searchParams.get('common')).toBe('icac,customs-hk');

      await page.getByTestId('lang-zh').click();
      await page.getByTestId('tab-common').click();
      await page.getByTestId('common-results').waitFor({ state: 'visible', timeout: 30_000 });
      await expect(page.getByTestId('tab-common').innerText()).resolves.toContain('共同連繫');
      await expect(page.getByTestId('common-a').getByRole('combobox').inputValue()).resolves.toBe('廉政公署');
      await expect(page.getByTestId('common-b').getByRole('combobox').inputValue()).resolves.toBe('香港海關');
      const orgs = expected.groups.find((g) => g.group === 'organisations')!;
      await expect(page.locator('[data-group="organisations"] h3').innerText()).resolves.toBe(`兩者同屬的 ${orgs.total} 個組織`);
      await expect(page.locator('[data-item="wco"] .cg-item-name').innerText()).resolves.toBe('世界海關組織');
      await expect(page.locator('[data-item="wco"] [data-side="a"] [data-through="hk"]').first().innerText()).resolves.toBe(
        '經由香港特別行政區的成員資格',
      );
      await expect(page.locator('[data-item="wco"] [data-side="b"] .cg-side-name').innerText()).resolves.toBe('香港海關');
      await expect(page.locator('.cg-summary').innerText()).resolves.toMatch(/^廉政公署與香港海關有 \d+ 項共同之處。$/);
      await page.screenshot({ path: path.join(SHOTS, 'common-ground-zh-after-switch-1366x768.png') });
      await page.getByTestId('lang-en').click();
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    '"Compare…" in the details panel starts from the entity; the second is picked from the keyboard; swap and arrow keys work',
    async () => {
      await page.goto(`${app.url}/?sel=icac`);
      await page.getByTestId('compare-from').click();
      await page.waitForURL(/common=icac(&|$)/, { timeout: 30_000 });
      await expect
        .poll(() => page.getByTestId('common-a').getByRole('combobox').inputValue())
        .toBe('Independent Commission Against Corruption');
      await expect(page.locator('.cg-next').innerText()).resolves.toBe(
        'Now pick a second entity to compare with Independent Commission Against Corruption.',
      );

      // Keyboard only: type a Chinese name, move to the option, Enter.
      await page.mouse.move(0, 0);
      const input = page.getByTestId('common-b').getByRole('combobox');
      await input.focus();
      await page.keyboard.type('香港海關');
      const options = page.getByTestId('common-b').locator('[role="option"]');
      await page.getByTestId('common-b').locator('[role="option"][data-id="customs-hk"]').waitFor({ state: 'visible', timeout: 30_000 });
      const ids = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      for (let i = 0; i < ids.indexOf('customs-hk'); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/common=icac,customs-hk/, { timeout: 30_000 });
      await page.getByTestId('common-results').waitFor({ state: 'visible', timeout: 30_000 });

      await page.getByTestId('common-swap').click();
      await page.waitForURL(/common=customs-hk,icac/, { timeout: 30_000 });
      await page.getByTestId('common-results').waitFor({ state: 'visible', timeout: 30_000 });
      await expect(page.locator('.cg-summary').innerText()).resolves.toMatch(/^C&ED and ICAC have/);
      await expect(page.locator('[data-item="wco"] [data-side="a"] .cg-side-name').innerText()).resolves.toBe('C&ED');

      // The tabs: arrow keys move between the three.
      await page.getByTestId('tab-common').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('tab-details').getAttribute('aria-selected')).resolves.toBe('true');
      await page.keyboard.press('ArrowLeft');
      await expect(page.getByTestId('tab-common').getAttribute('aria-selected')).resolves.toBe('true');
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'says what to do when nothing is picked, and what went wrong for an unknown id',
    async () => {
      await page.goto(`${app.url}/?tab=common`);
      const panel = page.getByTestId('common-ground');
      await panel.locator('.empty-state h3').waitFor({ state: 'visible', timeout: 30_000 });
      await expect(panel.locator('.empty-state h3').innerText()).resolves.toBe('Pick two entities to compare');
      await expect(panel.locator('.empty-state p').innerText()).resolves.toContain('Choose an agency, organisation');

      await page.goto(`${app.url}/?common=icac,no-such-entity`);
      const alert = panel.getByRole('alert');
      await alert.waitFor({ state: 'visible', timeout: 30_000 });
      await expect(alert.innerText()).resolves.toContain('no-such-entity');
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
