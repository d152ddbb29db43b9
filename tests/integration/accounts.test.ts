// Integration: accounts, roles, sessions and CSRF. Sign-in and sign-out, one answer for an
// unknown name and a wrong password, the cookie's flags, 429 after too many failed attempts,
// 403 csrf for a signed-in write without (or with a wrong) X-CSRF-Token or from another origin,
// curator vs admin, the Bearer ADMIN_TOKEN as an admin, and 401 from every write endpoint of the
// OpenAPI document without a session (so a future write endpoint is covered by this test). The
// accounts file holds no password and neither does Neo4j.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-accounts-0123';
const bearer = { authorization: `Bearer ${TOKEN}` };
const ADMIN_PW = 'admin-password-Ω-0123456789';
const CURATOR_PW = 'curator-password-0123456789';

let app: TestApp;
let accountsFile: string;

interface Signed {
  cookie: string;
  csrf: string;
  setCookie: string;
}

async function signIn(a: TestApp, name: string, password: string, headers: Record<string, string> = {}): Promise<Signed> {
  const res = await a.request('POST', '/api/session', { body: { name, password }, headers });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const setCookie = String(res.headers['set-cookie']?.[0] ?? '');
  return { cookie: setCookie.split(';')[0]!, csrf: res.body.csrfToken, setCookie };
}

const as = (s: Signed, csrf = true) => ({ cookie: s.cookie, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) });

beforeAll(async () => {
  accountsFile = `${fs.mkdtempSync('/tmp/atlas-accounts-test-')}/accounts.json`;
  app = await startTestApp({ ADMIN_TOKEN: TOKEN, ACCOUNTS_FILE: accountsFile });
  // The admin token acts as an admin: it creates the first accounts.
  const admin = await app.request('POST', '/api/accounts', { headers: bearer, body: { name: 'ada', role: 'admin', password: ADMIN_PW } });
  expect(admin.status, JSON.stringify(admin.body)).toBe(201);
  const curator = await app.request('POST', '/api/accounts', { headers: bearer, body: { name: 'cora', password: CURATOR_PW } });
  expect(curator.status).toBe(201);
  expect(curator.body.account).toMatchObject({ name: 'cora', role: 'curator', disabled: false });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(accountsFile.replace(/\/accounts\.json$/, ''), { recursive: true, force: true });
});

describe('sessions', () => {
  it('nobody is signed in without a cookie', async () => {
    const res = await app.get('/api/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null });
  });

  it('signs in with an HTTP-only, SameSite=Strict, Path=/ cookie (not Secure over http) and gives a CSRF token', async () => {
    const s = await signIn(app, 'ada', ADMIN_PW);
    expect(s.setCookie).toMatch(/^atlas_session=[A-Za-z0-9_-]{43};/);
    expect(s.setCookie).toContain('HttpOnly');
    expect(s.setCookie).toContain('SameSite=Strict');
    expect(s.setCookie).toContain('Path=/');
    expect(s.setCookie).not.toContain('Secure');
    expect(s.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await app.request('GET', '/api/session', { headers: { cookie: s.cookie } });
    expect(me.body).toEqual({ user: { name: 'ada', role: 'admin' }, csrfToken: s.csrf });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('names are compared in lower case', async () => {
    const s = await signIn(app, '  Cora ', CURATOR_PW);
    const me = await app.request('GET', '/api/session', { headers: { cookie: s.cookie } });
    expect(me.body.user).toEqual({ name: 'cora', role: 'curator' });
  });

  it('the cookie is Secure when the request came over https (through a trusted proxy)', async () => {
    const proxied = await startTestApp({ ACCOUNTS_FILE: accountsFile, TRUST_PROXY: 'loopback' });
    try {
      const s = await signIn(proxied, 'ada', ADMIN_PW, { 'x-forwarded-proto': 'https' });
      expect(s.setCookie).toMatch(/^__Host-atlas_session=[A-Za-z0-9_-]{43};.*; Secure/);
      const me = await proxied.request('GET', '/api/session', { headers: { cookie: s.cookie } });
      expect(me.body.user).toEqual({ name: 'ada', role: 'admin' });
    } finally {
      await proxied.close();
    }
  });

  it('COOKIE_SECURE=always makes the cookie Secure (__Host-) even when the app cannot see the https', async () => {
    const behindTls = await startTestApp({ ACCOUNTS_FILE: accountsFile, COOKIE_SECURE: 'always' });
    try {
      const s = await signIn(behindTls, 'ada', ADMIN_PW);
      expect(s.setCookie).toMatch(/^__Host-atlas_session=.*; Secure/);
      const out = await behindTls.request('DELETE', '/api/session', { headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
      expect(String(out.headers['set-cookie']?.[0])).toMatch(/^__Host-atlas_session=; .*Max-Age=0/);
    } finally {
      await behindTls.close();
    }
  });

  it('answers an unknown name and a wrong password alike (401, same body)', async () => {
    const wrong = await app.request('POST', '/api/session', { body: { name: 'ada', password: 'not-the-password-at-all' } });
    const unknown = await app.request('POST', '/api/session', { body: { name: 'nobody', password: 'not-the-password-at-all' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe('Wrong name or password.');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('signs out: the session ends, the cookie is cleared, the old cookie no longer works', async () => {
    const s = await signIn(app, 'cora', CURATOR_PW);
    const noCsrf = await app.request('DELETE', '/api/session', { headers: as(s, false) });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf');
    const out = await app.request('DELETE', '/api/session', { headers: as(s) });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ user: null });
    expect(String(out.headers['set-cookie']?.[0])).toMatch(/^atlas_session=; .*Max-Age=0/);
    expect((await app.request('GET', '/api/session', { headers: { cookie: s.cookie } })).body).toEqual({ user: null });
    const write = await app.request('POST', '/api/import', { headers: as(s), body: { nodes: [], relationships: [] } });
    expect(write.status).toBe(401);
    expect(write.body.error.code).toBe('unauthorized');
  });
});

describe('rate limits on sign-in', () => {
  it('answers 429 with a clear message after too many failed attempts for one account name', async () => {
    const limited = await startTestApp({ ACCOUNTS_FILE: accountsFile, SIGNIN_LIMIT_PER_NAME: '3', SIGNIN_LIMIT_PER_ADDRESS: '100' });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await limited.request('POST', '/api/session', { body: { name: 'ada', password: `wrong-password-${i}` } })).status).toBe(
          401,
        );
      }
      const res = await limited.request('POST', '/api/session', { body: { name: 'ada', password: ADMIN_PW } });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('rate_limited');
      expect(res.body.error.message).toMatch(/Too many failed sign-in attempts for this account name: at most 3 in 15 minutes/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // Another name from the same address is not limited by that one's budget.
      expect((await limited.request('POST', '/api/session', { body: { name: 'cora', password: CURATOR_PW } })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits failed attempts per address too, whatever the names', async () => {
    const limited = await startTestApp({ ACCOUNTS_FILE: accountsFile, SIGNIN_LIMIT_PER_ADDRESS: '2' });
    try {
      for (const name of ['x1', 'x2']) {
        expect((await limited.request('POST', '/api/session', { body: { name, password: 'wrong-password' } })).status).toBe(401);
      }
      const res = await limited.request('POST', '/api/session', { body: { name: 'x3', password: 'wrong-password' } });
      expect(res.status).toBe(429);
      expect(res.body.error.message).toContain('from this address');
    } finally {
      await limited.close();
    }
  });
});

describe('CSRF', () => {
  const newAccount = (n: string) => ({ name: n, role: 'curator', password: 'a-long-enough-password' });

  it('a signed-in write without the X-CSRF-Token header is refused (403 csrf), with it accepted', async () => {
    const s = await signIn(app, 'ada', ADMIN_PW);
    const missing = await app.request('POST', '/api/accounts', { headers: as(s, false), body: newAccount('csrf-one') });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');
    expect(missing.body.error.message).toContain('X-CSRF-Token');
    const wrong = await app.request('POST', '/api/accounts', {
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
      body: newAccount('csrf-one'),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('csrf');
    const other = await signIn(app, 'cora', CURATOR_PW);
    const othersToken = await app.request('POST', '/api/accounts', {
      headers: { cookie: s.cookie, 'x-csrf-token': other.csrf },
      body: newAccount('csrf-one'),
    });
    expect(othersToken.status).toBe(403);
    const ok = await app.request('POST', '/api/accounts', { headers: as(s), body: newAccount('csrf-one') });
    expect(ok.status).toBe(201);
  });

  it('a signed-in write from another origin or site is refused even with the token', async () => {
    const s = await signIn(app, 'ada', ADMIN_PW);
    const origin = await app.request('POST', '/api/accounts', {
      headers: { ...as(s), origin: 'https://evil.example' },
      body: newAccount('csrf-two'),
    });
    expect(origin.status).toBe(403);
    expect(origin.body.error.code).toBe('csrf');
    const site = await app.request('POST', '/api/accounts', {
      headers: { ...as(s), 'sec-fetch-site': 'cross-site' },
      body: newAccount('csrf-two'),
    });
    expect(site.status).toBe(403);
    const same = await app.request('POST', '/api/accounts', {
      headers: { ...as(s), origin: app.url, 'sec-fetch-site': 'same-origin' },
      body: newAccount('csrf-two'),
    });
    expect(same.status).toBe(201);
  });

  it('a sign-in sent by another site is refused', async () => {
    const res = await app.request('POST', '/api/session', {
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { name: 'ada', password: ADMIN_PW },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
  });

  it('Bearer-token writes need no CSRF token', async () => {
    const res = await app.request('POST', '/api/accounts', { headers: bearer, body: newAccount('csrf-three') });
    expect(res.status).toBe(201);
  });
});

describe('roles', () => {
  it('a curator may import but not manage accounts (403 forbidden)', async () => {
    const s = await signIn(app, 'cora', CURATOR_PW);
    // Past the guard: the (empty, invalid) document is judged on its content.
    const imp = await app.request('POST', '/api/import', { headers: as(s), body: { nodes: 'nope' } });
    expect(imp.status).toBe(400);
    for (const [method, path, body] of [
      ['GET', '/api/accounts', undefined],
      ['POST', '/api/accounts', { name: 'sneaky', role: 'admin', password: 'a-long-enough-password' }],
      ['PATCH', '/api/accounts/cora', { role: 'admin' }],
      ['DELETE', '/api/accounts/ada', undefined],
    ] as const) {
      const res = await app.request(method, path, { headers: as(s), body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await app.request('GET', '/api/accounts', { headers: bearer })).body.accounts.find((a: any) => a.name === 'cora').role).toBe(
      'curator',
    );
  });

  it('an admin lists accounts without hashes; the Bearer token acts as an admin; a wrong token is 401', async () => {
    const s = await signIn(app, 'ada', ADMIN_PW);
    const list = await app.request('GET', '/api/accounts', { headers: { cookie: s.cookie } });
    expect(list.status).toBe(200);
    expect(list.body.accounts.map((a: any) => a.name)).toEqual(expect.arrayContaining(['ada', 'cora']));
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password/i);
    expect((await app.request('GET', '/api/accounts', { headers: bearer })).status).toBe(200);
    const me = await app.request('GET', '/api/session', { headers: bearer });
    expect(me.body).toEqual({ user: { name: 'ADMIN_TOKEN', role: 'admin' } });
    const wrong = await app.request('GET', '/api/accounts', { headers: { authorization: 'Bearer not-the-token-0123456789' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
  });

  it('refuses to delete or demote the last enabled admin (409), and a disabled account loses its session', async () => {
    const del = await app.request('DELETE', '/api/accounts/ada', { headers: bearer });
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe('last_admin');
    const demote = await app.request('PATCH', '/api/accounts/ada', { headers: bearer, body: { role: 'curator' } });
    expect(demote.status).toBe(409);
    await app.request('POST', '/api/accounts', { headers: bearer, body: { name: 'dora', password: 'dora-password-0123' } });
    const s = await signIn(app, 'dora', 'dora-password-0123');
    const off = await app.request('PATCH', '/api/accounts/dora', { headers: bearer, body: { disabled: true } });
    expect(off.status).toBe(200);
    expect(off.body.account.disabled).toBe(true);
    expect((await app.request('GET', '/api/session', { headers: { cookie: s.cookie } })).body).toEqual({ user: null });
    expect((await app.request('POST', '/api/session', { body: { name: 'dora', password: 'dora-password-0123' } })).status).toBe(401);
    const gone = await app.request('DELETE', '/api/accounts/dora', { headers: bearer });
    expect(gone.status).toBe(200);
    expect((await app.request('DELETE', '/api/accounts/dora', { headers: bearer })).status).toBe(404);
  });

  it('refuses short passwords and bad names (400)', async () => {
    const short = await app.request('POST', '/api/accounts', { headers: bearer, body: { name: 'shorty', password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('at least 12 characters');
    const bad = await app.request('POST', '/api/accounts', {
      headers: bearer,
      body: { name: 'Bad Name', password: 'a-long-enough-password' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('every write endpoint', () => {
  /** POSTs that read (the console, curated queries, checking a story) and signing in and out. */
  const OPEN = ['post /api/cypher', 'post /api/queries/{id}/run', 'post /api/stories/validate', 'post /api/session', 'delete /api/session'];

  async function operations() {
    const doc = (await app.get('/api/openapi.json')).body;
    const ops: { method: string; path: string; role?: string }[] = [];
    for (const [path, methods] of Object.entries<Record<string, any>>(doc.paths))
      for (const [method, op] of Object.entries(methods)) ops.push({ method, path, role: op['x-role'] });
    return ops;
  }
  const fill = (path: string) => path.replace(/\{\w+\}/g, 'cora');

  it('is declared with a role, unless it is one of the known read-only POSTs', async () => {
    const ops = await operations();
    const unguardedWrites = ops.filter((o) => o.method !== 'get' && !o.role).map((o) => `${o.method} ${o.path}`);
    expect(unguardedWrites.sort()).toEqual([...OPEN].sort());
    expect(ops.filter((o) => o.role).length).toBeGreaterThanOrEqual(5);
  });

  it('answers 401 without a session or token, and 403 to a curator where it needs an admin', async () => {
    const curator = await signIn(app, 'cora', CURATOR_PW);
    for (const op of (await operations()).filter((o) => o.role)) {
      const body = op.method === 'get' || op.method === 'delete' ? undefined : {};
      const anon = await app.request(op.method.toUpperCase(), fill(op.path), { body });
      expect(anon.status, `${op.method} ${op.path}`).toBe(401);
      expect(anon.body.error.code).toBe('unauthorized');
      expect(anon.body.error.message).toMatch(/sign in .*Authorization: Bearer <ADMIN_TOKEN>/);
      const asCurator = await app.request(op.method.toUpperCase(), fill(op.path), { headers: as(curator), body });
      if (op.role === 'admin') {
        expect(asCurator.status, `${op.method} ${op.path} as a curator`).toBe(403);
        expect(asCurator.body.error.code).toBe('forbidden');
      } else expect([401, 403], `${op.method} ${op.path} as a curator`).not.toContain(asCurator.status);
    }
  });
});

describe('where credentials live', () => {
  it('the accounts file is 0600 and holds argon2id hashes, never a password', () => {
    const text = fs.readFileSync(accountsFile, 'utf8');
    expect(fs.statSync(accountsFile).mode & 0o777).toBe(0o600);
    for (const pw of [ADMIN_PW, CURATOR_PW, 'a-long-enough-password']) expect(text).not.toContain(pw);
    const file = JSON.parse(text);
    for (const a of file.accounts) expect(a.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('nothing of an account is in Neo4j (the console could read it)', async () => {
    const nodes = await app.db.read('MATCH (n) RETURN properties(n) AS p');
    const rels = await app.db.read('MATCH ()-[r]->() RETURN properties(r) AS p');
    const all = [...nodes.records, ...rels.records].map((r) => JSON.stringify(r.get('p'))).join('\n');
    expect(all.length).toBeGreaterThan(1000);
    for (const needle of [ADMIN_PW, CURATOR_PW, '$argon2id$', 'atlas_session']) expect(all).not.toContain(needle);
    const labels = await app.db.read('CALL db.labels() YIELD label RETURN collect(label) AS l');
    expect(labels.records[0]!.get('l')).not.toEqual(expect.arrayContaining(['Account']));
  });
});
