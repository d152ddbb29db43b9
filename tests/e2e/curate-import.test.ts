// End-to-end: the Curate page in headless Chromium at 1366x768. Signed in as a curator, two CSV
// files (nodes, relationships) are chosen, the preview lists what would be created, nothing is
// written until "Apply", the apply is recorded in the audit log (shown with its before/after),
// and a file with a row without a source shows the problem by row and field and cannot be
// applied; the import is then reverted from the log. English and Chinese. Screenshots: test-results/screenshots/curate-*.png.
// Test data: ids starting "test-e2e-cur-".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openE2eSession, waitForCanvas, type E2eSession } from '../setup/e2e-session.ts';
import { deleteTestNodes } from '../setup/harness.ts';
import { AccountStore } from '../../server/accounts/account-store.ts';

const CURATOR = 'cleo';
const PASSWORD = 'a-long-curator-password-0123';
let accountsDir = '';
const STEP_TIMEOUT = 120_000;
let session: E2eSession;
let page: Page;

const nodesCsv = [
  'label,id,name,nameZh,kind,sources',
  'Agency,test-e2e-cur-aca,Test Curation Agency,測試整理機構,anti-corruption,legco-lcq17-2025',
  'Organisation,test-e2e-cur-net,Test Curation Network,測試整理網絡,network,legco-lcq17-2025',
].join('\n');
const relsCsv = [
  'type,from,to,since,sources,evidence',
  'MEMBER_OF,test-e2e-cur-aca,test-e2e-cur-net,2024,legco-lcq17-2025,a test fact',
].join('\n');
const badNodesCsv = ['label,id,name,sources', 'Agency,test-e2e-cur-bad,No Source Agency,'].join('\n');

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const files = (list: [string, string][]) => list.map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') }));
const nodeExists = async (id: string) =>
  (await session.app.db.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS c', { id })).records[0]!.get('c').toNumber() > 0;
const cleanup = async () => {
  await deleteTestNodes(session.app.db, 'test-e2e-cur-');
  await session.app.db.write((tx) => tx.run("MATCH (a:AuditEntry) WHERE any(t IN a.targets WHERE t CONTAINS 'test-e2e-cur-') DELETE a"));
};

beforeAll(async () => {
  accountsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-curate-'));
  const file = path.join(accountsDir, 'accounts.json');
  await new AccountStore(file).create(CURATOR, 'curator', PASSWORD);
  session = await openE2eSession({ width: 1366, height: 768 }, { ACCOUNTS_FILE: file });
  page = session.page;
  await cleanup();
}, STEP_TIMEOUT);
afterAll(async () => {
  if (session) {
    await cleanup();
    await session.close();
  }
  if (accountsDir) fs.rmSync(accountsDir, { recursive: true, force: true });
});

describe('Curate: import with a preview, then the audit log', () => {
  it(
    'previews two CSV files, applies them, and shows the audit entry (English)',
    async () => {
      await page.goto(`${session.app.url}/curate`);
      // Signed out, the page says who may import.
      await page.getByTestId('curate-sign-in-needed').waitFor({ timeout: 30_000 });
      const signIn = await page.request.post(`${session.app.url}/api/session`, { data: { name: CURATOR, password: PASSWORD } });
      expect(signIn.status()).toBe(200);
      await page.reload();
      await page.getByTestId('session-user').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('curate-sign-in-needed').count()).toBe(0);
      await page.getByTestId('import-file').setInputFiles(
        files([
          ['nodes.csv', nodesCsv],
          ['relationships.csv', relsCsv],
        ]),
      );
      const preview = page.getByTestId('import-preview');
      await preview.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('import-files').innerText()).toContain('relationships.csv → relationships');
      const created = await page.getByTestId('import-created').innerText();
      expect(created).toContain('test-e2e-cur-aca');
      expect(created).toContain('MEMBER_OF');
      expect(await page.getByTestId('import-counts').innerText()).toMatch(/Created\s*3/);
      expect(await nodeExists('test-e2e-cur-aca')).toBe(false);
      await shot('curate-import-preview-en');

      await page.getByTestId('import-apply').click();
      await page.getByTestId('import-applied').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('import-applied').innerText()).toContain('3 created');
      expect(await nodeExists('test-e2e-cur-aca')).toBe(true);
      await shot('curate-import-applied-en');

      await page.getByTestId('import-open-audit').click();
      await page.getByTestId('audit-table').waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe('/curate/audit');
      const row = page.getByTestId('audit-row').first();
      expect(await row.innerText()).toContain(CURATOR);
      await row.getByRole('button', { expanded: false }).click();
      expect(await page.locator('.curate-detail').first().innerText()).toContain('Test Curation Agency');
      await shot('curate-audit-en');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    'in Chinese: re-importing changes nothing, and a row without a source is listed by row and field and cannot be applied',
    async () => {
      await page.goto(`${session.app.url}/curate?lang=zh`);
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant', undefined, { timeout: 30_000 });
      await page.getByTestId('import-file').setInputFiles(
        files([
          ['nodes.csv', nodesCsv],
          ['relationships.csv', relsCsv],
        ]),
      );
      await page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('import-counts').innerText()).toMatch(/不變\s*3/);
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
      await shot('curate-import-unchanged-zh');

      await page.getByTestId('import-file').setInputFiles(files([['bad-nodes.csv', badNodesCsv]]));
      await page.getByTestId('import-invalid').waitFor({ timeout: 30_000 });
      const invalid = await page.getByTestId('import-invalid').innerText();
      expect(invalid).toContain('nodes.csv');
      expect(invalid).toContain('row 2 (test-e2e-cur-bad)');
      expect(invalid).toContain('sources');
      expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
      expect(await nodeExists('test-e2e-cur-bad')).toBe(false);
      await shot('curate-import-invalid-zh');

      await page.getByTestId('curate-tab-audit').click();
      await page.getByTestId('audit-table').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('audit-row').first().innerText()).toContain('匯入');
      await shot('curate-audit-zh');

      // Revert the import from the log: its facts are gone, and the revert is the newest entry.
      page.once('dialog', (d) => void d.accept());
      await page.getByTestId('audit-revert').first().click();
      await page.getByTestId('audit-notice').waitFor({ timeout: 30_000 });
      expect(await nodeExists('test-e2e-cur-aca')).toBe(false);
      await page.waitForFunction(() => document.querySelector('[data-testid="audit-row"]')?.textContent?.includes('還原'), undefined, {
        timeout: 30_000,
      });
      await shot('curate-audit-reverted-zh');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );

  it(
    "the explorer's header still fits at 1366x768 in both languages (the Curate page is not in its tool switcher; the account's name leads to it)",
    async () => {
      for (const lang of ['en', 'zh'] as const) {
        await page.goto(`${session.app.url}/${lang === 'zh' ? '?lang=zh' : ''}`);
        await waitForCanvas(page);
        expect(await page.getByTestId('mode-curate').count()).toBe(0);
        // The language switch, last in the header, is still wholly on screen; the header does not scroll.
        const fits = await page.evaluate(() => {
          const header = document.querySelector('header')!;
          const zh = document.querySelector('[data-testid="lang-zh"]')!.getBoundingClientRect();
          return (
            header.scrollWidth <= header.clientWidth && zh.right <= window.innerWidth && zh.bottom <= header.getBoundingClientRect().bottom
          );
        });
        await shot(`curate-explorer-header-${lang}`);
        expect(fits).toBe(true);
      }
      // Signed in, the account's name in the header leads to the curation pages, in the page's language.
      await page.getByTestId('session-user').click();
      await page.waitForURL(/\/curate\?lang=zh$/, { timeout: 30_000 });
      await page.getByTestId('import-file').waitFor({ state: 'attached', timeout: 30_000 });
    },
    STEP_TIMEOUT,
  );
});
