// Timeline framing: element dates, partial dates at the start of their period, undated elements
// from the start, relationships waiting for their ends, ranges, granularity and masks.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { formatDate, formatDateAt } from '../../../i18n/format.ts';
import { periodEnd, periodStart, truncateKey } from '../../../../../server/shared/partial-date.ts';
import { appearances, buildTimeline, chooseGranularity, maskAt } from './frames.ts';
import { narrowToWindow } from './window.ts';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  label,
  labels: [label],
  name: id,
  properties,
});
const edge = (source: string, type: string, target: string, properties: Record<string, unknown> = {}): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  properties,
});

describe('partial dates', () => {
  it('places a partial date at the start of its period and ends it at the end of the period', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('2024-05')).toBe('2024-05-01');
    expect(periodStart('2024-05-13')).toBe('2024-05-13');
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2024-05')).toBe('2024-05-31');
  });

  it('cuts day keys to months and years and words them in English and Chinese', () => {
    expect(truncateKey('2024-05-13', 'month')).toBe('2024-05-01');
    expect(truncateKey('2024-05-13', 'year')).toBe('2024-01-01');
    expect(formatDateAt('2024-05-13', 'day', 'en')).toBe('13 May 2024');
    expect(formatDateAt('2024-05-01', 'month', 'en')).toBe('May 2024');
    expect(formatDateAt('2024-01-01', 'year', 'zh')).toBe('2024年');
    expect(formatDate('2024-05', 'zh')).toBe('2024年5月');
  });
});

describe('appearances', () => {
  it('dates an event by its start, an agreement by its date, an organisation by its founding', () => {
    const a = appearances(
      [
        node('ev', 'Event', { startDate: '2024-05-13', endDate: '2024-05-15' }),
        node('mou', 'Agreement', { date: '2024-05' }),
        node('org', 'Organisation', { founded: '2006' }),
      ],
      [],
    );
    expect(a.nodes.get('ev')).toEqual({ key: '2024-05-13', precision: 'day', via: 'own' });
    expect(a.nodes.get('mou')).toEqual({ key: '2024-05-01', precision: 'month', via: 'own' });
    expect(a.nodes.get('org')).toEqual({ key: '2006-01-01', precision: 'year', via: 'own' });
  });

  it('gives an undated node the date of its first dated relationship, waiting for a dated other end', () => {
    const nodes = [
      node('org', 'Organisation'),
      node('a', 'Jurisdiction'),
      node('b', 'Jurisdiction'),
      node('ev', 'Event', { startDate: '2010-03-01' }),
    ];
    const edges = [
      edge('a', 'MEMBER_OF', 'org', { since: '2005' }),
      edge('b', 'MEMBER_OF', 'org', { since: '2001-06-02' }),
      edge('ev', 'HELD_IN', 'b', { date: '2000' }),
    ];
    const a = appearances(nodes, edges);
    expect(a.nodes.get('org')?.key).toBe('2001-06-02');
    expect(a.nodes.get('a')).toEqual({ key: '2005-01-01', precision: 'year', via: 'relationship' });
    expect(a.nodes.get('b')?.key).toBe('2001-06-02');
    // The HELD_IN relationship is dated 2000 but cannot appear before its event (2010).
    expect(a.edges.get('HELD_IN:ev->b')?.key).toBe('2010-03-01');
  });

  it('brings an undated node in with its first dated link, and what only undated links tie to it with it', () => {
    const nodes = [node('icac', 'Agency'), node('hk', 'Jurisdiction'), node('alone', 'Person'), node('org', 'Organisation')];
    const edges = [edge('icac', 'LOCATED_IN', 'hk'), edge('icac', 'MEMBER_OF', 'org', { since: '2006' })];
    const a = appearances(nodes, edges);
    expect(a.nodes.get('icac')).toEqual({ key: '2006-01-01', precision: 'year', via: 'relationship' });
    expect(a.nodes.get('hk')?.key).toBe('2006-01-01');
    expect(a.nodes.get('org')?.key).toBe('2006-01-01');
    expect(a.nodes.get('alone')).toEqual({ key: null, precision: null, via: 'none' });
    expect(a.edges.get('LOCATED_IN:icac->hk')?.key).toBe('2006-01-01');
  });

  it('follows dated links first: a state joins with its ratification, an agency with its own agreement', () => {
    const nodes = [
      node('uncac', 'Agreement', { date: '2003-10-31' }),
      node('a', 'Jurisdiction'),
      node('b', 'Jurisdiction'),
      node('ag', 'Agency'),
      node('ag2', 'Agency'),
      node('city', 'Jurisdiction'),
    ];
    const edges = [
      edge('a', 'PARTY_TO', 'uncac', { ratified: '2004-03-31' }),
      edge('b', 'PARTY_TO', 'uncac', { ratified: '2010' }),
      edge('ag', 'LOCATED_IN', 'b'),
      edge('ag', 'SIGNED', 'uncac', { date: '2020' }),
      edge('ag2', 'LOCATED_IN', 'b'),
      edge('city', 'PART_OF', 'a'),
    ];
    const a = appearances(nodes, edges);
    expect(a.nodes.get('a')?.key).toBe('2004-03-31');
    expect(a.nodes.get('b')?.key).toBe('2010-01-01');
    // Its own agreement (2020), not its country's ratification (2010).
    expect(a.nodes.get('ag')?.key).toBe('2020-01-01');
    // No dated link of its own: with its country.
    expect(a.nodes.get('ag2')?.key).toBe('2010-01-01');
    expect(a.nodes.get('city')?.key).toBe('2004-03-31');
  });

  it("in 'start' mode shows every undated node from the start", () => {
    const nodes = [node('icac', 'Agency'), node('hk', 'Jurisdiction'), node('org', 'Organisation')];
    const edges = [edge('icac', 'LOCATED_IN', 'hk'), edge('icac', 'MEMBER_OF', 'org', { since: '2006' })];
    const a = appearances(nodes, edges, 'start');
    expect(a.nodes.get('icac')?.key).toBeNull();
    expect(a.nodes.get('org')?.key).toBeNull();
    expect(a.edges.get('MEMBER_OF:icac->org')?.key).toBe('2006-01-01');
  });

  it('dates a PARTY_TO by ratification before signature, and a role by its start', () => {
    const nodes = [
      node('hk', 'Jurisdiction', { founded: '1997' }),
      node('uncac', 'Agreement', { date: '2003-10-31' }),
      node('icac', 'Agency'),
    ];
    const edges = [
      edge('hk', 'PARTY_TO', 'uncac', { signed: '2003-12-10', ratified: '2006-01-13' }),
      edge('icac', 'HOLDS_ROLE', 'uncac', { since: '2022', until: '2024' }),
    ];
    const a = appearances(nodes, edges);
    expect(a.edges.get('PARTY_TO:hk->uncac')?.key).toBe('2006-01-13');
    expect(a.edges.get('HOLDS_ROLE:icac->uncac')?.key).toBe('2022-01-01');
  });
});

describe('buildTimeline and maskAt', () => {
  const nodes = [
    node('icac', 'Agency'),
    node('hk', 'Jurisdiction'),
    node('iaaca', 'Organisation', { founded: '2006' }),
    node('sym', 'Event', { startDate: '2024-05-13' }),
    node('mou', 'Agreement', { date: '2024-05' }),
    node('decl', 'Agreement', { date: '2024' }),
    node('hack', 'Event', { startDate: '2025-09' }),
  ];
  const edges = [
    edge('icac', 'LOCATED_IN', 'hk'),
    edge('icac', 'HOLDS_ROLE', 'iaaca', { since: '2022', until: '2023' }),
    edge('icac', 'HOSTED', 'sym'),
    edge('icac', 'SIGNED', 'mou', { date: '2024-05' }),
    edge('iaaca', 'ADOPTED', 'decl', { date: '2024' }),
    edge('icac', 'HOSTED', 'hack'),
  ];

  it('orders elements into frames by date, undated first, partial dates at the start of their period', () => {
    const t = buildTimeline(nodes, edges);
    expect(t.granularity).toBe('day');
    expect(t.frames.map((f) => f.key)).toEqual([null, '2006-01-01', '2022-01-01', '2024-01-01', '2024-05-01', '2024-05-13', '2025-09-01']);
    expect(t.frames.map((f) => f.precision)).toEqual([null, 'year', 'year', 'year', 'month', 'day', 'month']);
    expect(t.frames[0]!.nodes).toEqual([]);
    expect(t.frames[2]!.nodes.sort()).toEqual(['hk', 'icac']);
    expect(t.frames[3]!.nodes).toEqual(['decl']);
    expect(t.nodeFrame.get('sym')).toBe(5);
    expect(t.edgeFrame.get('HOSTED:icac->sym')).toBe(5);
    expect(t.undatedNodes).toBe(0);
    const literal = buildTimeline(nodes, edges, { undated: 'start' });
    expect(literal.frames[0]!.nodes.sort()).toEqual(['hk', 'icac']);
    expect(literal.undatedNodes).toBe(2);
  });

  it('shows more at every frame: visible counts never decrease and new elements are marked fresh', () => {
    const t = buildTimeline(nodes, edges);
    let last = -1;
    for (let i = 0; i < t.frames.length; i++) {
      const m = maskAt(t, i);
      expect(m.visibleNodes).toBeGreaterThanOrEqual(last);
      last = m.visibleNodes;
    }
    expect(maskAt(t, 0).hidden).toContain('sym');
    expect(maskAt(t, 0).fresh).toEqual([]);
    const at5 = maskAt(t, 5);
    expect(at5.fresh.sort()).toEqual(['HOSTED:icac->sym', 'sym']);
    expect(at5.hidden.sort()).toEqual(['HOSTED:icac->hack', 'hack']);
    expect(maskAt(t, t.frames.length - 1).hidden).toEqual([]);
  });

  it('dims a relationship after its end (until) without hiding it', () => {
    const t = buildTimeline(nodes, edges);
    expect(maskAt(t, 2).ended).toEqual([]);
    expect(maskAt(t, 3).ended).toEqual(['HOLDS_ROLE:icac->iaaca']);
    expect(maskAt(t, 3).hidden).not.toContain('HOLDS_ROLE:icac->iaaca');
  });

  it('plays a range: earlier elements are there at the start, later ones never appear', () => {
    const t = buildTimeline(nodes, edges, { range: { from: '2024-05', to: '2024' } });
    expect(t.frames.map((f) => f.key)).toEqual([null, '2024-05-01', '2024-05-13']);
    expect(t.nodeFrame.get('iaaca')).toBe(0);
    expect(t.nodeFrame.get('decl')).toBe(0);
    expect(t.never.sort()).toEqual(['HOSTED:icac->hack', 'hack']);
    expect(maskAt(t, 2).hidden.sort()).toEqual(['HOSTED:icac->hack', 'hack']);
  });

  it('coarsens to months or years when there would be too many frames', () => {
    const days = Array.from(
      { length: 40 },
      (_, i) => `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    expect(chooseGranularity(days, 100)).toBe('day');
    expect(chooseGranularity(days, 20)).toBe('month');
    expect(chooseGranularity(days, 5)).toBe('year');
    const many = Array.from({ length: 30 }, (_, i) =>
      node(`e${i}`, 'Event', { startDate: `20${String(i % 10).padStart(2, '0')}-0${(i % 3) + 1}-1${i % 9}` }),
    );
    const t = buildTimeline(many, [], { maxFrames: 12 });
    expect(t.granularity).toBe('year');
    expect(t.frames.length).toBe(11);
    expect(t.frames[1]!.precision).toBe('year');
  });

  it('is deterministic for an empty view', () => {
    const t = buildTimeline([], []);
    expect(t.frames.length).toBe(1);
    expect(maskAt(t, 0)).toEqual({ hidden: [], fresh: [], ended: [], visibleNodes: 0, visibleEdges: 0 });
  });
});

describe('narrowToWindow', () => {
  const nodes = [
    node('icac', 'Agency'),
    node('sym', 'Event', { startDate: '2024-05-13', endDate: '2024-05-15' }),
    node('rev', 'Event', { startDate: '2024-11-27' }),
    node('org', 'Organisation', { founded: '2006' }),
  ];
  const edges = [
    edge('icac', 'HOSTED', 'sym'),
    edge('icac', 'MEMBER_OF', 'org', { since: '2006' }),
    edge('icac', 'SIGNED', 'rev', { date: '2024-11' }),
  ];

  it('keeps what overlaps a month window, undated elements and open-ended memberships', () => {
    const v = narrowToWindow(nodes, edges, '2024-05', '2024-05');
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['icac', 'org', 'sym']);
    expect(v.edges.map((e) => e.id).sort()).toEqual(['HOSTED:icac->sym', 'MEMBER_OF:icac->org']);
  });

  it('keeps exempt nodes (the selection) and leaves a view without a window alone', () => {
    expect(
      narrowToWindow(nodes, edges, '2025', '2025', new Set(['sym']))
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['icac', 'org', 'sym']);
    expect(narrowToWindow(nodes, edges, undefined, undefined).nodes.length).toBe(4);
  });
});
