// End-to-end: signing in through the header's dialog in headless Chromium against the real app.
// The dialog opens with focus on the name, Escape closes it and gives focus back to "Sign in",
// a wrong password is said plainly, the right one shows the name and role in the header, the
// session survives a reload and a language switch, and "Sign out" ends it. Screenshots at
// 1366x768 in English and Chinese (test-results/screenshots/sign-in-*.png).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/accounts/account-store.ts';
import { SHOTS, openE2eSession, waitForCanvas, type E2eSession } from '../setup/e2e-session.ts';

const STEP_TIMEOUT = 120_000;
const PASSWORD = 'e2e-admin-password-0123';

let session: E2eSession | undefined;
let page: Page;
let dir: string;

/** What a user would see as broken: the page or its header wider than the window (something cut off or scrolled). */
const overflow = (p: Page) =>
  p.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app-header');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      header: header ? header.scrollWidth - header.clientWidth : 0,
    };
  });
const noOverflow = { page: 0, header: 0 };

const activeTestId = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-e2e-accounts-'));
  const file = path.join(dir, 'accounts.json');
  await new AccountStore(file).create('ada', 'admin', PASSWORD);
  session = await openE2eSession({ width: 1366, height: 768 }, { ACCOUNTS_FILE: file });
  page = session.page;
}, STEP_TIMEOUT);
afterAll(async () => {
  await session?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sign-in dialog', () => {
  it(
    'opens with focus on the name; Escape closes it and focus returns to Sign in',
    async () => {
      await page.goto(`${session!.app.url}/`);
      const signIn = page.getByTestId('sign-in');
      await signIn.waitFor({ state: 'visible', timeout: 60_000 });
      await waitForCanvas(page);
      expect(await overflow(page)).toEqual(noOverflow);
      await signIn.click();
      const dialog = page.getByTestId('sign-in-dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await page.getByRole('dialog', { name: 'Sign in to curate' }).count()).toBe(1);
      expect(await activeTestId(page)).toBe('sign-in-name');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'sign-in');
    },
    STEP_TIMEOUT,
  );

  it(
    'says so for a wrong password, then signs in and shows the name and role in the header',
    async () => {
      await page.getByTestId('sign-in').click();
      await page.getByTestId('sign-in-name').fill('ada');
      await page.getByTestId('sign-in-password').fill('not-the-right-password');
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('sign-in-error').filter({ hasText: 'Wrong name or password.' }).waitFor();
      expect(await activeTestId(page)).toBe('sign-in-password');
      await page.screenshot({ path: path.join(SHOTS, 'sign-in-dialog-en-1366.png') });
      await page.getByTestId('sign-in-password').fill(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByTestId('sign-in-dialog').waitFor({ state: 'detached' });
      const user = page.getByTestId('session-user');
      await user.waitFor();
      expect(await user.innerText()).toMatch(/ada\s*Admin/);
      expect(await overflow(page)).toEqual(noOverflow);
      await page.screenshot({ path: path.join(SHOTS, 'sign-in-header-en-1366.png') });
      // The cookie is HTTP-only: the page's script cannot read it.
      expect(await page.evaluate(() => document.cookie)).not.toContain('atlas_session');
      const cookies = await session!.context.cookies();
      expect(cookies.find((c) => c.name === 'atlas_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    },
    STEP_TIMEOUT,
  );

  it(
    'a signed-in write without the CSRF header is refused; the session holds across a reload in Chinese',
    async () => {
      const refused = await page.evaluate(async () => {
        const r = await fetch('/api/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return { status: r.status, code: (await r.json()).error.code };
      });
      expect(refused).toEqual({ status: 403, code: 'csrf' });
      await page.goto(`${session!.app.url}/?lang=zh`);
      const user = page.getByTestId('session-user');
      await user.waitFor({ timeout: 60_000 });
      expect(await user.innerText()).toMatch(/ada\s*管理員/);
      await waitForCanvas(page);
      expect(await page.getByTestId('sign-out').getAttribute('aria-label')).toBe('登出');
      expect(await overflow(page)).toEqual(noOverflow);
      await page.screenshot({ path: path.join(SHOTS, 'sign-in-header-zh-1366.png') });
    },
    STEP_TIMEOUT,
  );

  it(
    'the console and the presenter show the account too, within the window',
    async () => {
      for (const where of ['/console', '/present']) {
        await page.goto(`${session!.app.url}${where}`);
        const user = page.getByTestId('session-user');
        await user.waitFor({ timeout: 60_000 });
        expect(await user.innerText()).toMatch(/ada\s*Admin/);
        expect(await overflow(page), where).toEqual(noOverflow);
        await page.screenshot({ path: path.join(SHOTS, `sign-in-header-en-1366${where.replace('/', '-')}.png`) });
      }
      await page.goto(`${session!.app.url}/?lang=zh`);
      await page.getByTestId('session-user').waitFor({ timeout: 60_000 });
    },
    STEP_TIMEOUT,
  );

  it(
    'signs out, and the dialog speaks Chinese',
    async () => {
      await page.getByTestId('sign-out').click();
      const signIn = page.getByTestId('sign-in');
      await signIn.waitFor();
      expect(await signIn.innerText()).toBe('登入');
      expect(await overflow(page)).toEqual(noOverflow);
      expect(await page.evaluate(async () => (await (await fetch('/api/session')).json()).user)).toBeNull();
      await signIn.click();
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('sign-in-error').filter({ hasText: '請輸入名稱及密碼。' }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'sign-in-dialog-zh-1366.png') });
      await page.getByRole('button', { name: '取消' }).click();
      await page.getByTestId('sign-in-dialog').waitFor({ state: 'detached' });
      expect(session!.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});
