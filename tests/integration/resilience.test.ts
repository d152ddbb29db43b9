// Integration: the app under faults. Neo4j going away (503, health says so, recovery by itself),
// a loader killed mid-run (graph exactly as before), two loads at once (serialised).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { importRequest } from '../../server/graph/import-request.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import { deleteTestNodes, graphCounts, startTestApp, testDb, type TestApp } from '../setup/harness.ts';

function syntheticDoc(prefix: string, n: number) {
  const nodes = Array.from({ length: n }, (_, i) => ({
    label: 'Agency',
    id: `${prefix}-${i}`,
    name: `Synthetic test agency ${i}`,
    sources: ['legco-lcq17-2025'],
  }));
  const relationships = nodes
    .slice(1)
    .map((node, i) => ({ type: 'COOPERATES_WITH', from: node.id, to: nodes[i].id, sources: ['legco-lcq17-2025'] }));
  return { nodes, relationships };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe('Neo4j goes away under load', () => {
  it('answers 503 with a clear message, never crashes, and recovers by itself when Neo4j is back', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-outage-'));
    let neo: LocalNeo4j = await startLocalNeo4j({ home, heapMb: 384, pageCacheMb: 32, log: () => undefined });
    cleanups.push(async () => {
      await neo.stop();
      fs.rmSync(home, { recursive: true, force: true });
    });
    const db = new GraphDb({ uri: neo.uri, user: neo.user, password: neo.password, database: 'neo4j', acquisitionTimeoutMs: 2000 });
    await applySchema(db);
    // The response cache is off here: this test is about the database path.
    const app: TestApp = await startTestApp({ NEO4J_URI: neo.uri, NEO4J_ACQUISITION_TIMEOUT_MS: '2000', API_CACHE_ENTRIES: '0' }, db);
    cleanups.push(() => app.close());
    expect((await app.get('/api/health')).status).toBe(200);

    // Load while Neo4j stops: every answer is 200 or 503, never a 500 or a dropped connection.
    const statuses: number[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        const res = await app.get('/api/search?q=ICAC');
        statuses.push(res.status);
      }
    })();
    await neo.stop();
    const down = await app.get('/api/graph?limit=5');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('database_unavailable');
    expect(down.body.error.message).toMatch(/not reachable/);
    const health = await app.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.neo4j.status).toBe('down');
    running = false;
    await load;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses).toContain(503);

    // Neo4j comes back on the same port: the app recovers without a restart.
    neo = await startLocalNeo4j({ home, port: neo.port, heapMb: 384, pageCacheMb: 32, log: () => undefined });
    let recovered = 0;
    for (let i = 0; i < 60 && recovered !== 200; i++) {
      recovered = (await app.get('/api/health')).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(recovered).toBe(200);
    expect((await app.get('/api/search?q=ICAC')).status).toBe(200);
  });
});

describe('interrupted and concurrent loads', () => {
  it('a loader killed mid-run leaves the graph exactly as it was', async () => {
    const db = testDb();
    cleanups.push(() => db.close());
    const before = await graphCounts(db);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-kill-')), 'big.json');
    fs.writeFileSync(file, JSON.stringify(syntheticDoc('test-kill', 30000)));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'seed', 'load-cli.ts'), '--file', file], {
      env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const killed = new Promise<string | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Kill it once it is inside the transaction (it has announced the load).
        if (out.includes('loading') && !child.killed) setTimeout(() => child.kill('SIGKILL'), 1500);
      });
      child.on('exit', (_code, signal) => resolve(signal));
    });
    expect(await killed).toBe('SIGKILL');
    expect(out).not.toContain('done in');
    // The database notices the dropped connection and rolls the transaction back.
    let after = await graphCounts(db);
    for (let i = 0; i < 20 && after.checksum !== before.checksum; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await graphCounts(db);
    }
    expect(after).toEqual(before);
  });

  it('two loads at once are serialised: both succeed and the result equals one load', async () => {
    const db = testDb();
    cleanups.push(async () => {
      await deleteTestNodes(db, 'test-twice-');
      await db.close();
    });
    const doc = syntheticDoc('test-twice', 2000);
    const [a, b] = await Promise.all([importRequest(db, doc, { actor: 'test' }), importRequest(db, doc, { actor: 'test' })]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.changes.nodesCreated + b.changes.nodesCreated).toBe(2000);
    const res = await db.read("MATCH (n:Agency) WHERE n.id STARTS WITH 'test-twice-' RETURN count(n) AS n");
    expect(Number(res.records[0].get('n'))).toBe(2000);
    const rels = await db.read("MATCH (a:Agency)-[r:COOPERATES_WITH]->() WHERE a.id STARTS WITH 'test-twice-' RETURN count(r) AS n");
    expect(Number(rels.records[0].get('n'))).toBe(1999);
  });
});
