// Integration: every read endpoint against the real Neo4j loaded with the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('GET /api/health', () => {
  it('reports Neo4j up with node and relationship counts', async () => {
    const res = await app.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j.status).toBe('up');
    expect(res.body.neo4j.serverVersion).toMatch(/^Neo4j\/5\.26/);
    expect(res.body.counts.nodes).toBeGreaterThan(400);
    expect(res.body.counts.relationships).toBeGreaterThan(900);
    expect(res.body.limits).toEqual(expect.objectContaining({ graphMaxNodes: 2000, cypherMaxRows: 1000 }));
  });
});

describe('GET /api/graph', () => {
  it('returns the default view: curated nodes, edges between them, a cap', async () => {
    const res = await app.get('/api/graph?limit=50');
    expect(res.status).toBe(200);
    expect(res.body.nodes.length).toBe(50);
    expect(res.body.truncated).toBe(true);
    expect(res.body.totalNodes).toBeGreaterThan(50);
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('icac')).toBe(true);
    for (const e of res.body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.type).not.toBe('MENTIONS');
      expect(Array.isArray(e.properties.sources)).toBe(true);
    }
    // Reference-only jurisdictions (e.g. Zimbabwe, only in the UNCAC table) are not in the default view.
    expect(ids.has('zimbabwe')).toBe(false);
  });

  it('ranks by degree and counts the total exactly as a full count would, with and without reference data and a window', async () => {
    const curated = "any(s IN coalesce(n.sources, []) WHERE NOT s STARTS WITH 'ref-')";
    const labels = ['Agency', 'Organisation', 'Jurisdiction', 'Event', 'Agreement', 'Person'];
    const count = async (where: string, params: Record<string, unknown> = {}) =>
      Number(
        (
          await app.db.read(`MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels) AND ${where} RETURN count(n) AS c`, {
            labels,
            ...params,
          })
        ).records[0].get('c'),
      );
    const plain = await app.get('/api/graph?limit=50');
    expect(plain.body.totalNodes).toBe(await count(curated));
    const withRef = await app.get('/api/graph?limit=50&includeReference=true');
    expect(withRef.body.totalNodes).toBe(await count('true'));
    expect(withRef.body.totalNodes).toBeGreaterThan(plain.body.totalNodes);
    const windowed = await app.get('/api/graph?limit=50&from=2024&to=2024');
    const undatedOrIn2024 =
      // `founded` opens an interval (server/shared/time-window.ts): an organisation founded before 2024 still exists in 2024.
      "(coalesce(n.startDate, n.date, n.founded) IS NULL OR (left(coalesce(n.startDate, n.date, n.founded), 4) <= '2024' AND left(coalesce(n.endDate, n.startDate, n.date, CASE WHEN n.founded IS NOT NULL THEN '9999' END), 4) >= '2024'))";
    expect(windowed.body.totalNodes).toBe(await count(`${curated} AND ${undatedOrIn2024}`));
    expect(windowed.body.totalNodes).toBeLessThan(plain.body.totalNodes);
    const orgs2024 = await app.get('/api/graph?labels=Organisation&limit=500&from=2024&to=2024');
    const orgIds = orgs2024.body.nodes.map((n: { id: string }) => n.id);
    expect(orgIds).toContain('iaaca');
    expect(orgIds).toContain('globe-network');
    // The 50 shown are the 50 with the most relationships (ties by id).
    const top = await app.db.read(
      `MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels) AND ${curated}
       RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 50`,
      { labels },
    );
    expect(plain.body.nodes.map((n: { id: string }) => n.id)).toEqual(top.records.map((r) => r.get('id')));
    // degree is the database's own bookkeeping, not a fact: never shown as a property.
    expect(plain.body.nodes.some((n: { properties: object }) => 'degree' in n.properties)).toBe(false);
  });

  it('filters by labels and relationship types', async () => {
    const res = await app.get('/api/graph?labels=Agency,Agreement&types=SIGNED&limit=500');
    expect(res.status).toBe(200);
    expect(res.body.nodes.every((n: { label: string }) => ['Agency', 'Agreement'].includes(n.label))).toBe(true);
    expect(res.body.edges.length).toBeGreaterThan(5);
    expect(res.body.edges.every((e: { type: string }) => e.type === 'SIGNED')).toBe(true);
  });

  it('applies a time window to dated events and relationships, keeping undated ones', async () => {
    const all = await app.get('/api/graph?labels=Event&limit=500');
    const in2024 = await app.get('/api/graph?labels=Event&from=2024&to=2024&limit=500');
    expect(in2024.body.nodes.length).toBeGreaterThan(0);
    expect(in2024.body.nodes.length).toBeLessThan(all.body.nodes.length);
    for (const n of in2024.body.nodes) {
      const d = (n.properties.startDate ?? n.properties.date) as string | undefined;
      if (d) expect(d.slice(0, 4) <= '2024' && ((n.properties.endDate as string | undefined) ?? d).slice(0, 4) >= '2024').toBe(true);
    }
    const ids = in2024.body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain('icac-symposium-8-2024');
  });

  it('expands around a node, including reference neighbours', async () => {
    const res = await app.get('/api/graph?around=wco&limit=1000');
    expect(res.status).toBe(200);
    const ids = res.body.nodes.map((n: { id: string }) => n.id);
    expect(ids[0]).toBe('wco');
    expect(ids).toContain('hk');
    expect(res.body.edges.some((e: { type: string; target: string }) => e.type === 'MEMBER_OF' && e.target === 'wco')).toBe(true);
  });

  it('rejects bad parameters with a 400 naming each one', async () => {
    const res = await app.get('/api/graph?labels=Bogus&from=24-05-2024&limit=-3');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain('labels');
    expect(res.body.error.message).toContain('from');
    expect(res.body.error.message).toContain('limit');
    const inverted = await app.get('/api/graph?from=2025&to=2024');
    expect(inverted.status).toBe(400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the ICAC with both names, its sources and cited relationships grouped by type', async () => {
    const res = await app.get('/api/nodes/icac');
    expect(res.status).toBe(200);
    expect(res.body.node.name).toBe('Independent Commission Against Corruption');
    expect(res.body.node.properties.nameZh).toBe('廉政公署');
    const sourceIds = res.body.sources.map((s: { id: string }) => s.id);
    expect(sourceIds).toContain('icac-ar-2024-ch6');
    const ar = res.body.sources.find((s: { id: string }) => s.id === 'icac-ar-2024-ch6');
    expect(ar.title).toContain('International Cooperation');
    expect(ar.publisher).toContain('ICAC Annual Report 2024');
    expect(Object.keys(res.body.relationships)).toEqual(expect.arrayContaining(['SIGNED', 'HOLDS_ROLE']));
    const signed = res.body.relationships.SIGNED;
    expect(signed.every((f: { sources: string[] }) => f.sources.length > 0)).toBe(true);
    expect(signed.some((f: { evidence?: string }) => typeof f.evidence === 'string' && f.evidence.length > 10)).toBe(true);
    expect(res.body.relationships.MENTIONS).toBeUndefined();
    // "N connections" counts relationships to other entities, not the documents that mention it.
    const counts = await app.db.read(
      "MATCH (n:Entity {id: 'icac'}) RETURN COUNT { (n)-[r]-() WHERE NOT r:MENTIONS } AS facts, COUNT { (n)<-[:MENTIONS]-() } AS mentions",
    );
    expect(res.body.degree).toBe(Number(counts.records[0].get('facts')));
    expect(Number(counts.records[0].get('mentions'))).toBeGreaterThan(0);
    const facts = Object.values(res.body.relationships).flat() as { other: Record<string, unknown> }[];
    expect(facts.every((f) => f.other.nameZh !== null)).toBe(true);
  });

  it('404s an unknown id and 400s a malformed one', async () => {
    const missing = await app.get('/api/nodes/no-such-node');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const bad = await app.get(`/api/nodes/${encodeURIComponent("x' OR 1=1")}`);
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/search', () => {
  it.each([
    ['廉政公署', 'icac'],
    ['廉署', 'icac'],
    ['ICAC', 'icac'],
    ['Hong Kong Customs', 'customs-hk'],
    ['World Customs', 'wco'],
    ['國際反貪局聯合會', 'iaaca'],
    ['unod', 'unodc'],
  ])('finds %s -> %s first', async (q, id) => {
    const res = await app.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.hits[0]?.id).toBe(id);
    expect(res.body.hits[0].label).toBeTruthy();
  });

  // Chinese names from the documents, the official-names file and CLDR are all searchable.
  it.each([
    ['香港海關', 'customs-hk'],
    ['世界海關組織', 'wco'],
    ['海關總署', 'gacc'],
    ['國際刑警', 'interpol'],
    ['李家超', 'john-lee'],
    ['哈薩克斯坦', 'kazakhstan'],
    ['塞內加爾', 'senegal'],
  ])('finds the Chinese name %s -> %s first', async (q, id) => {
    const res = await app.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.hits[0]?.id).toBe(id);
    expect(res.body.hits[0].nameZh).toBe(q);
  });

  it('finds 海關 inside longer names: the C&ED, the GACC and the WCO', async () => {
    const res = await app.get(`/api/search?q=${encodeURIComponent('海關')}&limit=20`);
    expect(res.status).toBe(200);
    const ids = res.body.hits.map((h: { id: string }) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['customs-hk', 'gacc', 'wco']));
  });

  it('gives a reference-only jurisdiction its CLDR name without putting it in the default view', async () => {
    const node = await app.get('/api/nodes/zimbabwe');
    expect(node.status).toBe(200);
    expect(node.body.node.properties.nameZh).toBe('津巴布韋');
    expect(node.body.node.properties.nameZhSource).toBe('ref-cldr-region-names');
    const view = await app.get('/api/graph?limit=2000');
    expect(view.body.nodes.map((n: { id: string }) => n.id)).not.toContain('zimbabwe');
  });

  it('treats Lucene syntax as text and rejects an empty query', async () => {
    const odd = await app.get(`/api/search?q=${encodeURIComponent('ICAC AND (" OR *~')}`);
    expect(odd.status).toBe(200);
    const empty = await app.get('/api/search?q=');
    expect(empty.status).toBe(400);
  });
});

describe('GET /api/paths', () => {
  it('finds shortest paths from the ICAC to the WCO, each hop with its evidence', async () => {
    const res = await app.get('/api/paths?from=icac&to=wco&maxHops=4');
    expect(res.status).toBe(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    const path = res.body.paths[0];
    expect(path[0].node.id).toBe('icac');
    expect(path[path.length - 1].node.id).toBe('wco');
    for (const step of path.slice(0, -1)) {
      expect(step.edge.type).not.toBe('MENTIONS');
      expect(step.edge.sources.length).toBeGreaterThan(0);
    }
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['icac', 'wco']));
  });

  it('404s an unknown end and 400s a hop count out of range', async () => {
    expect((await app.get('/api/paths?from=icac&to=nobody')).status).toBe(404);
    expect((await app.get('/api/paths?from=icac&to=wco&maxHops=50')).status).toBe(400);
  });
});

describe('GET /api/sources', () => {
  it('lists the five documents and the reference files with fact counts', async () => {
    const res = await app.get('/api/sources');
    expect(res.status).toBe(200);
    const docs = res.body.sources.filter((s: { kind: string }) => s.kind === 'document');
    expect(docs.map((s: { id: string }) => s.id).sort()).toEqual([
      'ce-gacc-2025',
      'customs-gacc-review-2024',
      'icac-ar-2024-ch6',
      'icac-post-50',
      'legco-lcq17-2025',
    ]);
    for (const d of docs) expect(d.facts.nodes + d.facts.relationships).toBeGreaterThan(0);
  });

  it('returns one document with its full text and the facts it supports', async () => {
    const res = await app.get('/api/sources/icac-ar-2024-ch6');
    expect(res.status).toBe(200);
    expect(res.body.text).toContain('國際合作及');
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toContain('icac');
    expect(res.body.relationships.length).toBeGreaterThan(10);
    expect((await app.get('/api/sources/nope')).status).toBe(404);
  });
});

describe('GET /api/schema and /api/openapi.json', () => {
  it('lists labels and relationship types with counts and patterns', async () => {
    const res = await app.get('/api/schema');
    expect(res.status).toBe(200);
    const labels = Object.fromEntries(res.body.labels.map((l: { label: string; count: number }) => [l.label, l.count]));
    expect(labels.Agency).toBeGreaterThan(10);
    expect(labels.Entity).toBeUndefined();
    const memberOf = res.body.relationshipTypes.find((t: { type: string }) => t.type === 'MEMBER_OF');
    expect(memberOf.count).toBeGreaterThan(400);
    expect(memberOf.patterns[0]).toEqual(expect.objectContaining({ from: 'Jurisdiction', to: 'Organisation' }));
    expect(res.body.propertyKeys).toContain('nameZh');
    // The stored degree is bookkeeping, not a property an analyst should be offered.
    expect(res.body.propertyKeys).not.toContain('degree');
    expect(res.body.labels.some((l: { properties: string[] }) => l.properties.includes('degree'))).toBe(false);
  });

  it('serves an OpenAPI document naming every endpoint', async () => {
    const res = await app.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/graph',
        '/api/nodes/{id}',
        '/api/search',
        '/api/paths',
        '/api/sources',
        '/api/sources/{id}',
        '/api/schema',
        '/api/cypher',
        '/api/import',
      ]),
    );
  });

  it('answers unknown API paths with a JSON 404 and never a stack trace', async () => {
    const res = await app.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    const bad = await app.post('/api/cypher', '{"query": ', {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
