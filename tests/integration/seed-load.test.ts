// Integration: loading the seed is idempotent and every fact in the graph cites a source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { loadSeedIntoDb } from '../../server/seed/load-seed.ts';
import { graphCounts, testDb } from '../setup/harness.ts';

let db: GraphDb;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db?.close();
});

describe('seed loading', () => {
  it('a second load creates nothing and changes no content', async () => {
    await loadSeedIntoDb(db);
    const before = await graphCounts(db);
    const stats = await loadSeedIntoDb(db);
    expect(stats.nodesCreated).toBe(0);
    expect(stats.relationshipsCreated).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('every node and relationship cites at least one known source', async () => {
    const res = await db.read(`
      MATCH (s:Source) WITH collect(s.id) AS known
      CALL (known) { MATCH (n:Entity) WHERE NOT n:Source AND (size(coalesce(n.sources, [])) = 0 OR any(x IN n.sources WHERE NOT x IN known)) RETURN count(n) AS badNodes }
      CALL (known) { MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 OR any(x IN r.sources WHERE NOT x IN known) RETURN count(r) AS badRels }
      RETURN badNodes, badRels`);
    expect(Number(res.records[0].get('badNodes'))).toBe(0);
    expect(Number(res.records[0].get('badRels'))).toBe(0);
  });

  it('keeps the facts the documents state: ICAC-UNODC MoU in May 2024, IAACA counts, Chinese names', async () => {
    const res = await db.read(`
      MATCH (icac:Agency {id: 'icac'})-[s:SIGNED]->(m:Agreement)<-[:SIGNED]-(u {id: 'unodc'})
      RETURN m.date AS date, s.evidence AS evidence`);
    expect(res.records.length).toBeGreaterThan(0);
    expect(res.records[0].get('date')).toBe('2024-05');
    const counts = await db.read(
      `MATCH (:Organisation {id: 'iaaca'})-[:HAS_COUNT]->(c:MembershipCount) RETURN c.count AS count ORDER BY count`,
    );
    const values = counts.records.map((r) => Number(r.get('count')));
    expect(values).toEqual(expect.arrayContaining([122, 180]));
    const zh = await db.read(
      `MATCH (n:Entity) WHERE n.id IN ['icac', 'iaaca', 'unodc', 'hkiaac'] RETURN n.id AS id, n.nameZh AS zh ORDER BY id`,
    );
    expect(Object.fromEntries(zh.records.map((r) => [r.get('id'), r.get('zh')]))).toEqual({
      hkiaac: '香港國際廉政學院',
      iaaca: '國際反貪局聯合會',
      icac: '廉政公署',
      unodc: '聯合國毒品和犯罪問題辦公室',
    });
  });

  it('loads the reference layer with its provenance: UNCAC parties with dates, WCO members, published counts', async () => {
    const res = await db.read(`
      MATCH (j:Jurisdiction)-[p:PARTY_TO]->(:Agreement {id: 'uncac'})
      RETURN count(p) AS parties, count(p.ratified) AS dated, collect(p.sourceUrl)[0] AS url`);
    expect(Number(res.records[0].get('parties'))).toBe(182);
    expect(Number(res.records[0].get('dated'))).toBeGreaterThan(170);
    expect(res.records[0].get('url')).toMatch(/^https?:\/\//);
    const over = await db.read(
      `MATCH (:Organisation {id: 'globe-network'})-[:HAS_COUNT]->(c:MembershipCount {lowerBound: true}) RETURN count(c) AS n`,
    );
    expect(Number(over.records[0].get('n'))).toBeGreaterThan(0);
    const hk = await db.read(`MATCH (:Jurisdiction {id: 'hk'})-[m:MEMBER_OF]->(:Organisation {id: 'wco'}) RETURN m.sources AS s`);
    expect(hk.records[0].get('s')).toEqual(['ref-wco-members']);
  });

  it('merges a fact stated in both layers into one relationship citing both', async () => {
    const res = await db.read(
      `MATCH (:Jurisdiction {id: 'china'})-[p:PARTY_TO]->(:Agreement {id: 'uncac'}) RETURN p.sources AS s, p.ratified AS ratified, p.evidence AS evidence`,
    );
    expect(res.records.length).toBe(1);
    expect(res.records[0].get('s')).toEqual(expect.arrayContaining(['ref-uncac-parties']));
    expect((res.records[0].get('s') as string[]).some((x) => !x.startsWith('ref-'))).toBe(true);
    expect(res.records[0].get('ratified')).toBe('2006-01-13');
    const region = await db.read(`MATCH (j:Jurisdiction {id: 'china'}) RETURN j.region AS region, j.sources AS s`);
    expect(region.records[0].get('region')).toBe('Asia/Pacific');
    expect(region.records[0].get('s')).toContain('ref-wco-members');
  });
});
