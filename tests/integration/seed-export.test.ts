// Integration: the round trip. Loading the seed and exporting gives the committed seed/graph files
// byte for byte; loading that export into an empty database gives the same graph, and exporting
// again the same files. The database is emptied here, so it is reloaded from the seed afterwards
// (the next test files expect the seed).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { exportSeed } from '../../server/graph/export-seed.ts';
import { importGraph } from '../../server/graph/import-graph.ts';
import { SEED_BOOKKEEPING_PROPERTIES } from '../../server/model/seed-format.ts';
import { loadSeedIntoDb } from '../../server/seed/load-seed.ts';
import { seedDir } from '../../server/seed/seed-files.ts';
import { graphCounts, startTestApp, testDb, type TestApp } from '../setup/harness.ts';

const TOKEN = 'export-test-token';
let db: GraphDb;
let app: TestApp;
let tmp: string;

const emptyDb = () => db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
const committed = () =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(seedDir, 'graph'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(seedDir, 'graph', f), 'utf8')]),
  );

/** A seed folder holding the exported graph files, and the seed's own sources, texts and reference CSVs. */
function seedFolderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'seed-'));
  fs.cpSync(path.join(seedDir, 'sources.json'), path.join(dir, 'sources.json'));
  fs.cpSync(path.join(seedDir, 'sources'), path.join(dir, 'sources'), { recursive: true });
  fs.cpSync(path.join(seedDir, 'reference'), path.join(dir, 'reference'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'graph'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'graph', name), text);
  return dir;
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-export-'));
  db = testDb();
  await emptyDb();
  await loadSeedIntoDb(db);
  app = await startTestApp({ ADMIN_TOKEN: TOKEN });
});

afterAll(async () => {
  // Leave the seed as the other test files expect it.
  if (db) {
    await emptyDb();
    await loadSeedIntoDb(db);
  }
  await app?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('export back to the seed', () => {
  it('seed -> export gives the committed seed/graph files, byte for byte', async () => {
    const exported = await exportSeed(db);
    const files = committed();
    expect(Object.keys(exported.files)).toEqual(Object.keys(files));
    for (const [name, text] of Object.entries(files)) expect(exported.files[name], name).toBe(text);
    const stated = Object.values(files).map((t) => JSON.parse(t) as { nodes: unknown[]; relationships: unknown[] });
    expect(exported.counts).toEqual({
      nodes: stated.reduce((s, d) => s + d.nodes.length, 0),
      relationships: stated.reduce((s, d) => s + d.relationships.length, 0),
      added: 0,
    });
  });

  it('export -> load into an empty database -> export: the same graph and byte-identical files', async () => {
    const seeded = await graphCounts(db);
    const first = await exportSeed(db);
    await emptyDb();
    expect((await graphCounts(db)).nodes).toBe(0);
    await loadSeedIntoDb(db, { dir: seedFolderWith(first.files) });
    // The same graph as from the seed: every node, relationship and property (checksum).
    expect(await graphCounts(db)).toEqual(seeded);
    const second = await exportSeed(db);
    expect(second.files).toEqual(first.files);
  });

  it('writes facts added after the load into their files, and leaves out the reference layer, derived properties and labels outside the model', async () => {
    await importGraph(db, {
      sources: [],
      nodes: [
        { label: 'Agency', id: 'zz-export-agency', name: 'Export Test Agency', sources: ['icac-ar-2024-ch6'] },
        { label: 'Event', id: 'zz-export-event', name: 'Export Test Meeting', startDate: '2024-05', sources: ['icac-ar-2024-ch6'] },
      ],
      relationships: [{ type: 'ATTENDED', from: 'zz-export-agency', to: 'zz-export-event', key: 'one', sources: ['icac-ar-2024-ch6'] }],
    });
    await db.write(async (tx) => {
      await tx.run("CREATE (:AuditEntry {id: 'zz-audit-1', kind: 'edit', sources: ['icac-ar-2024-ch6']})");
      await tx.run(
        "MATCH (a:Entity {id: 'icac'}), (b:Entity {id: 'iaaca'}) CREATE (a)-[:NOT_IN_MODEL {sources: ['icac-ar-2024-ch6']}]->(b)",
      );
    });
    try {
      const { files, counts } = await exportSeed(db);
      expect(counts.added).toBe(3);
      const all = Object.values(files).join('\n');
      expect(files['core.json']).toContain(
        '{"label": "Agency", "id": "zz-export-agency", "name": "Export Test Agency", "sources": ["icac-ar-2024-ch6"]}',
      );
      expect(files['events.json']).toContain('"id": "zz-export-event"');
      expect(files['events.json']).toContain(
        '{"type": "ATTENDED", "from": "zz-export-agency", "to": "zz-export-event", "key": "one", "sources": ["icac-ar-2024-ch6"]}',
      );
      // New records follow the seed's own, whose order is kept.
      const coreIds = (JSON.parse(files['core.json']) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
      expect(coreIds.at(-1)).toBe('zz-export-agency');
      expect(coreIds.slice(0, -1)).toEqual((JSON.parse(committed()['core.json']) as { nodes: { id: string }[] }).nodes.map((n) => n.id));
      for (const hidden of [
        'zz-audit-1',
        'NOT_IN_MODEL',
        'AuditEntry',
        '"degree"',
        '"shortName"',
        '"shortNameZh"',
        ...SEED_BOOKKEEPING_PROPERTIES,
      ])
        expect(all, hidden).not.toContain(hidden);
      // Reference rows stay in their CSVs: no reference source, no reference-only node (the UNCAC parties).
      expect(all).not.toMatch(/"ref-[a-z-]+"/);
      expect(all).not.toContain('"PARTY_TO", "from": "afghanistan"');
    } finally {
      await db.write(async (tx) => {
        await tx.run("MATCH (n) WHERE n.id STARTS WITH 'zz-export-' OR n:AuditEntry DETACH DELETE n");
        await tx.run('MATCH ()-[r:NOT_IN_MODEL]->() DELETE r');
      });
    }
  });

  it('npm run seed:export -- --out DIR writes the same files into DIR', () => {
    const out = path.join(tmp, 'cli-out');
    const log = execFileSync(process.execPath, ['--import', 'tsx', path.join('server', 'seed', 'export-cli.ts'), '--out', out], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') },
      encoding: 'utf8',
    });
    expect(log).toMatch(/\[seed:export\] \d+ nodes, \d+ relationships \(0 not from the seed files\)/);
    const written = Object.fromEntries(
      fs
        .readdirSync(out)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]),
    );
    expect(written).toEqual(committed());
  });

  it('GET /api/export/seed answers the files to an admin only', async () => {
    expect((await app.get('/api/export/seed')).status).toBe(401);
    const res = await app.request('GET', '/api/export/seed', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((res.body as { files: Record<string, string> }).files).toEqual(committed());
    const openapi = await app.get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths as object)).toContain('/api/export/seed');
  });

  it('refuses to export a database loaded before records were stamped with their seed file', async () => {
    await db.write((tx) => tx.run('MATCH (n) REMOVE n.seedFile, n.seedIndex, n.seedAdded, n.seedAddedSources'));
    await db.write((tx) => tx.run('MATCH ()-[r]->() REMOVE r.seedFile, r.seedIndex, r.seedAdded, r.seedAddedSources'));
    await expect(exportSeed(db)).rejects.toMatchObject({ status: 409, code: 'seed_not_stamped' });
    const res = await app.request('GET', '/api/export/seed', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(409);
    // Reloading the seed stamps the records again.
    await loadSeedIntoDb(db);
    expect((await exportSeed(db)).files).toEqual(committed());
  });

  it('an import that states what the loader had added from a reference CSV makes it curated: exported, and not reported as a change', async () => {
    const res = await db.read("MATCH (j:Jurisdiction {id: 'china'}) RETURN j.region AS region, j.sources AS sources");
    const region = res.records[0].get('region') as string;
    expect(region).toBeTruthy();
    expect(res.records[0].get('sources')).toContain('ref-wco-members');
    const before = (await exportSeed(db)).files['core.json'];
    const chinaLine = (text: string) => text.split('\n').find((l) => l.includes('"id": "china"'))!;
    expect(chinaLine(before)).not.toContain('"region"');
    const stats = await importGraph(db, {
      sources: [],
      nodes: [{ label: 'Jurisdiction', id: 'china', name: 'China', region, sources: ['icac-ar-2024-ch6'] }],
      relationships: [],
    });
    expect(stats.changedTotal).toBe(0);
    expect(stats.unchanged.nodes).toBe(1);
    const after = (await exportSeed(db)).files['core.json'];
    expect(chinaLine(after)).toContain(`"region": ${JSON.stringify(region)}`);
    expect(chinaLine(after)).not.toContain('ref-wco-members');
    // Nothing else changed.
    expect(after.split('\n').filter((l) => !l.includes('"id": "china"'))).toEqual(
      before.split('\n').filter((l) => !l.includes('"id": "china"')),
    );
  });
});
