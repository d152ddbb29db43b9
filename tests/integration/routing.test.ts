// Integration: the app over a routing URI (neo4j://), as against a cluster or Aura. A standalone
// Neo4j answers the driver's routing requests with itself, so the same code paths run: reads
// through read routing, the import through write routing, and its bookmarks passed on so the
// next read sees it. Test data uses ids starting "test-routing-" and is removed afterwards.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GraphDb } from '../../server/db/graph-db.ts';
import { deleteTestNodes, startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-routing-0123';
let app: TestApp;

function routingUri(): string {
  const url = new URL(inject('neo4jUri'));
  return `neo4j://${url.host}`;
}

const cleanup = () => deleteTestNodes(app.db, 'test-routing-');

beforeAll(async () => {
  const db = new GraphDb({
    uri: routingUri(),
    database: 'neo4j',
    user: inject('neo4jUser') || undefined,
    password: inject('neo4jPassword'),
    acquisitionTimeoutMs: 3000,
  });
  app = await startTestApp({ ADMIN_TOKEN: TOKEN, NEO4J_URI: routingUri() }, db);
  await cleanup();
});
afterAll(async () => {
  if (app) await cleanup();
  await app?.close();
});

describe('a neo4j:// (routing) URI', () => {
  it('is what the app is connected through, and reads are served through read routing', async () => {
    expect(app.db.uri.startsWith('neo4j://')).toBe(true);
    const health = await app.get('/api/health');
    expect(health.status).toBe(200);
    const graph = await app.get('/api/graph?limit=50');
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.length).toBeGreaterThan(10);
    const icac = await app.get('/api/nodes/icac');
    expect(icac.body.node.id).toBe('icac');
  });

  it('an import goes through write routing and the next read sees it (bookmarks)', async () => {
    const doc = {
      nodes: [
        { label: 'Agency', id: 'test-routing-aca', name: 'Test Routing Agency', kind: 'anti-corruption', sources: ['legco-lcq17-2025'] },
      ],
      relationships: [{ type: 'MEMBER_OF', from: 'test-routing-aca', to: 'iaaca', sources: ['legco-lcq17-2025'], status: 'member' }],
    };
    const res = await app.post('/api/import', doc, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.body.changes.nodesCreated).toBe(1);
    const node = await app.get('/api/nodes/test-routing-aca');
    expect(node.status).toBe(200);
    expect(node.body.relationships.MEMBER_OF[0].other.id).toBe('iaaca');
  });

  it('answers the console through read routing and still refuses writes', async () => {
    const read = await app.post('/api/cypher', { query: "MATCH (n:Agency {id: 'icac'}) RETURN n.name AS name" });
    expect(read.status).toBe(200);
    expect(read.body.rows[0].name).toMatch(/Independent Commission Against Corruption/);
    const write = await app.post('/api/cypher', { query: "CREATE (n:Agency {id: 'test-routing-evil'}) RETURN n" });
    expect(write.status).toBeGreaterThanOrEqual(400);
    expect(write.status).toBeLessThan(500);
    const evil = await app.db.read("MATCH (n {id: 'test-routing-evil'}) RETURN count(n) AS c");
    expect(Number(evil.records[0].get('c'))).toBe(0);
  });
});
