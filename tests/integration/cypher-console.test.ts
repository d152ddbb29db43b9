// Integration: the Cypher console answers reads and can never write. Every write attempt in the
// corpus is refused, and the graph's counts and content checksum are unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';

let app: TestApp;
let before: Awaited<ReturnType<typeof graphCounts>>;
beforeAll(async () => {
  app = await startTestApp({ CYPHER_TIMEOUT_MS: '2000', CYPHER_MAX_ROWS: '50', CYPHER_MAX_QUERY_LENGTH: '2000' });
  before = await graphCounts(app.db);
});
afterAll(async () => {
  await app?.close();
});

const WRITE_ATTEMPTS: [string, string, Record<string, unknown>?][] = [
  ['CREATE', "CREATE (n:Agency {id: 'evil', name: 'Evil'}) RETURN n"],
  ['MERGE', "MERGE (n:Agency {id: 'evil2'}) RETURN n"],
  ['SET', "MATCH (n:Agency {id: 'icac'}) SET n.name = 'Hacked' RETURN n"],
  ['SET label', "MATCH (n:Agency {id: 'icac'}) SET n:Hacked RETURN n"],
  ['DELETE', 'MATCH (n:Statistic) DELETE n'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', "MATCH (n:Agency {id: 'icac'}) REMOVE n.nameZh RETURN n"],
  ['relationship CREATE', "MATCH (a:Agency {id: 'icac'}), (b:Organisation {id: 'wco'}) CREATE (a)-[:MEMBER_OF]->(b)"],
  ['write in a subquery', "MATCH (n:Agency {id: 'icac'}) CALL (n) { SET n.x = 1 } RETURN n"],
  ['write after a read', "MATCH (n:Agency) WITH n LIMIT 1 CREATE (m:Agency {id: 'evil3'}) RETURN m"],
  ['FOREACH write', 'MATCH (n:Agency) WITH collect(n) AS ns FOREACH (x IN ns | SET x.flag = true)'],
  ['parameterised write', 'CREATE (n:Agency {id: $id, name: $name})', { id: 'evil4', name: 'Evil' }],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
  ['LOAD CSV lower case', "load csv with headers from 'https://example.org/x.csv' as row return row"],
  ['LOAD CSV after a comment', "// harmless\nLOAD CSV FROM 'file:///etc/hosts' AS l RETURN l"],
  ['schema: create index', 'CREATE INDEX evil_idx FOR (n:Agency) ON (n.acronym)'],
  ['schema: drop constraint', 'DROP CONSTRAINT agency_id'],
  ['schema: create constraint', 'CREATE CONSTRAINT evil FOR (n:Person) REQUIRE n.title IS UNIQUE'],
  ['CALL IN TRANSACTIONS', 'MATCH (n:Agency) CALL (n) { SET n.y = 1 } IN TRANSACTIONS OF 10 ROWS'],
  ['CALL IN TRANSACTIONS delete', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS'],
  ['writing procedure', "CALL db.createLabel('Evil')"],
  ['writing procedure: property', "CALL db.createProperty('evil')"],
  ['admin procedure', 'CALL dbms.listConfig()'],
  ['clear caches', 'CALL db.clearQueryCaches()'],
  ['two statements', "MATCH (n) RETURN count(n); CREATE (m:Agency {id: 'evil5'})"],
  ['two statements, write first', "CREATE (m:Agency {id: 'evil6'}); MATCH (n) RETURN n"],
  ['terminate transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['show transactions', 'SHOW TRANSACTIONS'],
  ['create user', "CREATE USER evil SET PASSWORD 'x'"],
  ['create database', 'CREATE DATABASE evil'],
  ['PROFILE write', "PROFILE CREATE (n:Agency {id: 'evil7'})"],
  ['EXPLAIN write', "EXPLAIN CREATE (n:Agency {id: 'evil8'})"],
  ['unicode escape keyword', "MATCH (n:Agency {id: 'icac'}) \\u0053ET n.z = 1"],
];

describe('POST /api/cypher: reads', () => {
  it('runs a read query and returns columns, rows and the graph elements in them', async () => {
    const res = await app.post('/api/cypher', {
      query: 'MATCH (a:Agency {id: $id})-[r:SIGNED]->(m:Agreement) RETURN a, r, m, m.date AS date ORDER BY date',
      params: { id: 'icac' },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['a', 'r', 'm', 'date']);
    expect(res.body.rows.length).toBeGreaterThan(3);
    expect(res.body.rows[0].a.id).toBe('icac');
    expect(res.body.truncated).toBe(false);
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toContain('icac');
    expect(res.body.graph.edges.length).toBe(res.body.rows.length);
    expect(res.body.graph.edges.every((e: { source: string }) => e.source === 'icac')).toBe(true);
    expect(typeof res.body.timeMs).toBe('number');
  });

  it('brings in the end nodes of relationships returned alone', async () => {
    const res = await app.post('/api/cypher', { query: "MATCH (:Agency {id: 'icac'})-[r:HOLDS_ROLE]->() RETURN r" });
    expect(res.status).toBe(200);
    const ids = res.body.graph.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['icac', 'iaaca']));
  });

  it('caps rows and says so', async () => {
    const res = await app.post('/api/cypher', { query: 'MATCH (n) RETURN n.id AS id' });
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBe(50);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rowCap).toBe(50);
  });

  it('allows schema introspection and full-text procedures', async () => {
    const labels = await app.post('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label' });
    expect(labels.status).toBe(200);
    expect(labels.body.rows.map((r: { label: string }) => r.label)).toContain('Agency');
    const ft = await app.post('/api/cypher', {
      query: "CALL db.index.fulltext.queryNodes('entity_names', '廉政公署') YIELD node RETURN node.id AS id LIMIT 1",
    });
    expect(ft.body.rows[0].id).toBe('icac');
  });

  it('returns Cypher errors as 400 with the database message and position', async () => {
    const res = await app.post('/api/cypher', { query: 'MATCH (n) RETRUN n' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('cypher_error');
    expect(res.body.error.message).toMatch(/RETRUN|Invalid input/);
    expect(res.body.error.details.position).toEqual(expect.objectContaining({ line: 1 }));
    const missing = await app.post('/api/cypher', { query: 'RETURN $nope AS x' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/nope/i);
  });

  it('stops a runaway query with the timeout and keeps serving other requests meanwhile', async () => {
    const runaway = app.post('/api/cypher', { query: 'MATCH (a), (b), (c) RETURN count(a.id + b.id + c.id) AS n' });
    const health = await app.get('/api/health');
    expect(health.status).toBe(200);
    const quick = await app.post('/api/cypher', { query: 'RETURN 1 AS one' });
    expect(quick.body.rows).toEqual([{ one: 1 }]);
    const res = await runaway;
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('query_timeout');
  });

  it('refuses an empty, an over-long and a malformed request with clear messages', async () => {
    const empty = await app.post('/api/cypher', { query: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('empty_query');
    const long = await app.post('/api/cypher', { query: `RETURN '${'x'.repeat(3000)}'` });
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('query_too_long');
    const wrong = await app.post('/api/cypher', { query: 42 });
    expect(wrong.status).toBe(400);
    const extra = await app.post('/api/cypher', { query: 'RETURN 1', params: [1, 2] });
    expect(extra.status).toBe(400);
  });
});

describe('POST /api/cypher: never writes', () => {
  it.each(WRITE_ATTEMPTS)('refuses %s', async (_name, query, params) => {
    const res = await app.post('/api/cypher', { query, params: params ?? {} });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(typeof res.body.error.message).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
  });

  it('left the graph exactly as it was (counts and content checksum)', async () => {
    const after = await graphCounts(app.db);
    expect(after).toEqual(before);
    const evil = await app.db.read("MATCH (n) WHERE n.id STARTS WITH 'evil' OR n:Hacked OR n.name = 'Hacked' RETURN count(n) AS c");
    expect(Number(evil.records[0].get('c'))).toBe(0);
  });
});

describe('POST /api/cypher: rate limit', () => {
  it('answers 429 with Retry-After past CYPHER_RATE_LIMIT_PER_MIN', async () => {
    const limited = await startTestApp({ CYPHER_RATE_LIMIT_PER_MIN: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.post('/api/cypher', { query: 'RETURN 1 AS x' })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await limited.post('/api/cypher', { query: 'RETURN 1 AS x' });
      expect(res.body.error.code).toBe('rate_limited');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('is off with CYPHER_RATE_LIMIT_PER_MIN=0: more queries than the default 60 a minute all run', async () => {
    const unlimited = await startTestApp({ CYPHER_RATE_LIMIT_PER_MIN: '0' });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 65; i++) statuses.add((await unlimited.post('/api/cypher', { query: 'RETURN $i AS i', params: { i } })).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await unlimited.close();
    }
  });
});
