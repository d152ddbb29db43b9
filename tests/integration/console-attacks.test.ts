// Integration: the console's promises against someone who has read the code. Each probe here was
// reproduced against an earlier version (it got through, or it took the app past its limits):
// screen bypasses that made the database fetch URLs and answer admin commands, a timeout the
// database did not keep, answers far over the row cap's size, and inputs that came back as 5xx.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphCounts, startTestApp, testDb, type TestApp } from '../setup/harness.ts';

/** A listener on a free loopback port that records every connection made to it (it must get none). */
async function trap(): Promise<{ port: number; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = net.createServer((socket) => {
    hits++;
    socket.end('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\na,b\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let app: TestApp;
let listener: Awaited<ReturnType<typeof trap>>;
let before: Awaited<ReturnType<typeof graphCounts>>;
beforeAll(async () => {
  listener = await trap();
  app = await startTestApp({ CYPHER_TIMEOUT_MS: '1500', CYPHER_MAX_RESPONSE_BYTES: String(1024 * 1024) });
  before = await graphCounts(app.db);
});
afterAll(async () => {
  await app?.close();
  await listener?.close();
});

const url = () => `http://127.0.0.1:${listener.port}/x`;

describe('screen bypasses: refused, and the database reaches nothing', () => {
  const probes: [string, () => string][] = [
    ['LOAD CSV with U+001C for the space', () => `LOAD\u001cCSV FROM '${url()}' AS r RETURN r`],
    ['LOAD CSV with U+001F and U+3000', () => `LOAD\u001f\u3000CSV FROM '${url()}' AS r RETURN r`],
    ["LOAD CSV after a '//' inside a string", () => `WITH '//' AS x LOAD CSV FROM '${url()}' AS r RETURN x, r`],
    ["LOAD CSV after a backtick name holding '", () => `WITH 1 AS \`it's\` LOAD CSV FROM '${url()}' AS r RETURN r`],
    ['LOAD CSV after a block comment holding a quote', () => `/* it's */ LOAD CSV FROM '${url()}' AS r RETURN r`],
    ['LOAD CSV from an ftp URL', () => `LOAD CSV FROM 'ftp://127.0.0.1:${listener.port}/x' AS r RETURN r`],
    ['LOAD CSV lower case with a tab', () => `load\tcsv from '${url()}' as r return r`],
    ['LOAD CSV with an escaped space (\\u0020, decoded by Neo4j)', () => `LOAD\\u0020CSV FROM '${url()}' AS r RETURN r`],
    ['LOAD CSV after an escaped quote pair (\\u0027)', () => `WITH \\u0027//\\u0027 AS x LOAD CSV FROM '${url()}' AS r RETURN r`],
    ['LOAD CSV after a comment ended by an escaped line break', () => `RETURN 1 AS a // \\u000a LOAD CSV FROM '${url()}' AS r RETURN r`],
  ];
  it.each(probes)('%s → 4xx, no connection made', async (_name, query) => {
    const res = await app.post('/api/cypher', { query: query() });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toMatch(/load_csv_refused|syntax_error|cypher_error/);
    expect(listener.hits()).toBe(0);
  });

  const admin: [string, string, string][] = [
    ['SHOW SETTINGS with U+001C', 'SHOW\u001cSETTINGS', 'admin_refused'],
    ['SHOW TRANSACTIONS with U+001D', 'SHOW\u001dTRANSACTIONS', 'admin_refused'],
    ['SHOW SETTINGS after a comment', '/* x */ SHOW SETTINGS YIELD name RETURN name', 'admin_refused'],
    ['db.stats.retrieve with U+001C', "CALL\u001cdb.stats.retrieve('QUERIES')", 'procedure_refused'],
    ['db.prepareForReplanning with U+001E', 'CALL\u001edb.prepareForReplanning()', 'procedure_refused'],
    ['a backticked procedure name', "CALL `db`.`stats`.`retrieve`('QUERIES')", 'procedure_refused'],
    ['dbms.listConfig in a subquery', 'CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', 'procedure_refused'],
    ['TERMINATE TRANSACTIONS with U+001F', "TERMINATE\u001fTRANSACTIONS 'neo4j-transaction-1'", 'admin_refused'],
    ['USE another database', 'USE other MATCH (n) RETURN count(n)', 'use_refused'],
    ['USE system', 'USE system MATCH (n) RETURN n', 'use_refused'],
  ];
  it.each(admin)('%s → refused with %s', async (_name, query, code) => {
    const res = await app.post('/api/cypher', { query });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toBe(code);
    expect(JSON.stringify(res.body)).not.toMatch(/dbms\.directories|server\.bolt|neo4j-transaction-\d+/);
  });

  it('the embedded database itself refuses to load any URL (defence below the console)', async () => {
    // The test run's Neo4j is the project's own embedded one unless TEST_NEO4J_URI points elsewhere.
    if (process.env.TEST_NEO4J_URI) return;
    const db = testDb();
    try {
      for (const target of [url(), `http://localhost:${listener.port}/x`, `http://[::1]:${listener.port}/x`, 'file:///etc/passwd']) {
        await expect(db.read(`LOAD CSV FROM '${target}' AS r RETURN r`)).rejects.toThrow(/blocked|allow_csv_import_from_file_urls/);
      }
    } finally {
      await db.close();
    }
    expect(listener.hits()).toBe(0);
  });
});

describe('a deadline the app keeps', () => {
  it('answers 504 at the timeout for a reduce over a huge range, stays healthy meanwhile, and holds the slot until the database is done', async () => {
    const one = await startTestApp({ CYPHER_TIMEOUT_MS: '1500', CYPHER_MAX_CONCURRENT_PER_CLIENT: '1' });
    try {
      const started = Date.now();
      const runaway = one.post('/api/cypher', { query: 'RETURN reduce(s = 0, x IN range(1, 200000000) | s + x) AS s' });
      await new Promise((r) => setTimeout(r, 300));
      const healthStarted = Date.now();
      const health = await one.get('/api/health');
      expect(health.status).toBe(200);
      expect(Date.now() - healthStarted).toBeLessThan(3000);
      const res = await runaway;
      const took = Date.now() - started;
      expect(res.status).toBe(504);
      expect(res.body.error.code).toBe('query_timeout');
      // The database ignores termination inside reduce() (it ran 38 s against a 10 s timeout before);
      // the app answers at its own deadline: 1.5 s plus a margin for a loaded machine.
      expect(took).toBeLessThan(6000);
      // The client's one slot stays taken while the database still computes: no pile-up of runaways.
      const second = await one.post('/api/cypher', { query: 'RETURN 1 AS x' });
      expect(second.status).toBe(429);
      expect(second.body.error.code).toBe('too_many_queries');
      // The transaction is terminated and, once the database is done, gone; then the slot is free.
      let left = 1;
      for (let i = 0; i < 120 && left > 0; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const tx = await one.db.read(
          "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'cooperation-atlas-console' RETURN count(*) AS n",
        );
        left = Number(tx.records[0].get('n'));
      }
      expect(left).toBe(0);
      let after = await one.post('/api/cypher', { query: 'RETURN 1 AS x' });
      for (let i = 0; i < 20 && after.status === 429; i++) {
        await new Promise((r) => setTimeout(r, 250));
        after = await one.post('/api/cypher', { query: 'RETURN 1 AS x' });
      }
      expect(after.status).toBe(200);
    } finally {
      await one.close();
    }
  });

  it('terminates a query that the database can stop, and leaves no transaction behind', async () => {
    const res = await app.post('/api/cypher', { query: 'MATCH (a), (b), (c) RETURN count(a.id + b.id + c.id) AS n' });
    expect(res.status).toBe(504);
    let left = 1;
    for (let i = 0; i < 40 && left > 0; i++) {
      const tx = await app.db.read(
        "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'cooperation-atlas-console' RETURN count(*) AS n",
      );
      left = Number(tx.records[0].get('n'));
      if (left) await new Promise((r) => setTimeout(r, 250));
    }
    expect(left).toBe(0);
  });

  it('refuses a 300-deep nested literal before the database parses it', async () => {
    const deep = `RETURN ${'['.repeat(300)}1${']'.repeat(300)} AS x`;
    const res = await app.post('/api/cypher', { query: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('too_deep');
    const ok = await app.post('/api/cypher', { query: `RETURN ${'['.repeat(10)}1${']'.repeat(10)} AS x` });
    expect(ok.status).toBe(200);
  });

  it("refuses a 5,000-deep parameter and a 4 MB parameter as the caller's mistakes (4xx, not 503)", async () => {
    // Written out by hand: JSON.stringify itself overflows the stack at this depth.
    const deep = `{"query": "RETURN $p AS p", "params": {"p": ${'['.repeat(5000)}1${']'.repeat(5000)}}}`;
    const res = await app.post('/api/cypher', deep);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('too_deep');
    const big = await app.post('/api/cypher', { query: 'RETURN size($s) AS n', params: { s: 'x'.repeat(4 * 1024 * 1024) } });
    expect(big.status).toBe(400);
    expect(big.body.error.code).toBe('params_too_large');
  });

  it('at most CYPHER_MAX_CONCURRENT queries run at once overall: others get 429 with a clear message', async () => {
    const small = await startTestApp({ CYPHER_TIMEOUT_MS: '1500', CYPHER_MAX_CONCURRENT: '1' });
    try {
      const slow = small.post('/api/cypher', { query: 'MATCH (a), (b), (c) RETURN count(a.id + b.id + c.id) AS n' });
      await new Promise((r) => setTimeout(r, 300));
      const other = await small.post('/api/cypher', { query: 'RETURN 1 AS x' });
      expect(other.status).toBe(429);
      expect(other.body.error.message).toMatch(/at most 1 at once/);
      expect((await slow).status).toBe(504);
    } finally {
      await small.close();
    }
  });
});

describe('a byte cap on every answer', () => {
  it('cuts an answer of 1,000 rows of a 60 kB parameter at CYPHER_MAX_RESPONSE_BYTES and says why', async () => {
    const s = 'x'.repeat(60 * 1024);
    const res = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'UNWIND range(1, 1000) AS i RETURN i, $s AS s', params: { s } }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text.length).toBeLessThan(1024 * 1024 + 4096);
    const body = JSON.parse(text);
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe('bytes');
    expect(body.byteCap).toBe(1024 * 1024);
    expect(body.rows.length).toBeGreaterThan(5);
    expect(body.rows.length).toBeLessThan(20);
  });

  it('says the row cap when rows, not bytes, were the limit', async () => {
    const res = await app.post('/api/cypher', { query: 'UNWIND range(1, 5000) AS i RETURN i' });
    expect(res.status).toBe(200);
    expect(res.body.truncatedBy).toBe('rows');
    expect(res.body.rows.length).toBe(1000);
  });
});

describe('afterwards', () => {
  it('the graph is exactly as it was', async () => {
    expect(await graphCounts(app.db)).toEqual(before);
    expect(inject('neo4jUri')).toMatch(/^(bolt|neo4j)/);
  });
});
