// Integration: the HTTP edge. Rate limits cannot be dodged with X-Forwarded-For and the console
// and curated runs share one budget; heavy GETs have their own; unknown query parameters are a
// 400 and never a cache entry; dates and whole numbers follow one rule everywhere; the app answers
// only to its own Host names (421 otherwise, for every path); Node's parser refusals (431) and long
// problem lists come back as the app's JSON error shape.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** Runs `fn` against an app started with `env`, then closes it. */
async function withApp(env: Record<string, string>, fn: (a: TestApp) => Promise<void>): Promise<void> {
  const a = await startTestApp(env);
  try {
    await fn(a);
  } finally {
    await a.close();
  }
}

/** Sends `raw` bytes on a socket and returns everything the server sends back until it closes. */
function rawRequest(url: string, raw: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => socket.write(raw));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (err) => (chunks.length ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(err)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.setTimeout(10000, () => socket.destroy(new Error('no answer')));
  });
}

function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

const CONSOLE = { query: 'RETURN 1 AS x' };

describe('rate limits', () => {
  it('X-Forwarded-For gives no fresh budget: the 4th console query at a limit of 3 is 429 whatever the header says', async () => {
    await withApp({ CYPHER_RATE_LIMIT_PER_MIN: '3' }, async (a) => {
      const statuses: number[] = [];
      for (const ip of ['10.0.0.1', '10.0.0.2', 'garbage', '203.0.113.9']) {
        statuses.push((await a.request('POST', '/api/cypher', { headers: { 'x-forwarded-for': ip }, body: CONSOLE })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await a.request('POST', '/api/cypher', { headers: { 'x-forwarded-for': '198.51.100.1' }, body: CONSOLE });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['ratelimit-limit']).toBe('3');
      expect(limited.headers['ratelimit-remaining']).toBe('0');
    });
  });

  it('console queries and curated runs share one budget: 2 console + 2 curated at a limit of 3, the 4th is 429', async () => {
    await withApp({ CYPHER_RATE_LIMIT_PER_MIN: '3' }, async (a) => {
      const statuses = [
        (await a.post('/api/cypher', CONSOLE)).status,
        (await a.post('/api/queries/published-figures/run', {})).status,
        (await a.post('/api/cypher', CONSOLE)).status,
        (await a.post('/api/queries/published-figures/run', {})).status,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await a.post('/api/cypher', CONSOLE)).status).toBe(429);
    });
  });

  it('heavy GETs have their own limit (GRAPH_RATE_LIMIT_PER_MIN, /api/graph and /api/paths together); /api/health is never limited', async () => {
    await withApp({ GRAPH_RATE_LIMIT_PER_MIN: '2' }, async (a) => {
      const first = await a.get('/api/graph?limit=5');
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-limit')).toBe('2');
      expect((await a.get('/api/graph?limit=5')).status).toBe(200); // a cache hit still counts
      const third = await a.get('/api/graph?limit=5');
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate_limited');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await a.get('/api/paths?from=icac&to=wco')).status).toBe(429);
      for (let i = 0; i < 5; i++) expect((await a.get('/api/health')).status).toBe(200);
      expect((await a.get('/api/search?q=icac')).status).toBe(200);
      // The console's budget is another one.
      expect((await a.post('/api/cypher', CONSOLE)).status).toBe(200);
    });
  });

  it('TRUST_PROXY=loopback (the documented opt-in behind a local proxy) makes X-Forwarded-For the client', async () => {
    await withApp({ CYPHER_RATE_LIMIT_PER_MIN: '2', TRUST_PROXY: 'loopback' }, async (a) => {
      const as = (ip: string) =>
        a.request('POST', '/api/cypher', { headers: { 'x-forwarded-for': ip }, body: CONSOLE }).then((r) => r.status);
      expect([await as('10.0.0.1'), await as('10.0.0.1'), await as('10.0.0.1')]).toEqual([200, 200, 429]);
      expect(await as('10.0.0.2')).toBe(200);
    });
  });

  it('refuses a malformed TRUST_PROXY at start-up', async () => {
    await expect(startTestApp({ TRUST_PROXY: 'loopback,not an address' })).rejects.toThrow(/TRUST_PROXY/);
  });
});

describe('query parameters', () => {
  it.each([
    ['/api/graph?limit=5&bogus=1', 'bogus'],
    ['/api/search?q=icac&page=2', 'page'],
    ['/api/paths?from=icac&to=wco&depth=3', 'depth'],
    ['/api/growth/iaaca?unit=members', 'unit'],
    ['/api/stories?draft=1', 'draft'],
    ['/api/nodes/icac?expand=1', 'expand'],
    ['/api/health?_=123', '_'],
    ['/api/graph?labels[]=Agency', 'labels[]'],
  ])('%s: an unknown parameter is a 400 naming it', async (url, name) => {
    const res = await app.get(url);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain(`${name}: unknown parameter`);
    expect(res.body.error.details.problems).toContainEqual(
      expect.objectContaining({ field: name, message: expect.stringMatching(/^unknown parameter/) }),
    );
  });

  it('the cache is keyed by the validated query: unknown parameters make no entry, other spellings of one query share one', async () => {
    await withApp({}, async (a) => {
      expect((await a.get('/api/graph?limit=7&labels=Agency')).headers.get('x-cache')).toBe('miss');
      expect((await a.get('/api/graph?limit=7&labels=Agency')).headers.get('x-cache')).toBe('hit');
      // The same validated input, spelled differently: a hit, not a new entry.
      expect((await a.get('/api/graph?labels=Agency,&limit=007')).headers.get('x-cache')).toBe('hit');
      expect((await a.get('/api/GRAPH?labels=Agency&limit=7')).headers.get('x-cache')).toBe('hit');
      const busted = await a.get('/api/graph?limit=7&labels=Agency&nocache=1');
      expect(busted.status).toBe(400);
      expect(busted.headers.get('x-cache')).toBeNull();
      expect((await a.get('/api/graph?limit=8&labels=Agency')).headers.get('x-cache')).toBe('miss');
    });
  });

  it('dates are real calendar dates, as in curated queries: from=2024-02-30 is a 400, 2024-02-29 is fine', async () => {
    const bad = await app.get('/api/graph?from=2024-02-30&limit=5');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.problems).toContainEqual({ field: 'from', message: 'is not a real calendar date' });
    expect((await app.get('/api/graph?to=2023-02-29&limit=5')).status).toBe(400);
    expect((await app.get('/api/graph?from=2024-13&limit=5')).status).toBe(400);
    expect((await app.get('/api/graph?from=2024-02-29&limit=5')).status).toBe(200);
    expect((await app.get('/api/graph?from=2024&to=2024-06&limit=5')).status).toBe(200);
    // The curated queries' date rule is the same one.
    const curated = await app.post('/api/queries/events-in-window/run', { params: { from: '2024-02-30' } });
    expect(curated.status).toBe(400);
  });

  it.each(['0x6', '1e1', ' 4', '4 ', '+4', '4.0', '', '١'])('maxHops=%j is a 400 (whole numbers in decimal digits only)', async (v) => {
    const res = await app.get(`/api/paths?from=icac&to=wco&maxHops=${encodeURIComponent(v)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems[0].field).toBe('maxHops');
  });

  it('whole numbers follow one rule on every route: graph and search limits too; repeated parameters are refused', async () => {
    expect((await app.get('/api/paths?from=icac&to=wco&maxHops=4')).status).toBe(200);
    expect((await app.get('/api/graph?limit=0x10')).status).toBe(400);
    expect((await app.get('/api/graph?limit=1e2')).status).toBe(400);
    expect((await app.get('/api/graph?limit=10')).status).toBe(200);
    expect((await app.get('/api/search?q=icac&limit=1e1')).status).toBe(400);
    expect((await app.get('/api/search?q=icac&limit=5')).status).toBe(200);
    const twice = await app.get('/api/graph?limit=5&limit=6');
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('limit: must be given once');
  });
});

describe('Host header', () => {
  it.each([
    ['POST', '/api/cypher'],
    ['GET', '/api/health'],
    ['GET', '/'],
    ['GET', '/favicon.svg'],
    ['GET', '/api/openapi.json'],
  ])('a foreign Host gets 421 JSON on %s %s', async (method, path) => {
    const res = await app.request(method, path, { headers: { host: 'attacker.example' }, body: method === 'POST' ? CONSOLE : undefined });
    expect(res.status).toBe(421);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.error).toEqual({
      code: 'host_not_allowed',
      message: 'This server does not answer to the host "attacker.example". Set ALLOWED_HOSTS to add it.',
    });
  });

  it('answers to the loopback names with any port, and *.localhost', async () => {
    for (const host of ['localhost:123', '127.0.0.1', '127.0.0.1:8080', '[::1]:8080', 'LOCALHOST', 'atlas.localhost:5173']) {
      const res = await app.request('GET', '/api/health', { headers: { host } });
      expect({ host, status: res.status }).toEqual({ host, status: 200 });
    }
    for (const host of ['localhost.attacker.example', '127.0.0.1.nip.io', 'evil-localhost', '.localhost', '127.0.0.2']) {
      const res = await app.request('GET', '/api/health', { headers: { host } });
      expect({ host, status: res.status }).toEqual({ host, status: 421 });
    }
  });

  it('refuses a request with no Host header, or an empty one', async () => {
    for (const raw of ['GET /api/health HTTP/1.0\r\n\r\n', 'GET /api/health HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n']) {
      const res = parseRaw(await rawRequest(app.url, raw));
      expect(res.status).toBe(421);
      expect(JSON.parse(res.body).error.code).toBe('host_not_allowed');
    }
  });

  it('ALLOWED_HOSTS admits the names it lists (any port), and only those', async () => {
    await withApp({ ALLOWED_HOSTS: 'atlas.example.org, *.atlas.example.net' }, async (a) => {
      expect((await a.request('GET', '/api/health', { headers: { host: 'atlas.example.org' } })).status).toBe(200);
      expect((await a.request('POST', '/api/cypher', { headers: { host: 'atlas.example.org:443' }, body: CONSOLE })).status).toBe(200);
      expect((await a.request('GET', '/api/health', { headers: { host: 'eu.atlas.example.net' } })).status).toBe(200);
      expect((await a.request('GET', '/api/health', { headers: { host: 'attacker.example' } })).status).toBe(421);
      expect((await a.request('GET', '/api/health', { headers: { host: 'localhost' } })).status).toBe(200);
    });
    await withApp({ ALLOWED_HOSTS: '*' }, async (a) => {
      expect((await a.request('GET', '/api/health', { headers: { host: 'anything.example' } })).status).toBe(200);
    });
  });
});

describe('error bodies', () => {
  it('a URL over 16 kB gets 431 with a JSON body in the app error shape', async () => {
    const path = `/api/search?q=${'a'.repeat(20 * 1024)}`;
    const raw = parseRaw(await rawRequest(app.url, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
    expect(raw.status).toBe(431);
    expect(raw.headers['content-type']).toMatch(/^application\/json/);
    expect(raw.headers.connection).toBe('close');
    expect(Number(raw.headers['content-length'])).toBe(Buffer.byteLength(raw.body));
    expect(JSON.parse(raw.body).error.code).toBe('headers_too_large');
    const viaFetch = await app.get(path);
    expect(viaFetch.status).toBe(431);
    expect(viaFetch.body.error.code).toBe('headers_too_large');
    // A malformed request line is a JSON 400 likewise; the server is still up.
    const garbage = parseRaw(await rawRequest(app.url, 'NOT HTTP AT ALL\r\n\r\n'));
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body).error.code).toBe('bad_request');
    expect((await app.get('/api/health')).status).toBe(200);
  });

  it('a body with 5,000 invalid fields lists the first 50 problems and counts them all', async () => {
    const body: Record<string, unknown> = { query: 'RETURN 1' };
    for (let i = 0; i < 5000; i++) body[`field${i}`] = i;
    const res = await app.post('/api/cypher', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems.length).toBeLessThanOrEqual(50);
    expect(res.body.error.details.problemCount).toBe(5000);
    expect(res.body.error.details.problems[0]).toEqual(
      expect.objectContaining({ field: 'field0', message: expect.stringMatching(/^unknown field/) }),
    );
    expect(res.body.error.message).toContain('… and 4950 more');
    expect(JSON.stringify(res.body).length).toBeLessThan(10000);
  });
});
