// Integration: POST /api/import?dryRun=true previews (created, changed with a diff, unchanged,
// invalid by row and field) and writes nothing; CSV files import like the seed format; an apply
// is all or nothing and records one audit entry (before and after) in its transaction; a
// re-import changes nothing and records nothing; audit entries stay out of the explorer, search,
// schema and counts; GET /api/audit pages and filters, /api/audit/export streams.
// Test data: ids starting "test-prev-".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteTestNodes, graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';

const TOKEN = 'test-admin-token-preview-0123';
const auth = { authorization: `Bearer ${TOKEN}` };
let app: TestApp;
/** A GET with the token (the harness's `get` sends none). */
const aget = async (path: string) => {
  const res = await fetch(app.url + path, { headers: auth });
  return { status: res.status, body: await res.json() };
};

const nodesCsv = [
  'label,id,name,nameZh,aliases,kind,sources',
  'Agency,test-prev-aca,Test Preview Agency,測試預覽機構,TPA|預覽,anti-corruption,legco-lcq17-2025',
  'Organisation,test-prev-net,Test Preview Network,,,network,legco-lcq17-2025|icac-ar-2024-ch6',
].join('\n');
const relsCsv = [
  'type,from,to,since,status,sources,evidence',
  'MEMBER_OF,test-prev-aca,test-prev-net,2024,member,legco-lcq17-2025,a test membership',
  'MEMBER_OF,icac,test-prev-net,,,legco-lcq17-2025,',
].join('\n');
const csvBody = { format: 'csv', nodes: nodesCsv, relationships: relsCsv };

const auditEntries = async () =>
  (
    await app.db.read(
      "MATCH (a:AuditEntry) WHERE any(t IN a.targets WHERE t STARTS WITH 'test-prev-' OR t CONTAINS '>test-prev-') RETURN a.id AS id",
    )
  ).records.length;
const cleanup = async () => {
  await deleteTestNodes(app.db, 'test-prev-');
  await app.db.write((tx) =>
    tx.run("MATCH (a:AuditEntry) WHERE any(t IN a.targets WHERE t STARTS WITH 'test-prev-' OR t CONTAINS '>test-prev-') DELETE a"),
  );
};

beforeAll(async () => {
  app = await startTestApp({ ADMIN_TOKEN: TOKEN });
  await cleanup();
});
afterAll(async () => {
  if (app) await cleanup();
  await app?.close();
});

describe('POST /api/import?dryRun=true, CSV, audit', () => {
  it('needs the token for a dry run and for the audit log', async () => {
    expect((await app.post('/api/import?dryRun=true', csvBody)).status).toBe(401);
    expect((await app.get('/api/audit')).status).toBe(401);
    expect((await app.get('/api/audit/export')).status).toBe(401);
  });

  it('previews a good CSV import (everything created) and writes nothing', async () => {
    const before = await graphCounts(app.db);
    const res = await app.post('/api/import?dryRun=true', csvBody, auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, valid: true, format: 'csv', problemCount: 0 });
    expect(res.body.report.created).toEqual({ nodes: 2, relationships: 2, sources: 0 });
    expect(res.body.report.createdItems).toContainEqual({
      kind: 'node',
      id: 'test-prev-aca',
      label: 'Agency',
      name: 'Test Preview Agency',
    });
    expect(res.body.report.createdItems).toContainEqual(
      expect.objectContaining({ kind: 'relationship', label: 'MEMBER_OF', name: 'icac -> test-prev-net' }),
    );
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it('previews a bad CSV file: every problem by row and field, and the valid rows reported', async () => {
    const bad = {
      format: 'csv',
      nodes: [
        'label,id,name,kind,sources',
        'Agency,test-prev-ok,Fine Agency,anti-corruption,legco-lcq17-2025',
        'Agency,test-prev-nosrc,No Source Agency,anti-corruption,',
        'Agency,Bad Id,Bad,anti-corruption,legco-lcq17-2025',
        'Event,test-prev-ev,Event,not-a-kind,legco-lcq17-2025',
      ].join('\n'),
      relationships: ['type,from,to,sources', 'MEMBER_OF,test-prev-ok,test-prev-missing,legco-lcq17-2025'].join('\n'),
    };
    const before = await graphCounts(app.db);
    const res = await app.post('/api/import?dryRun=true', bad, auth);
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    const problems = res.body.problems as { file: string; record: string; field: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 3 (test-prev-nosrc)', field: 'sources' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 4 (Bad Id)', field: 'id' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 5 (test-prev-ev)', field: 'kind' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'relationships.csv', record: expect.stringMatching(/^row 2 /), field: 'to' }),
    );
    expect(res.body.report.createdItems.map((i: { id: string }) => i.id)).toEqual(['test-prev-ok']);
    // Applying the same file is refused with the same problems, and nothing changes (counts and content).
    const apply = await app.post('/api/import', bad, auth);
    expect(apply.status).toBe(400);
    expect(apply.body.error.details.problemCount).toBe(res.body.problemCount);
    expect(await graphCounts(app.db)).toEqual(before);
  });

  it('reports unreadable CSV and missing columns as problems of the file', async () => {
    const res = await app.post(
      '/api/import?dryRun=true',
      { format: 'csv', nodes: 'label,id,name\nAgency,test-prev-x,X', relationships: 'type,from,to,sources\n"unclosed,a,b,c' },
      auth,
    );
    expect(res.status).toBe(200);
    expect(res.body.problems).toContainEqual(expect.objectContaining({ file: 'nodes.csv', record: 'row 1 (header)', field: 'sources' }));
    expect(res.body.problems).toContainEqual(expect.objectContaining({ file: 'relationships.csv', field: '(csv)' }));
    const wrongShape = await app.post('/api/import?dryRun=true', { format: 'csv', nodes: 42 }, auth);
    expect(wrongShape.status).toBe(400);
    expect((await app.post('/api/import?dryRun=maybe', csvBody, auth)).status).toBe(400);
  });

  it('previews a bad JSON file by record and field', async () => {
    const res = await app.post(
      '/api/import?dryRun=true',
      { nodes: [{ label: 'Agency', id: 'test-prev-j', name: 'J', sources: [] }], relationships: [] },
      auth,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: false, format: 'json' });
    expect(res.body.problems).toContainEqual(expect.objectContaining({ record: 'nodes[0] (test-prev-j)', field: 'sources' }));
  });

  it('applies the CSV with one audit entry (before/after), and a re-import changes nothing and records nothing', async () => {
    const res = await app.post('/api/import', csvBody, auth);
    expect(res.status).toBe(200);
    expect(res.body.report.created).toEqual({ nodes: 2, relationships: 2, sources: 0 });
    expect(res.body.auditId).toMatch(/^audit-/);
    const node = await app.get('/api/nodes/test-prev-aca');
    expect(node.body.node.properties.aliases).toEqual(['TPA', '預覽']);
    expect(await auditEntries()).toBe(1);

    const log = await aget('/api/audit?kind=import&limit=5');
    expect(log.status).toBe(200);
    const entry = log.body.entries.find((e: { id: string }) => e.id === res.body.auditId);
    expect(entry).toMatchObject({ actor: 'ADMIN_TOKEN', kind: 'import', changeCount: 4 });
    expect(entry.sources).toEqual(expect.arrayContaining(['legco-lcq17-2025', 'icac-ar-2024-ch6']));
    const created = entry.changes.find((c: { id: string }) => c.id === 'test-prev-aca');
    expect(created).toMatchObject({ entity: 'node', label: 'Agency', op: 'create', before: null });
    expect(created.after).toMatchObject({ name: 'Test Preview Agency', sources: ['legco-lcq17-2025'] });
    expect(created.after).not.toHaveProperty('degree');

    const counts = await graphCounts(app.db);
    const again = await app.post('/api/import?dryRun=true', csvBody, auth);
    expect(again.body.report.created).toEqual({ nodes: 0, relationships: 0, sources: 0 });
    expect(again.body.report.unchanged).toEqual({ nodes: 2, relationships: 2, sources: 0 });
    expect(again.body.report.changedTotal).toBe(0);
    const reapply = await app.post('/api/import', csvBody, auth);
    expect(reapply.status).toBe(200);
    expect(reapply.body.auditId).toBeNull();
    expect(await graphCounts(app.db)).toEqual(counts);
    expect(await auditEntries()).toBe(1);
  });

  it('previews and audits a change with a property diff (before and after)', async () => {
    const changed = {
      format: 'csv',
      nodes: nodesCsv.replace('測試預覽機構', '測試預覽機關'),
      relationships: relsCsv.replace('2024,member', '2023,member'),
    };
    const preview = await app.post('/api/import?dryRun=true', changed, auth);
    expect(preview.body.valid).toBe(true);
    expect(preview.body.report.changedTotal).toBe(2);
    expect(preview.body.report.changed).toContainEqual({
      kind: 'node',
      id: 'test-prev-aca',
      changes: [{ field: 'nameZh', before: '測試預覽機構', after: '測試預覽機關' }],
    });
    expect(preview.body.report.changed).toContainEqual(
      expect.objectContaining({ kind: 'relationship', changes: [{ field: 'since', before: '2024', after: '2023' }] }),
    );
    expect((await app.get('/api/nodes/test-prev-aca')).body.node.properties.nameZh).toBe('測試預覽機構');
    const applied = await app.post('/api/import', changed, auth);
    expect(applied.status).toBe(200);
    const log = await aget('/api/audit?limit=1');
    expect(log.body.entries[0].id).toBe(applied.body.auditId);
    const update = log.body.entries[0].changes.find((c: { id: string }) => c.id === 'test-prev-aca');
    expect(update).toMatchObject({ op: 'update', before: { nameZh: '測試預覽機構' }, after: { nameZh: '測試預覽機關' } });
    expect(await auditEntries()).toBe(2);
  });

  it('pages the audit log newest first and filters it; exports JSON Lines and CSV', async () => {
    const page1 = await aget('/api/audit?limit=1');
    expect(page1.body.entries).toHaveLength(1);
    expect(page1.body.nextCursor).toBeTruthy();
    const page2 = await aget(`/api/audit?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.entries).toHaveLength(1);
    expect(page2.body.entries[0].at <= page1.body.entries[0].at).toBe(true);
    expect(page2.body.entries[0].id).not.toBe(page1.body.entries[0].id);
    expect((await aget('/api/audit?actor=nobody')).body.entries).toEqual([]);
    expect((await aget('/api/audit?kind=merge')).body.entries).toEqual([]);
    expect((await aget('/api/audit?from=2999-01-01')).body.entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await aget(`/api/audit?from=${today}&to=${today}`)).body.entries.length).toBeGreaterThanOrEqual(2);
    expect((await aget('/api/audit?from=yesterday')).status).toBe(400);
    expect((await aget('/api/audit?cursor=garbage')).status).toBe(400);

    const jsonl = await fetch(`${app.url}/api/audit/export?format=jsonl`, { headers: auth });
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((e) => e.changes.some((c: { id: string }) => c.id === 'test-prev-aca'))).toBe(true);
    const csv = await fetch(`${app.url}/api/audit/export?format=csv&kind=import`, { headers: auth });
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('id,at,actor,kind,summary,sources,changeCount,revertedBy,changes');
    expect(text).toContain('ADMIN_TOKEN');
  });

  it('keeps audit entries out of the explorer, search, schema and counts', async () => {
    const schema = await app.get('/api/schema');
    expect(schema.body.labels.map((l: { label: string }) => l.label)).not.toContain('AuditEntry');
    for (const k of ['actor', 'changes', 'changeCount', 'targets', 'summary']) expect(schema.body.propertyKeys).not.toContain(k);
    const audit = Number((await app.db.read('MATCH (a:AuditEntry) RETURN count(a) AS c')).records[0].get('c'));
    expect(audit).toBeGreaterThanOrEqual(2);
    const entity = Number((await app.db.read('MATCH (a:Entity) RETURN count(a) AS c')).records[0].get('c'));
    const health = await app.get('/api/health');
    // Entity nodes and the import lock: nothing of the audit log.
    expect(health.body.counts.nodes).toBe(entity + 1);
    expect(schema.body.totals.nodes).toBe(entity);
    const graph = await app.get('/api/graph?limit=2000&includeReference=true');
    expect(graph.body.nodes.some((n: { id: string }) => n.id.startsWith('audit-'))).toBe(false);
    expect(graph.body.nodes.some((n: { id: string }) => n.id === 'test-prev-aca')).toBe(true);
    const search = await app.get('/api/search?q=import');
    expect(search.body.hits.some((h: { id: string }) => h.id.startsWith('audit-'))).toBe(false);
    const admin = await app.get('/api/search?q=ADMIN_TOKEN');
    expect(admin.body.hits).toEqual([]);
  });
});
