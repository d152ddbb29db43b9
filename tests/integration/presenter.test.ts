// Integration: the presenter's API (growth series, stories) against the real Neo4j loaded with the seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DerivedSeries,
  GrowthPoint,
  GrowthResponse,
  GrowthSummary,
  Milestone,
  PublishedSeries,
  Story,
} from '../../server/shared/contracts.ts';
import { startTestApp, type TestApp } from '../setup/harness.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function growth(id: string): Promise<GrowthResponse> {
  const res = await app.get(`/api/growth/${id}`);
  expect(res.status).toBe(200);
  return res.body as GrowthResponse;
}
const series = (g: GrowthResponse, key: string) => g.published.find((s) => s.key === key) as PublishedSeries;
async function scalar(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const res = await app.db.read(cypher, params);
  return Number(res.records[0].get(0));
}
const sortedByDate = (points: { sortKey: string | null }[]) => points.every((p, i) => i === 0 || points[i - 1].sortKey! <= p.sortKey!);

describe('GET /api/growth', () => {
  it('lists the organisations with growth series, with their units and point counts', async () => {
    const res = await app.get('/api/growth');
    expect(res.status).toBe(200);
    const orgs = res.body.organisations as GrowthSummary[];
    const ids = orgs.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['iaaca', 'globe-network', 'wco', 'uncac', 'interpol', 'apec', 'adb-oecd-aci']));
    // An organisation with neither counts nor dated members is not listed.
    expect(ids).not.toContain('hkiaac');
    for (const o of orgs) expect(o.publishedPoints + o.undatedPoints + o.derivedPoints).toBeGreaterThan(0);
    const iaaca = orgs.find((o) => o.id === 'iaaca')!;
    expect(iaaca).toMatchObject({
      name: 'International Association of Anti-Corruption Authorities',
      nameZh: '國際反貪局聯合會',
      units: ['member organisations'],
      publishedPoints: 4,
      undatedPoints: 1,
    });
    const globe = orgs.find((o) => o.id === 'globe-network')!;
    expect(globe.units).toEqual(expect.arrayContaining(['authorities', 'countries']));
    const uncac = orgs.find((o) => o.id === 'uncac')!;
    expect(uncac.label).toBe('Agreement');
    expect(uncac.derivedPoints).toBeGreaterThan(100);
  });
});

describe('GET /api/growth/:id', () => {
  it('IAACA: one series in member organisations with 122 and 180, "over 160" as a lower bound, the undated 180 apart', async () => {
    const g = await growth('iaaca');
    expect(g.organisation).toMatchObject({ id: 'iaaca', label: 'Organisation', acronym: 'IAACA' });
    expect(g.published.map((s) => s.unit)).toEqual(['member organisations']);
    const s = series(g, 'member-organisations');
    expect(s.points.map((p) => p.count)).toEqual(expect.arrayContaining([122, 180]));
    const early = s.points.find((p) => p.count === 122)!;
    expect(early).toMatchObject({
      date: '2022',
      sortKey: '2022-01-01',
      precision: 'year',
      lowerBound: false,
      sources: ['icac-ar-2024-ch6'],
    });
    expect(early.evidence).toContain('122 in early 2022');
    const over = s.points.filter((p) => p.lowerBound);
    expect(over.map((p) => [p.date, p.count])).toEqual([['2023-12-04', 160]]);
    expect(over[0].sourceUrl).toMatch(/^https?:\/\//);
    expect(s.hasLowerBounds).toBe(true);
    expect(sortedByDate(s.points)).toBe(true);
    expect(s.undated.map((p) => [p.date, p.count])).toEqual([[null, 180]]);
    for (const p of [...s.points, ...s.undated]) expect(p.sources.length).toBeGreaterThan(0);
  });

  it('IAACA: members without dates are reported, not plotted', async () => {
    const g = await growth('iaaca');
    const members = await scalar(
      `MATCH (m)-[r:MEMBER_OF]->(:Organisation {id: 'iaaca'}) WHERE coalesce(r.status, 'member') <> 'observer' RETURN count(DISTINCT m)`,
    );
    expect(members).toBeGreaterThan(0);
    const d = g.derived.find((x) => x.relationship === 'MEMBER_OF')!;
    expect(d.points).toEqual([]);
    expect(d.unknownDateCount).toBe(members);
  });

  it('IAACA: milestones from the graph, dated and cited, without dating a co-organiser by its event series', async () => {
    const g = await growth('iaaca');
    const president = g.milestones.find((m) => m.kind === 'role' && m.from.id === 'icac' && m.role === 'President')!;
    expect(president).toMatchObject({ date: '2022', reference: false, sources: ['icac-ar-2024-ch6'] });
    expect(president.evidence).toContain('held the Presidency');
    expect(g.milestones.find((m) => m.kind === 'adopted')).toMatchObject({ date: '2024-05', to: { id: 'hong-kong-declaration-2024' } });
    expect(g.milestones.find((m) => m.kind === 'established')).toMatchObject({ date: '2006', from: { id: 'spp' } });
    expect(g.milestones.some((m) => m.kind === 'hosted' && m.to.id === 'icac-symposium-8-2024')).toBe(true);
    // IAACA is a past co-organiser of the ICAC Symposium series (first held 2000): not a 2000 milestone.
    expect(g.milestones.some((m) => m.to.id === 'icac-symposium-series')).toBe(false);
    expect(sortedByDate(g.milestones)).toBe(true);
    for (const m of g.milestones) expect(m.sources.length).toBeGreaterThan(0);
  });

  it('GlobE: authorities, countries and states stay separate series, each of one unit', async () => {
    const g = await growth('globe-network');
    expect(g.published.map((s) => s.key)).toEqual(expect.arrayContaining(['authorities', 'countries', 'states']));
    const authorities = series(g, 'authorities');
    expect(authorities.points.map((p) => [p.date, p.count, p.lowerBound])).toEqual([
      ['2021-11-15', 77, false],
      ['2024', 200, true],
      ['2024-09-27', 219, false],
    ]);
    expect(series(g, 'countries').points.map((p) => p.count)).toEqual([46, 121]);
    // Every point's count node has its series' unit.
    for (const s of g.published) {
      const ids = [...s.points, ...s.undated].flatMap((p: GrowthPoint) => p.countIds);
      const units = await app.db.read('MATCH (c:MembershipCount) WHERE c.id IN $ids RETURN collect(DISTINCT c.unit) AS u', { ids });
      expect(units.records[0].get('u')).toEqual([s.unit]);
    }
  });

  it('GlobE: observers are left out of the derived member count', async () => {
    const g = await growth('globe-network');
    const observers = await scalar(
      `MATCH (m)-[r:MEMBER_OF {status: 'observer'}]->(:Organisation {id: 'globe-network'}) RETURN count(DISTINCT m)`,
    );
    const d = g.derived[0] as DerivedSeries;
    expect(observers).toBeGreaterThan(0);
    expect(d.observersExcluded).toBe(observers);
    expect(d.points.flatMap((p) => p.members.map((m) => m.id))).not.toContain('iaaca');
  });

  it('UNCAC: the derived cumulative series ends at the number of dated parties and reports the undated ones', async () => {
    const g = await growth('uncac');
    expect(g.organisation.label).toBe('Agreement');
    const d = g.derived.find((x) => x.relationship === 'PARTY_TO')!;
    const dated = await scalar(
      `MATCH (j)-[p:PARTY_TO]->(:Agreement {id: 'uncac'}) WHERE coalesce(p.ratified, p.signed) IS NOT NULL RETURN count(DISTINCT j)`,
    );
    const undated = await scalar(
      `MATCH (j)-[p:PARTY_TO]->(:Agreement {id: 'uncac'}) WITH j, collect(coalesce(p.ratified, p.signed)) AS ds WHERE size(ds) = 0 RETURN count(j)`,
    );
    const first = await app.db.read(`MATCH (j)-[p:PARTY_TO]->(:Agreement {id: 'uncac'}) RETURN min(coalesce(p.ratified, p.signed)) AS d`);
    expect(dated).toBeGreaterThan(150);
    expect(d.points.at(-1)!.count).toBe(dated);
    expect(d.datedCount).toBe(dated);
    expect(d.unknownDateCount).toBe(undated);
    expect(d.totalMembers).toBe(dated + undated);
    expect(d.points[0].date).toBe(first.records[0].get('d'));
    expect(d.points.reduce((n, p) => n + p.added, 0)).toBe(dated);
    expect(sortedByDate(d.points)).toBe(true);
    expect(d.points.every((p, i) => i === 0 || p.count > d.points[i - 1].count)).toBe(true);
    // The published counts are one series, with the compilers' derived year-end counts flagged.
    expect(g.published.map((s) => s.unit)).toEqual(['states parties']);
    const published = series(g, 'states-parties');
    expect(published.points.some((p) => p.derived)).toBe(true);
    expect(published.points.some((p) => !p.derived)).toBe(true);
  });

  it('WCO: a region-only count is its own series; the C&ED vice-chair term is a milestone', async () => {
    const g = await growth('wco');
    expect(g.published.map((s) => s.key)).toEqual(['members', 'members--mena-region-only']);
    expect(series(g, 'members--mena-region-only').scope).toBe('MENA region only');
    expect(series(g, 'members').points.map((p) => p.count)).not.toContain(18);
    const d = g.derived[0];
    const undated = await scalar(`MATCH (m)-[r:MEMBER_OF]->(:Organisation {id: 'wco'}) WHERE r.since IS NULL RETURN count(DISTINCT m)`);
    expect(d.unknownDateCount).toBe(undated);
    expect(d.points.at(-1)!.count + d.unknownDateCount).toBe(d.totalMembers);
    const vice = g.milestones.find((m: Milestone) => m.from.id === 'customs-hk')!;
    expect(vice).toMatchObject({ kind: 'role', date: '2024-07', until: '2026-06', role: 'Vice-Chair Asia/Pacific' });
  });

  it('keeps only the series asked for with ?units=', async () => {
    const res = await app.get('/api/growth/globe-network?units=countries');
    expect(res.status).toBe(200);
    expect(res.body.published.map((s: PublishedSeries) => s.key)).toEqual(['countries']);
  });

  it('answers 400 for a malformed id and 404 for an unknown one or a node that is not an organisation', async () => {
    const bad = await app.get('/api/growth/Not_An_Id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    expect((await app.get('/api/growth/no-such-organisation')).status).toBe(404);
    const agency = await app.get('/api/growth/icac');
    expect(agency.status).toBe(404);
    expect(agency.body.error.code).toBe('not_found');
    expect((await app.get(`/api/growth/iaaca?units=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('GET /api/openapi.json', () => {
  it('names the presenter endpoints', async () => {
    const res = await app.get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/growth', '/api/growth/{id}', '/api/stories', '/api/stories/{id}', '/api/stories/validate']),
    );
  });
});

describe('stories', () => {
  it('GET /api/stories lists both shipped stories', async () => {
    const res = await app.get('/api/stories');
    expect(res.status).toBe(200);
    expect(res.body.invalid).toEqual([]);
    const byId = Object.fromEntries(res.body.stories.map((s: { id: string }) => [s.id, s]));
    expect(byId['icac-network-2022-2025']).toMatchObject({ title: "The ICAC's international network 2022–2025" });
    expect(byId['customs-wco-asia-pacific']).toMatchObject({ title: 'Hong Kong Customs in the WCO Asia/Pacific region' });
    for (const id of ['icac-network-2022-2025', 'customs-wco-asia-pacific']) {
      expect(byId[id].steps).toBeGreaterThanOrEqual(5);
      expect(byId[id].steps).toBeLessThanOrEqual(8);
    }
  });

  it('GET /api/stories/:id returns the steps, each captioned in English and Chinese', async () => {
    const res = await app.get('/api/stories/icac-network-2022-2025');
    expect(res.status).toBe(200);
    const story = res.body as Story;
    expect(story.titleZh).toMatch(/廉政公署/);
    for (const step of story.steps) {
      expect(step.caption.length).toBeGreaterThan(20);
      expect(step.captionZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(story.steps.some((s) => s.view.chart?.organisations.includes('iaaca'))).toBe(true);
  });

  it('answers 400 for a malformed story id and 404 for an unknown one', async () => {
    expect((await app.get('/api/stories/Bad!Id')).status).toBe(400);
    const missing = await app.get('/api/stories/no-such-story');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('no-such-story');
  });

  it('POST /api/stories/validate accepts each shipped story against the live graph', async () => {
    for (const id of ['icac-network-2022-2025', 'customs-wco-asia-pacific']) {
      const story = (await app.get(`/api/stories/${id}`)).body;
      const res = await app.post('/api/stories/validate', story);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: true, story: { id } });
    }
  });

  it('POST /api/stories/validate flags a dangling id, a chart of an agency, an unknown unit and region, by step and field', async () => {
    const story = {
      id: 'draft',
      title: 'Draft',
      steps: [
        { caption: 'One', view: { selected: 'icac', expanded: ['no-such-node'] } },
        {
          caption: 'Two',
          view: {
            selected: 'ghost-node',
            chart: { organisations: ['icac', 'iaaca'], units: ['parsecs'] },
            filters: { regions: ['Atlantis'] },
          },
        },
      ],
    };
    const res = await app.post('/api/stories/validate', story);
    expect(res.status).toBe(400);
    const problems = res.body.error.details.problems as { record: string; field: string; message: string }[];
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'steps[0]',
        field: 'view.expanded[0]',
        message: 'no node with id "no-such-node" (dangling reference)',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'steps[1]', field: 'view.selected', message: 'no node with id "ghost-node" (dangling reference)' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'view.chart.organisations[0]' }));
    expect(problems).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'view.chart.units[0]' }));
    expect(problems).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'view.filters.regions[0]' }));
    expect(problems).toHaveLength(5);
    expect(res.body.error.message).toContain('ghost-node');
  });

  it('POST /api/stories/validate reports shape problems: bad layout, bad date, unknown property, no steps', async () => {
    const res = await app.post('/api/stories/validate', {
      id: 'draft',
      title: 'Draft',
      steps: [{ caption: 'x', view: { layout: 'spiral', timeline: { from: '2024-13', to: '2025' }, zoom: 2 } }],
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error.details.problems as { field: string }[]).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['view.layout', 'view.timeline.from', 'view.zoom']));
    const empty = await app.post('/api/stories/validate', { id: 'draft', title: 'Draft', steps: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.problems[0]).toMatchObject({ record: '(story)', field: 'steps' });
  });

  it('POST /api/stories/validate answers 400, never 5xx, to bodies that are not stories', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 500; i++) deep = { steps: [deep] };
    for (const body of [
      'null',
      '[]',
      '"story"',
      '{',
      JSON.stringify(deep),
      JSON.stringify({ id: 'x', title: 'x', steps: [{ caption: 'x', view: { expanded: Array(300).fill('icac') } }] }),
    ]) {
      const res = await app.post('/api/stories/validate', body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect(res.body.error.code).toMatch(/^(bad_request|invalid_json)$/);
    }
  });
});
