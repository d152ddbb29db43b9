// Integration: GET /api/common against the real seed. What the ICAC and the Customs and Excise
// Department share (at least the organisations the curated query `organisations-linking-agencies`
// finds, the indirect ones marked with the jurisdiction they go through), every group checked
// against a plain Cypher count of the same rule, every fact citing sources that exist, swapping
// the two mirroring the answer, and the errors: 404 for an unknown id or a document, 400 for the
// same entity twice or a missing id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_GROUND_TYPES, COMMON_GROUPS } from '../../server/shared/common-ground.ts';
import type { CommonFact, CommonFactBase, CommonGroundResponse, CommonItem } from '../../server/shared/contracts.ts';
import { startTestApp, type TestApp } from '../setup/harness.ts';

let app: TestApp;
let sourceIds: Set<string>;
beforeAll(async () => {
  app = await startTestApp();
  const res = await app.get('/api/sources');
  sourceIds = new Set(res.body.sources.map((s: { id: string }) => s.id));
});
afterAll(async () => {
  await app?.close();
});

const common = async (a: string, b: string) => {
  const res = await app.get(`/api/common?a=${a}&b=${b}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as CommonGroundResponse;
};
const group = (r: CommonGroundResponse, g: (typeof COMMON_GROUPS)[number]) => r.groups.find((x) => x.group === g)!;
const ids = (items: CommonItem[]) => items.map((i) => i.entity.id).sort();

/** Every fact of an answer, with the links of facts that hold through a third entity. */
function allFacts(r: CommonGroundResponse): CommonFactBase[] {
  const out: CommonFactBase[] = [...r.direct];
  for (const g of r.groups)
    for (const item of g.items)
      for (const f of [...item.a, ...item.b]) {
        out.push(f);
        if (f.through) out.push(f.through.link);
      }
  return out;
}

/** The same rules as plain Cypher, one group at a time: the ids of items both entities reach. */
async function expected(a: string, b: string): Promise<Record<string, string[]>> {
  const t = (g: keyof typeof COMMON_GROUND_TYPES) => COMMON_GROUND_TYPES[g].join('|');
  const rules: Record<string, string> = {
    organisations: `MATCH (i:Organisation) WHERE all(id IN $ids WHERE EXISTS { MATCH (x:Entity {id: id})-[:${t('organisations')}]->(i) }
                      OR EXISTS { MATCH (x:Entity {id: id})-[:LOCATED_IN]->(:Jurisdiction)-[:MEMBER_OF]->(i) })`,
    events: `MATCH (i:Event) WHERE all(id IN $ids WHERE EXISTS { MATCH (:Entity {id: id})-[:${t('events')}]->(i) })`,
    agreements: `MATCH (i:Agreement) WHERE all(id IN $ids WHERE EXISTS { MATCH (:Entity {id: id})-[:${t('agreements')}]->(i) })`,
    partners: `MATCH (i:Entity) WHERE NOT i:Source AND NOT i.id IN $ids AND all(id IN $ids WHERE EXISTS { MATCH (x:Entity {id: id})-[:${t('partners')}]-(i) }
                 OR EXISTS { MATCH (x:Entity {id: id})-[:SIGNED]->(:Agreement)<-[:SIGNED]-(i) WHERE i <> x })`,
    places: `MATCH (i:Jurisdiction) WHERE all(id IN $ids WHERE EXISTS { MATCH (:Entity {id: id})-[:${t('places')}]->(i) })`,
  };
  const out: Record<string, string[]> = {};
  for (const [g, cypher] of Object.entries(rules)) {
    const res = await app.db.read(`${cypher} RETURN i.id AS id ORDER BY id`, { ids: [a, b] });
    out[g] = res.records.map((r) => r.get('id') as string);
  }
  return out;
}

describe('GET /api/common: the ICAC and the Customs and Excise Department', () => {
  let r: CommonGroundResponse;
  beforeAll(async () => {
    r = await common('icac', 'customs-hk');
  });

  it('names both entities, in both languages', () => {
    expect(r.a).toMatchObject({ id: 'icac', label: 'Agency', nameZh: '廉政公署' });
    expect(r.b).toMatchObject({ id: 'customs-hk', label: 'Agency', name: 'Customs and Excise Department' });
    expect(r.groups.map((g) => g.group)).toEqual([...COMMON_GROUPS]);
  });

  it('lists at least the organisations the curated query finds', async () => {
    const curated = await app.post('/api/queries/organisations-linking-agencies/run', {
      params: { agencyA: 'icac', agencyB: 'customs-hk' },
    });
    expect(curated.status).toBe(200);
    const curatedIds: string[] = curated.body.rows.map((row: { organisation: string }) => row.organisation);
    expect(curatedIds.length).toBeGreaterThan(0);
    const orgs = group(r, 'organisations');
    expect(orgs.total).toBe(orgs.items.length);
    expect(ids(orgs.items)).toEqual(expect.arrayContaining(curatedIds));
    expect(ids(orgs.items)).toEqual(expect.arrayContaining(['wco', 'apec', 'interpol', 'adb-oecd-aci']));
  });

  it("marks what holds only through Hong Kong SAR's membership as indirect, with the link that makes it", () => {
    const wco = group(r, 'organisations').items.find((i) => i.entity.id === 'wco')!;
    // The ICAC is tied to the WCO only through Hong Kong's membership (reference data) ...
    expect(wco.a.length).toBeGreaterThan(0);
    for (const f of wco.a) {
      expect(f).toMatchObject({ type: 'MEMBER_OF', indirect: true, reference: true });
      expect(f.through).toMatchObject({
        kind: 'jurisdiction',
        entity: { id: 'hk', label: 'Jurisdiction' },
        link: { type: 'LOCATED_IN', reference: false },
      });
    }
    expect(wco.indirect).toBe(true);
    expect(wco.reference).toBe(true);
    // ... while Customs holds the Vice-Chair for Asia/Pacific itself, listed before the indirect fact.
    const role = wco.b.find((f) => f.type === 'HOLDS_ROLE' && f.properties.since === '2024-07')!;
    expect(role).toMatchObject({ indirect: false, direction: 'out', reference: false });
    expect(role.properties.role).toBe('Vice-Chair Asia/Pacific');
    expect(role.evidence).toBeTruthy();
    expect(wco.b[0]!.indirect).toBe(false);
    expect(wco.b[wco.b.length - 1]!.indirect).toBe(true);
    // The ICAC's own membership of the ADB/OECD Initiative is direct and documented.
    const aci = group(r, 'organisations').items.find((i) => i.entity.id === 'adb-oecd-aci')!;
    expect(aci.a[0]).toMatchObject({ type: 'MEMBER_OF', indirect: false, reference: false, sources: ['icac-ar-2024-ch6'] });
  });

  it('finds both based in Hong Kong, and no direct tie between them', () => {
    expect(ids(group(r, 'places').items)).toEqual(['hk']);
    expect(r.direct).toEqual([]);
  });

  it('agrees with a plain Cypher reading of each group', async () => {
    const want = await expected('icac', 'customs-hk');
    for (const g of r.groups) expect(ids(g.items), g.group).toEqual(want[g.group]);
  });

  it('cites sources for every fact, each a source of the graph, flagged reference exactly when all are reference data', () => {
    const facts = allFacts(r);
    expect(facts.length).toBeGreaterThan(8);
    for (const f of facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(sourceIds.has(s), `${f.id} cites ${s}`).toBe(true);
      expect(f.reference, f.id).toBe(f.sources.every((s) => s.startsWith('ref-')));
      expect(f.properties).not.toHaveProperty('sources');
      expect(f.properties).not.toHaveProperty('evidence');
    }
  });
});

describe('GET /api/common: other pairs', () => {
  it('the ICAC and the UNODC: their direct ties, the MoU both signed, the events one hosted and the other attended', async () => {
    const r = await common('icac', 'unodc');
    expect(new Set(r.direct.map((d) => d.type))).toEqual(new Set(['PARTNER_OF', 'COOPERATES_WITH']));
    expect(r.direct.find((d) => d.type === 'PARTNER_OF')!.from).toBe('a');
    expect(ids(group(r, 'agreements').items)).toContain('mou-icac-unodc-2024');
    const symposium = group(r, 'events').items.find((i) => i.entity.id === 'icac-symposium-8-2024')!;
    expect(symposium.a.map((f) => f.type)).toEqual(['HOSTED']);
    expect(symposium.b.map((f) => f.type)).toEqual(['ATTENDED']);
    expect(symposium.entity.date).toMatch(/^2024/);
    const want = await expected('icac', 'unodc');
    for (const g of r.groups) expect(ids(g.items), g.group).toEqual(want[g.group]);
  });

  it('swapping the two mirrors the answer', async () => {
    const ab = await common('icac', 'unodc');
    const ba = await common('unodc', 'icac');
    expect(ba.a.id).toBe('unodc');
    expect(ba.direct.map((d) => [d.id, d.from])).toEqual(ab.direct.map((d) => [d.id, d.from === 'a' ? 'b' : 'a']));
    for (const g of ab.groups) {
      const other = group(ba, g.group);
      expect(other.items.map((i) => [i.entity.id, i.a.map((f) => f.id), i.b.map((f) => f.id)])).toEqual(
        g.items.map((i) => [i.entity.id, i.b.map((f) => f.id), i.a.map((f) => f.id)]),
      );
    }
  });

  it("a partner both have through the MoUs they signed with it: the ICAC for Indonesia's and the Maldives' agencies", async () => {
    const r = await common('aca-indonesia', 'aca-maldives');
    const icac = group(r, 'partners').items.find((i) => i.entity.id === 'icac')!;
    expect(icac).toBeDefined();
    const viaMou = (facts: CommonFact[]) => facts.find((f) => f.through?.kind === 'agreement')!;
    expect(viaMou(icac.a)).toMatchObject({
      type: 'SIGNED',
      indirect: false,
      through: { entity: { id: 'mou-icac-aca-indonesia-2024' }, link: { type: 'SIGNED', id: 'SIGNED:icac->mou-icac-aca-indonesia-2024' } },
    });
    expect(viaMou(icac.b).through!.entity.id).toBe('mou-icac-aca-maldives-2024');
    // Indonesia's agency also visited the ICAC and was trained by it: facts in both directions.
    expect(icac.a.find((f) => f.type === 'TRAINED')!.direction).toBe('in');
    expect(icac.a.find((f) => f.type === 'VISITED')!.direction).toBe('out');
    const want = await expected('aca-indonesia', 'aca-maldives');
    for (const g of r.groups) expect(ids(g.items), g.group).toEqual(want[g.group]);
    for (const f of allFacts(r)) expect(f.sources.length, f.id).toBeGreaterThan(0);
  });

  it('two jurisdictions: Hong Kong and Macao', async () => {
    const r = await common('hk', 'macao');
    const want = await expected('hk', 'macao');
    for (const g of r.groups) expect(ids(g.items), g.group).toEqual(want[g.group]);
    expect(ids(group(r, 'places').items)).toContain('china');
    // A jurisdiction's own membership is direct.
    for (const item of group(r, 'organisations').items) for (const f of [...item.a, ...item.b]) expect(f.indirect).toBe(false);
  });
});

describe('GET /api/common: errors', () => {
  it('404 for an unknown id, naming it', async () => {
    const res = await app.get('/api/common?a=icac&b=no-such-entity');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.body.error.message).toContain('"no-such-entity"');
    expect(res.body.error.message).not.toContain('"icac"');
    const both = await app.get('/api/common?a=nope-a&b=nope-b');
    expect(both.status).toBe(404);
    expect(both.body.error.message).toContain('"nope-a" or "nope-b"');
  });

  it('404 for a document: sources are not compared', async () => {
    const res = await app.get('/api/common?a=icac&b=icac-ar-2024-ch6');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('"icac-ar-2024-ch6"');
  });

  it('400 for the same entity twice, a missing or malformed id, or an unknown parameter', async () => {
    const same = await app.get('/api/common?a=icac&b=icac');
    expect(same.status).toBe(400);
    expect(same.body.error.message).toContain('must be another entity than "a"');
    for (const q of ['a=icac', 'b=icac', 'a=ICAC&b=wco', 'a=icac&b=wco&b=unodc', 'a=icac&b=wco&hops=2']) {
      const res = await app.get(`/api/common?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBe('bad_request');
    }
  });
});
