// Unit: the pure parts of accounts and sessions — roles, names and passwords, the session store's
// idle and absolute expiry (a fake clock), cookies, the user:add command line, and the accounts
// file (a temp file: hashes only, 0600, written by rename, the last admin kept).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/accounts/account-store.ts';
import { accountNameSchema, normaliseName, passwordProblem, roleAllows } from '../../server/accounts/roles.ts';
import { SessionStore } from '../../server/accounts/sessions.ts';
import { parseUserAddArgs } from '../../server/accounts/user-add-args.ts';
import { sameOriginProblem } from '../../server/http/auth.ts';
import { parseCookies, sessionCookie, sessionTokenIn } from '../../server/http/cookies.ts';

describe('roles', () => {
  it('an admin may do what a curator may, not the other way round', () => {
    expect(roleAllows('admin', 'curator')).toBe(true);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('curator', 'curator')).toBe(true);
    expect(roleAllows('curator', 'admin')).toBe(false);
  });
  it('names are lower-case words; sign-in names are trimmed and lower-cased', () => {
    expect(accountNameSchema.safeParse('alice.w-2').success).toBe(true);
    expect(accountNameSchema.safeParse('Alice').success).toBe(false);
    expect(accountNameSchema.safeParse('a').success).toBe(false);
    expect(accountNameSchema.safeParse('-alice').success).toBe(false);
    expect(normaliseName('  Alice ')).toBe('alice');
  });
  it('passwords need 12 characters', () => {
    expect(passwordProblem('short')).toBe('The password must be at least 12 characters.');
    expect(passwordProblem('twelve chars')).toBeUndefined();
  });
});

describe('SessionStore', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('finds a session by its token, with a CSRF token of its own; never by another token', () => {
    const c = clock();
    const s = new SessionStore({ idleMs: 1000, absoluteMs: 10_000 }, c.now);
    const a = s.create('alice');
    const b = s.create('bob');
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(s.get(a.token)?.name).toBe('alice');
    expect(s.get(a.token)?.csrfToken).not.toBe(s.get(b.token)?.csrfToken);
    expect(s.get('nope')).toBeUndefined();
    expect(s.get(undefined)).toBeUndefined();
  });

  it('ends a session after the idle time; use keeps it alive until the absolute age', () => {
    const c = clock();
    const s = new SessionStore({ idleMs: 1000, absoluteMs: 2500 }, c.now);
    const idle = s.create('idle');
    const busy = s.create('busy');
    c.advance(900);
    expect(s.get(busy.token)).toBeDefined();
    c.advance(200); // idle: 1100 ms since its last use
    expect(s.get(idle.token)).toBeUndefined();
    expect(s.get(busy.token)).toBeDefined();
    c.advance(900);
    expect(s.get(busy.token)).toBeDefined();
    c.advance(600); // 2600 ms old
    expect(s.get(busy.token)).toBeUndefined();
  });

  it('delete and revokeUser end sessions (revokeUser may keep the caller’s own)', () => {
    const s = new SessionStore({ idleMs: 1000, absoluteMs: 10_000 });
    const a1 = s.create('alice');
    const a2 = s.create('alice');
    const b = s.create('bob');
    s.revokeUser('alice', a2.token);
    expect(s.get(a1.token)).toBeUndefined();
    expect(s.get(a2.token)).toBeDefined();
    s.delete(b.token);
    expect(s.get(b.token)).toBeUndefined();
  });

  it('keeps at most `max` sessions, dropping the oldest', () => {
    const s = new SessionStore({ idleMs: 1000, absoluteMs: 10_000, max: 2 });
    const first = s.create('a');
    s.create('b');
    s.create('c');
    expect(s.size).toBe(2);
    expect(s.get(first.token)).toBeUndefined();
  });

  it("keeps at most `maxPerAccount` sessions per account: one account's sign-ins never end another's", () => {
    const s = new SessionStore({ idleMs: 1000, absoluteMs: 10_000, maxPerAccount: 2 });
    const admin = s.create('admin');
    const first = s.create('curator');
    for (let i = 0; i < 5; i++) s.create('curator');
    expect(s.get(admin.token)?.name).toBe('admin');
    expect(s.get(first.token)).toBeUndefined();
    expect(s.size).toBe(3);
  });
});

describe('cookies', () => {
  it('reads a Cookie header', () => {
    const c = parseCookies('a=1; atlas_session=abc%2Bd; b="q"; atlas_session=second');
    expect(c.get('atlas_session')).toBe('abc+d');
    expect(c.get('b')).toBe('q');
    expect(parseCookies(undefined).size).toBe(0);
  });
  it('writes the session cookie HTTP-only, SameSite=Strict, Path=/, Secure only over https; Max-Age=0 deletes', () => {
    expect(sessionCookie('tok', { maxAge: 3600, secure: false })).toBe(
      'atlas_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600',
    );
    expect(sessionCookie('tok', { maxAge: 60, secure: true })).toMatch(/^__Host-atlas_session=tok; Path=\/;.*; Secure$/);
    expect(sessionTokenIn('atlas_session=plain; __Host-atlas_session=host')).toBe('host');
    expect(sessionTokenIn('atlas_session=plain')).toBe('plain');
    expect(sessionTokenIn(undefined)).toBeUndefined();
    expect(sessionCookie('', { maxAge: 0, secure: false })).toContain('Max-Age=0; Expires=Thu, 01 Jan 1970');
  });
});

describe('user:add arguments', () => {
  it('defaults to curator; --admin makes an admin; one name', () => {
    expect(parseUserAddArgs(['alice'])).toEqual({ role: 'curator', name: 'alice' });
    expect(parseUserAddArgs(['--admin', 'alice'])).toEqual({ role: 'admin', name: 'alice' });
    expect(parseUserAddArgs(['--admin', '--curator', 'alice'])).toHaveProperty('problem');
    expect(parseUserAddArgs([])).toHaveProperty('problem');
    expect(parseUserAddArgs(['a', 'b'])).toHaveProperty('problem');
    expect(parseUserAddArgs(['--password=x', 'alice'])).toEqual({ problem: expect.stringContaining('Unknown option --password=x') });
    expect(parseUserAddArgs(['Alice'])).toEqual({ problem: expect.stringContaining('lower-case') });
  });
});

describe('AccountStore', () => {
  const dirs: string[] = [];
  const tempFile = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-accounts-unit-'));
    dirs.push(d);
    return path.join(d, 'nested', 'accounts.json');
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('a missing file is no accounts; creating writes argon2id hashes, mode 0600, no temp file left', async () => {
    const file = tempFile();
    const store = new AccountStore(file);
    expect(store.list()).toEqual([]);
    await store.create('Alice', 'admin', 'alice-password-123');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('alice-password-123');
    expect(JSON.parse(text).accounts[0]).toMatchObject({ name: 'alice', role: 'admin', disabled: false });
    expect(JSON.parse(text).accounts[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['accounts.json']);
    expect(store.list()[0]).not.toHaveProperty('passwordHash');
  });

  it('verifies passwords; unknown, wrong and disabled are all undefined', async () => {
    const store = new AccountStore(tempFile());
    await store.create('alice', 'admin', 'alice-password-123');
    await store.create('bob', 'curator', 'bob-password-1234');
    expect((await store.verify(' ALICE', 'alice-password-123'))?.role).toBe('admin');
    expect(await store.verify('alice', 'bob-password-1234')).toBeUndefined();
    expect(await store.verify('carol', 'alice-password-123')).toBeUndefined();
    await store.update('bob', { disabled: true });
    expect(await store.verify('bob', 'bob-password-1234')).toBeUndefined();
    await store.update('bob', { disabled: false, password: 'bob-new-password-1' });
    expect(await store.verify('bob', 'bob-password-1234')).toBeUndefined();
    expect((await store.verify('bob', 'bob-new-password-1'))?.name).toBe('bob');
  });

  it('sees a change another process made to the file (user:add while the app runs)', async () => {
    const file = tempFile();
    const app = new AccountStore(file);
    expect(app.get('alice')).toBeUndefined();
    await new AccountStore(file).create('alice', 'curator', 'alice-password-123');
    expect(app.get('alice')?.role).toBe('curator');
  });

  it('refuses a taken name (409) and keeps an enabled admin (409 last_admin)', async () => {
    const store = new AccountStore(tempFile());
    await store.create('alice', 'admin', 'alice-password-123');
    await expect(store.create('alice', 'curator', 'other-password-12')).rejects.toMatchObject({ status: 409, code: 'account_exists' });
    expect(() => store.delete('alice')).toThrow(/last enabled admin/);
    await expect(store.update('alice', { role: 'curator' })).rejects.toMatchObject({ code: 'last_admin' });
    await expect(store.update('alice', { disabled: true })).rejects.toMatchObject({ code: 'last_admin' });
    await store.create('root', 'admin', 'root-password-123');
    store.delete('alice');
    expect(store.list().map((a) => a.name)).toEqual(['root']);
    expect(() => store.delete('alice')).toThrow(/No account named "alice"/);
  });
});

describe('sameOriginProblem', () => {
  const req = (headers: Record<string, string>) =>
    ({ get: (name: string) => headers[name.toLowerCase()] ?? (name.toLowerCase() === 'host' ? 'atlas.test:8080' : undefined) }) as never;

  it('passes a same-origin request and one that says nothing (scripts, older browsers)', () => {
    expect(sameOriginProblem(req({}))).toBeUndefined();
    expect(sameOriginProblem(req({ 'sec-fetch-site': 'same-origin', origin: 'http://atlas.test:8080' }))).toBeUndefined();
    expect(sameOriginProblem(req({ 'sec-fetch-site': 'none' }))).toBeUndefined();
  });
  it('refuses another site, another origin (port included) and an opaque origin', () => {
    expect(sameOriginProblem(req({ 'sec-fetch-site': 'cross-site' }))).toMatch(/another site/);
    expect(sameOriginProblem(req({ 'sec-fetch-site': 'same-site' }))).toMatch(/another site/);
    expect(sameOriginProblem(req({ origin: 'http://atlas.test:9090' }))).toMatch(/another origin/);
    expect(sameOriginProblem(req({ origin: 'null' }))).toMatch(/opaque/);
    expect(sameOriginProblem(req({ origin: 'not a url' }))).toMatch(/not a valid origin/);
  });
});
