// Integration: POST /api/import validates like the seed, needs a curator (here: the admin token), applies all or
// nothing, and is idempotent. Test data uses ids starting "test-import-" and is removed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../server/db/schema.ts';
import { deleteTestNodes, graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: TestApp;

const goodDoc = {
  nodes: [
    {
      label: 'Agency',
      id: 'test-import-aca',
      name: 'Test Anti-Corruption Agency',
      nameZh: '測試反貪機構',
      aliases: ['TACA'],
      kind: 'anti-corruption',
      sources: ['legco-lcq17-2025'],
    },
    { label: 'Agreement', id: 'test-import-mou', name: 'Test MoU', kind: 'mou', date: '2024-05', sources: ['legco-lcq17-2025'] },
  ],
  relationships: [
    {
      type: 'SIGNED',
      from: 'test-import-aca',
      to: 'test-import-mou',
      date: '2024-05',
      sources: ['legco-lcq17-2025'],
      evidence: 'a test fact',
    },
    { type: 'SIGNED', from: 'icac', to: 'test-import-mou', date: '2024-05', sources: ['legco-lcq17-2025'] },
    { type: 'MEMBER_OF', from: 'test-import-aca', to: 'iaaca', sources: ['legco-lcq17-2025'], status: 'member', since: '2024' },
  ],
};

const cleanup = () => deleteTestNodes(app.db, 'test-import-');

beforeAll(async () => {
  app = await startTestApp({ ADMIN_TOKEN: TOKEN });
  await cleanup();
});
afterAll(async () => {
  if (app) await cleanup();
  await app?.close();
});

describe('POST /api/import', () => {
  it('refuses a Bearer token (401) when no ADMIN_TOKEN is configured', async () => {
    const noToken = await startTestApp({});
    try {
      const res = await noToken.post('/api/import', goodDoc, auth);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toContain('no ADMIN_TOKEN');
    } finally {
      await noToken.close();
    }
  });

  it('needs a session or the bearer token (401 without or with a wrong one)', async () => {
    expect((await app.post('/api/import', goodDoc)).status).toBe(401);
    const wrong = await app.post('/api/import', goodDoc, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toContain('Authorization: Bearer');
  });

  it('lists every problem by record and field (400) and changes nothing', async () => {
    const before = await graphCounts(app.db);
    const bad = {
      nodes: [
        goodDoc.nodes[0],
        { label: 'Event', id: 'test-import-ev', name: 'Ev', startDate: '2024-13-01', sources: ['legco-lcq17-2025'] },
        { label: 'Agency', id: 'test-import-nosrc', name: 'No sources', sources: ['no-such-source'] },
      ],
      relationships: [
        { type: 'HOSTED', from: 'test-import-aca', to: 'test-import-missing', sources: ['legco-lcq17-2025'] },
        { type: 'SIGNED', from: 'test-import-aca', to: 'icac', sources: ['legco-lcq17-2025'] },
      ],
    };
    const res = await app.post('/api/import', bad, auth);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_import');
    const problems = res.body.error.details.problems as { record: string; field: string; message: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ record: 'nodes[1] (test-import-ev)', field: 'startDate' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[2] (test-import-nosrc)', field: 'sources[0]', message: 'unknown source "no-such-source"' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'to', message: expect.stringContaining('dangling reference') }));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'to', message: expect.stringContaining('SIGNED cannot end at Agency "icac"') }),
    );
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it('refuses an id that exists under another label', async () => {
    const res = await app.post(
      '/api/import',
      { nodes: [{ label: 'Organisation', id: 'icac', name: 'Not the ICAC', sources: ['legco-lcq17-2025'] }], relationships: [] },
      auth,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems[0].message).toContain('already exists as Agency');
  });

  it('refuses non-object bodies and oversize bodies', async () => {
    expect((await app.post('/api/import', '[1,2]', auth)).status).toBe(400);
    const huge = await app.post('/api/import', JSON.stringify({ nodes: [], relationships: [], pad: 'x'.repeat(6 * 1024 * 1024) }), auth);
    expect(huge.status).toBe(413);
  });

  it('applies a valid document in one transaction, linked to existing nodes, and a second run changes nothing', async () => {
    // Cached before the import; the import must invalidate it.
    const stale = await app.get('/api/search?q=TACA');
    expect(stale.body.hits.map((h: { id: string }) => h.id)).not.toContain('test-import-aca');
    expect((await app.get('/api/search?q=TACA')).headers.get('x-cache')).toBe('hit');
    const first = await app.post('/api/import', goodDoc, auth);
    expect(first.status).toBe(200);
    expect(first.body.ok).toBe(true);
    expect(first.body.changes.nodesCreated).toBe(2);
    expect(first.body.changes.relationshipsCreated).toBe(3 + 2); // 3 facts + 2 MENTIONS
    const afterFirst = await graphCounts(app.db);
    const second = await app.post('/api/import', goodDoc, auth);
    expect(second.status).toBe(200);
    expect(second.body.changes.nodesCreated).toBe(0);
    expect(second.body.changes.relationshipsCreated).toBe(0);
    expect(await graphCounts(app.db)).toEqual(afterFirst);
    const node = await app.get('/api/nodes/test-import-aca');
    expect(node.body.node.properties.nameZh).toBe('測試反貪機構');
    expect(node.body.relationships.MEMBER_OF[0].other.id).toBe('iaaca');
    const search = await app.get('/api/search?q=TACA');
    expect(search.headers.get('x-cache')).toBe('miss');
    expect(search.body.hits[0].id).toBe('test-import-aca');
    // The import refreshed the derived degree of every node it touched (the ICAC and IAACA too).
    const wrongDegree = await app.db.read('MATCH (n:Entity) WHERE n.degree IS NULL OR n.degree <> COUNT { (n)--() } RETURN count(n) AS c');
    expect(Number(wrongDegree.records[0].get('c'))).toBe(0);
    const etag = search.headers.get('etag')!;
    const revalidated = await fetch(`${app.url}/api/search?q=TACA`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });

  it('a start fills in the degree of nodes another tool wrote without it', async () => {
    await app.db.write((tx) => tx.run("MATCH (n:Entity) WHERE n.id IN ['icac', 'wco'] REMOVE n.degree"));
    const before = await app.get('/api/graph?limit=500&includeReference=true');
    expect(before.body.nodes.map((n: { id: string }) => n.id)).not.toContain('icac');
    await applySchema(app.db);
    const degrees = await app.db.read("MATCH (n:Entity) WHERE n.id IN ['icac', 'wco'] RETURN n.degree = COUNT { (n)--() } AS ok");
    expect(degrees.records.map((r) => r.get('ok'))).toEqual([true, true]);
  });
});
