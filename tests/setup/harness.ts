// Test helpers: a driver to the run's Neo4j, and the app listening on a random port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { refreshDegrees } from '../../server/db/degree.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { toPlain } from '../../server/db/values.ts';
import { listen } from '../../server/http/listen.ts';
import { readSourceText } from '../../server/seed/seed-files.ts';
import { loadStories } from '../../server/seed/story-files.ts';
import { createHash } from 'node:crypto';

export function testDb(): GraphDb {
  return new GraphDb({
    uri: inject('neo4jUri'),
    database: 'neo4j',
    user: inject('neo4jUser') || undefined,
    password: inject('neo4jPassword'),
    acquisitionTimeoutMs: 3000,
  });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    PORT: '0',
    CYPHER_RATE_LIMIT_PER_MIN: '0',
    ...overrides,
  });
}

export interface TestApp {
  url: string;
  db: GraphDb;
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  /** A request through node:http, which (unlike fetch) may set any header, Host included. */
  request(
    method: string,
    path: string,
    opts?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<{ status: number; body: any; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Record<string, string> = {}, db = testDb()): Promise<TestApp> {
  // Heavy GETs unlimited unless a test asks (like the console's limit in testConfig). Accounts in
  // a fresh temp file unless the test names one: never the developer's .data/accounts.json.
  const accountsDir = overrides.ACCOUNTS_FILE ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-accounts-'));
  const config = testConfig({
    GRAPH_RATE_LIMIT_PER_MIN: '0',
    ...(accountsDir ? { ACCOUNTS_FILE: path.join(accountsDir, 'accounts.json') } : {}),
    ...overrides,
  });
  const app = createApp({
    config,
    db,
    mode: 'external',
    log: () => undefined,
    // The real seed readers, as start.ts gives them.
    stories: () => loadStories(),
    sourceText: (file) => readSourceText(file),
  });
  const server: Server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const parse = async (res: Response) => {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body, headers: res.headers };
  };
  return {
    url,
    db,
    get: (p) => fetch(url + p).then(parse),
    post: (p, body, headers = {}) =>
      fetch(url + p, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }).then(parse),
    request: (method, p, { headers = {}, body } = {}) =>
      new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
        const h: Record<string, string> = {
          ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}),
          ...headers,
        };
        const req = httpRequest(url + p, { method, headers: h, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
          });
        });
        req.on('error', reject);
        req.end(payload);
      }),
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await db.close();
      if (accountsDir) fs.rmSync(accountsDir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes a test's own nodes (ids starting with `prefix`) and their relationships, and refreshes
 * the derived degree of the nodes they were linked to (cited sources, partners), so the next test
 * file finds the graph as a load leaves it (the import and revert tests compare checksums).
 */
export async function deleteTestNodes(db: GraphDb, prefix: string): Promise<void> {
  await db.write(async (tx) => {
    const res = await tx.run(
      'MATCH (n) WHERE n.id STARTS WITH $prefix MATCH (n)--(m:Entity) WHERE NOT m.id STARTS WITH $prefix RETURN collect(DISTINCT m.id) AS ids',
      { prefix },
    );
    await tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await refreshDegrees(tx, (res.records[0]?.get('ids') as string[] | undefined) ?? []);
  });
}

/**
 * Counts and a content checksum (every node's labels and properties, every relationship);
 * `knowledgeOnly` leaves the audit log out (what a revert must restore is the graph, not the log).
 */
export async function graphCounts(
  db: GraphDb,
  { knowledgeOnly = false } = {},
): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await db.read(
    `MATCH (n) WHERE NOT n:ImportLock ${knowledgeOnly ? 'AND NOT n:AuditEntry' : ''} RETURN labels(n) AS l, properties(n) AS p`,
  );
  const rels = await db.read('MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p');
  const lines = [
    ...nodes.records.map((r) => JSON.stringify([[...r.get('l')].sort(), sortKeys(toPlain(r.get('p')))])),
    ...rels.records.map((r) => JSON.stringify([r.get('t'), r.get('a'), r.get('b'), sortKeys(toPlain(r.get('p')))])),
  ].sort();
  const checksum = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.records.length, relationships: rels.records.length, checksum };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}
