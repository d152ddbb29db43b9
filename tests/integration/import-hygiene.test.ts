// Integration: an import never rewrites silently. Changes to existing nodes, sources and
// relationships are reported field by field; citations only grow; MENTIONS follow `sources`
// exactly; a source's URL is a web address; an empty import is refused and writes nothing; and
// an import's error stays small however large the import. Test data: ids starting "test-hyg-".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTestNodes, graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-hygiene-0123';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: TestApp;

const source = { id: 'test-hyg-src', title: 'A test document', publisher: 'Test', date: '2024-01', url: 'https://example.org/test-hyg' };
const base = {
  sources: [source],
  nodes: [
    { label: 'Agency', id: 'test-hyg-agency', name: 'Test Hygiene Agency', sources: ['legco-lcq17-2025'] },
    { label: 'Agency', id: 'test-hyg-other', name: 'Test Hygiene Partner', sources: ['legco-lcq17-2025'] },
  ],
  relationships: [
    { type: 'COOPERATES_WITH', from: 'test-hyg-agency', to: 'test-hyg-other', sources: ['legco-lcq17-2025'], evidence: 'first wording' },
  ],
};
const post = (body: unknown) => app.post('/api/import', body, auth);
const mentionsOf = async (id: string) =>
  (await app.db.read('MATCH (s:Source)-[:MENTIONS]->(n:Entity {id: $id}) RETURN s.id AS s ORDER BY s', { id })).records.map(
    (r) => r.get('s') as string,
  );
const lockAt = async () =>
  (await app.db.read("MATCH (l:ImportLock {id: 'import'}) RETURN toString(l.at) AS at")).records[0]?.get('at') ?? null;

beforeAll(async () => {
  app = await startTestApp({ ADMIN_TOKEN: TOKEN });
  await deleteTestNodes(app.db, 'test-hyg-');
  const first = await post(base);
  expect(first.status).toBe(200);
  expect(first.body.report.created).toEqual({ nodes: 2, relationships: 1, sources: 1 });
});
afterAll(async () => {
  if (app) await deleteTestNodes(app.db, 'test-hyg-');
  await app?.close();
});

describe('imports never rewrite silently', () => {
  it('the same file twice: the second run creates nothing, changes nothing and says so', async () => {
    const before = await graphCounts(app.db);
    const res = await post(base);
    expect(res.status).toBe(200);
    expect(res.body.report.changed).toEqual([]);
    expect(res.body.report.changedTotal).toBe(0);
    expect(res.body.report.created).toEqual({ nodes: 0, relationships: 0, sources: 0 });
    expect(res.body.report.unchanged).toEqual({ nodes: 2, relationships: 1, sources: 1 });
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it('reports a renamed node field by field, and keeps every citation it had (sources only grow)', async () => {
    const res = await post({
      nodes: [{ label: 'Agency', id: 'test-hyg-agency', name: 'Renamed Agency', sources: ['test-hyg-src'] }],
      relationships: [],
    });
    expect(res.status).toBe(200);
    const change = res.body.report.changed.find((c: { id: string }) => c.id === 'test-hyg-agency');
    expect(change.kind).toBe('node');
    expect(change.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: 'Test Hygiene Agency', after: 'Renamed Agency' },
        { field: 'sources', before: ['legco-lcq17-2025'], after: ['legco-lcq17-2025', 'test-hyg-src'] },
      ]),
    );
    const stored = await app.db.read("MATCH (n:Entity {id: 'test-hyg-agency'}) RETURN n.sources AS s");
    expect(stored.records[0].get('s')).toEqual(['legco-lcq17-2025', 'test-hyg-src']);
    expect(await mentionsOf('test-hyg-agency')).toEqual(['legco-lcq17-2025', 'test-hyg-src']);
  });

  it('reports a retitled source and a stripped URL', async () => {
    const res = await post({ sources: [{ ...source, title: 'Another title', url: null }], nodes: [], relationships: [] });
    expect(res.status).toBe(200);
    expect(res.body.report.changed).toEqual([
      {
        kind: 'source',
        id: 'test-hyg-src',
        changes: expect.arrayContaining([
          { field: 'title', before: 'A test document', after: 'Another title' },
          { field: 'url', before: 'https://example.org/test-hyg', after: null },
        ]),
      },
    ]);
  });

  it('reports a changed relationship, with its citations kept', async () => {
    const res = await post({
      nodes: [],
      relationships: [{ ...base.relationships[0], evidence: 'second wording', sources: ['test-hyg-src'] }],
    });
    expect(res.status).toBe(200);
    const change = res.body.report.changed[0];
    expect(change.kind).toBe('relationship');
    expect(change.changes).toEqual(expect.arrayContaining([{ field: 'evidence', before: 'first wording', after: 'second wording' }]));
    const rel = await app.db.read(
      "MATCH (:Entity {id: 'test-hyg-agency'})-[r:COOPERATES_WITH]->(:Entity {id: 'test-hyg-other'}) RETURN r.sources AS s, count(*) AS n",
    );
    expect(Number(rel.records[0].get('n'))).toBe(1);
    expect(rel.records[0].get('s')).toEqual(['legco-lcq17-2025', 'test-hyg-src']);
  });

  it('MENTIONS follow sources exactly: a stale one is removed when the node is imported again', async () => {
    await app.db.write((tx) =>
      tx.run(
        "MATCH (s:Source {id: 'icac-post-50'}), (n:Entity {id: 'test-hyg-other'}) MERGE (s)-[:MENTIONS {key: 'MENTIONS:icac-post-50->test-hyg-other', derived: true}]->(n)",
      ),
    );
    expect(await mentionsOf('test-hyg-other')).toEqual(['icac-post-50', 'legco-lcq17-2025']);
    const res = await post({ nodes: [base.nodes[1]], relationships: [] });
    expect(res.status).toBe(200);
    expect(await mentionsOf('test-hyg-other')).toEqual(['legco-lcq17-2025']);
  });
});

describe('imports refuse what they must not write', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'not a url',
    ' javascript:alert(1)',
    'https://exa mple.org',
  ])('a source URL %s → 400 naming the field, nothing changed', async (url) => {
    const before = await graphCounts(app.db);
    const res = await post({ sources: [{ ...source, id: 'test-hyg-bad-url', url }], nodes: [], relationships: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_import');
    expect(res.body.error.details.problems.some((p: { field: string }) => p.field === 'url')).toBe(true);
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it.each(['javascript:alert(1)', 'https://example.org/a ; javascript:alert(1)', 'not a url'])(
    'a relationship sourceUrl %s → 400 naming the field, nothing changed',
    async (sourceUrl) => {
      const before = await graphCounts(app.db);
      const res = await post({ nodes: [], relationships: [{ ...base.relationships[0], sourceUrl }] });
      expect(res.status).toBe(400);
      expect(res.body.error.details.problems.some((p: { field: string }) => p.field === 'sourceUrl')).toBe(true);
      expect(await graphCounts(app.db)).toEqual(before);
    },
  );

  it('an empty import is a 400 and writes nothing, not even the lock', async () => {
    const before = await graphCounts(app.db);
    const at = await lockAt();
    for (const body of [{}, { nodes: [], relationships: [] }, { sources: [], nodes: [], relationships: [] }]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('empty_import');
    }
    expect(await lockAt()).toEqual(at);
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it('100,000 empty nodes: a small error listing the first 100 problems and the total', async () => {
    const res = await fetch(`${app.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ nodes: Array.from({ length: 100000 }, () => ({})), relationships: [] }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(100 * 1024);
    const body = JSON.parse(text);
    expect(body.error.details.problems).toHaveLength(100);
    expect(body.error.details.problemCount).toBeGreaterThanOrEqual(100000);
    expect(body.error.message).toMatch(/and \d+ more/);
  });
});
