// Chart shaping: one panel per unit, lower bounds kept apart from the line, partial dates at the
// start of their period with their span, undated points listed, derived counts with the main
// count, milestones (curated by default) numbered and grouped.
import { describe, expect, it } from 'vitest';
import type { DerivedSeries, GrowthPoint, GrowthResponse, Milestone, PublishedSeries } from '../../../../../server/shared/contracts.ts';
import { buildChartModel, defaultUnits, findGaps, keyToMs, matchesUnit, periodEndMs, recentRunStart, unitOptions } from './chart-series.ts';
import { WCO } from './fixtures/fixtures.ts';
import { milestoneShort } from './milestone-text.ts';

const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const prec = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day') as GrowthPoint['precision'];

function pt(date: string | null, count: number, extra: Partial<GrowthPoint> = {}): GrowthPoint {
  return {
    date,
    sortKey: date ? start(date) : null,
    precision: date ? prec(date) : null,
    count,
    lowerBound: false,
    approx: false,
    derived: false,
    sourceUrls: [],
    sources: [`src-${date ?? 'undated'}-${count}`],
    countId: `c-${date}-${count}`,
    countIds: [`c-${date}-${count}`],
    ...extra,
  };
}

function series(unit: string, pts: GrowthPoint[], scope?: string): PublishedSeries {
  return {
    key: scope ? `${unit.replace(/ /g, '-')}--x` : unit.replace(/ /g, '-'),
    unit,
    ...(scope ? { scope } : {}),
    label: scope ? `${unit} (${scope})` : unit,
    points: pts.filter((p) => p.date),
    undated: pts.filter((p) => !p.date),
    hasLowerBounds: pts.some((p) => p.lowerBound),
  };
}

function derived(dates: [string, number][], unknown = 0): DerivedSeries {
  return {
    key: 'derived-members',
    relationship: 'MEMBER_OF',
    unit: 'members',
    label: 'members (derived from dated memberships in the graph)',
    basis: 'MEMBER_OF.since',
    points: dates.map(([d, c]) => ({
      date: d,
      sortKey: start(d),
      precision: prec(d)!,
      count: c,
      added: 1,
      removed: 0,
      members: [],
      sources: ['ref-members'],
    })),
    totalMembers: (dates.at(-1)?.[1] ?? 0) + unknown,
    datedCount: dates.at(-1)?.[1] ?? 0,
    unknownDateCount: unknown,
    observersExcluded: 0,
    sources: ['ref-members'],
  };
}

function milestone(date: string, title: string, reference = false, kind: Milestone['kind'] = 'role'): Milestone {
  const end = (id: string) => ({ id, label: 'Agency', name: id.toUpperCase(), acronym: id.toUpperCase() });
  return {
    id: `m-${date}-${title}`,
    kind,
    type: 'HOLDS_ROLE',
    date,
    sortKey: start(date),
    precision: prec(date)!,
    title,
    from: end('icac'),
    to: end('iaaca'),
    role: 'President',
    sources: ['icac-ar'],
    reference,
  };
}

function growth(id: string, published: PublishedSeries[], d: DerivedSeries[] = [], milestones: Milestone[] = []): GrowthResponse {
  return {
    organisation: { id, label: 'Organisation', name: id, acronym: id.toUpperCase(), sources: [] },
    published,
    derived: d,
    milestones,
    datePlacement: 'start-of-period',
  };
}

const iaaca = growth(
  'iaaca',
  [
    series('member organisations', [
      pt('2006-10', 150),
      pt('2022', 122),
      pt('2023-12-04', 160, { lowerBound: true }),
      pt('2024', 180),
      pt(null, 180),
    ]),
  ],
  [derived([], 11)],
  [
    milestone('2022', 'ICAC: President, IAACA (2022–)'),
    milestone('2022-01-05', 'ExCo member', true),
    milestone('2024-05', '8th ICAC Symposium', false, 'hosted'),
  ],
);
const globe = growth('globe', [
  series('authorities', [pt('2021-11-15', 77), pt('2024', 200, { lowerBound: true }), pt('2024-09-27', 219)]),
  series('countries', [pt('2021-11-15', 46), pt('2024-09-27', 121)]),
]);
const wco = growth(
  'wco',
  [series('members', [pt('1953-01-26', 17), pt('2023-01', 186)]), series('members', [pt('2021-04-07', 18)], 'MENA region only')],
  [
    derived(
      [
        ['1951-10-19', 1],
        ['1960', 30],
      ],
      127,
    ),
  ],
);
const apec = growth(
  'apec',
  [series('member economies', [pt('1989', 12, { derived: true }), pt('1998-11', 21, { derived: true })])],
  [
    derived([
      ['1989', 12],
      ['1998-11', 21],
    ]),
  ],
);

describe('units', () => {
  it('offers every series label and defaults to each organisation’s main series', () => {
    expect(unitOptions([iaaca, globe]).map((u) => u.unit)).toEqual(['member organisations', 'authorities', 'countries']);
    expect(defaultUnits([iaaca, globe, wco])).toEqual(['member organisations', 'authorities', 'members']);
  });

  it('matches a unit to a whole-organisation series by unit, and to a scoped one only by its label', () => {
    const [main, mena] = wco.published;
    expect(matchesUnit(main!, 'Members')).toBe(true);
    expect(matchesUnit(mena!, 'members')).toBe(false);
    expect(matchesUnit(mena!, 'members (MENA region only)')).toBe(true);
  });
});

describe('buildChartModel', () => {
  it('never puts two units on one axis: IAACA and GlobE get a panel each', () => {
    const m = buildChartModel([iaaca, globe], { milestones: 'curated', lang: 'en' });
    expect(m.panels.map((p) => p.unit)).toEqual(['member organisations', 'authorities']);
    expect(m.panels.every((p) => new Set(p.lines.map((l) => l.unit)).size === 1)).toBe(true);
    const both = buildChartModel([globe], { units: ['authorities', 'countries'], milestones: 'none', lang: 'en' });
    expect(both.panels.map((p) => [p.unit, p.yMax])).toEqual([
      ['authorities', 219],
      ['countries', 121],
    ]);
  });

  it('keeps a lower bound off the line, marked "≥", and never as an exact value', () => {
    const m = buildChartModel([iaaca], { milestones: 'none', lang: 'en' });
    const line = m.panels[0]!.lines[0]!;
    expect(line.points.map((p) => p.y)).toEqual([150, 122, 180]);
    expect(line.bounds).toHaveLength(1);
    expect(line.bounds[0]).toMatchObject({ y: 160, marker: 'lower', label: '≥160' });
    expect(m.refs[line.bounds[0]!.pid]).toMatchObject({ kind: 'published', point: { count: 160, lowerBound: true } });
  });

  it('places partial dates at the start of their period and spans the period', () => {
    const m = buildChartModel([iaaca], { milestones: 'none', lang: 'en', years: 'all' });
    const line = m.panels[0]!.lines[0]!;
    const p2022 = line.points[1]!;
    expect(p2022.x).toBe(Date.UTC(2022, 0, 1));
    expect(line.spans).toContainEqual({ x1: Date.UTC(2022, 0, 1), x2: Date.UTC(2023, 0, 1), y: 122 });
    expect(line.spans).toContainEqual({ x1: Date.UTC(2006, 9, 1), x2: Date.UTC(2006, 10, 1), y: 150 });
    expect(periodEndMs('2024-12-01', 'month')).toBe(Date.UTC(2025, 0, 1));
    expect(keyToMs('2023-12-04')).toBe(Date.UTC(2023, 11, 4));
  });

  it('lists undated points beside the chart instead of plotting them', () => {
    const m = buildChartModel([iaaca], { milestones: 'none', lang: 'en' });
    expect(m.undated.map((u) => u.ref.point.count)).toEqual([180]);
    expect(m.points.some((p) => Number.isNaN(p.x))).toBe(false);
    expect(m.sources).toContain('src-undated-180');
  });

  it('marks counts computed by the compilers and draws the derived cumulative count dashed, with the main count', () => {
    const m = buildChartModel([apec], { milestones: 'none', lang: 'en' });
    expect(m.panels).toHaveLength(1);
    const [pub, der] = m.panels[0]!.lines;
    expect(pub!.points.every((p) => p.marker === 'computed')).toBe(true);
    expect(der).toMatchObject({ kind: 'derived', lineType: 'dashed', unit: 'member economies' });
    expect(der!.points.every((p) => p.marker === 'cumulative')).toBe(true);
  });

  it('reports members with no known date, and says when nothing could be derived', () => {
    const m = buildChartModel([wco, iaaca], { milestones: 'none', lang: 'en' });
    const wcoNote = m.derivedNotes.find((n) => n.orgId === 'wco')!;
    expect(wcoNote).toMatchObject({ plotted: true });
    expect(wcoNote.series.unknownDateCount).toBe(127);
    expect(m.panels[0]!.lines.find((l) => l.kind === 'derived')!.unknownDateCount).toBe(127);
    expect(m.derivedNotes.find((n) => n.orgId === 'iaaca')).toMatchObject({ plotted: false });
  });

  it('keeps a scoped series (MENA only) off the chart unless asked for by its label', () => {
    expect(buildChartModel([wco], { milestones: 'none', lang: 'en' }).panels[0]!.lines.map((l) => l.seriesLabel)).toEqual([
      'members',
      'members (derived from dated memberships in the graph)',
    ]);
    const both = buildChartModel([wco], { units: ['members', 'members (MENA region only)'], milestones: 'none', lang: 'en' });
    expect(both.panels).toHaveLength(1);
    expect(both.panels[0]!.lines.map((l) => l.lineType)).toEqual(['solid', 'dotted', 'dashed']);
  });

  it('shows curated milestones by default, all on request, and numbers them in time order', () => {
    const curated = buildChartModel([iaaca], { milestones: 'curated', lang: 'en' });
    expect(curated.milestones.flatMap((c) => c.items.map((i) => i.title))).toEqual([
      'ICAC: President, IAACA (2022–)',
      '8th ICAC Symposium',
    ]);
    expect(curated.milestones.map((c) => c.n)).toEqual([1, 2]);
    const all = buildChartModel([iaaca], { milestones: 'all', lang: 'en' });
    // 2022 and 2022-01-05 are five days apart: one marker with both.
    expect(all.milestones[0]!.items).toHaveLength(2);
    expect(all.milestones[0]!.label).toBe('');
    expect(buildChartModel([iaaca], { milestones: 'none', lang: 'en' }).milestones).toEqual([]);
  });

  it('gives milestones a few words, in Chinese too', () => {
    const m = milestone('2022', 'x');
    expect(milestoneShort(m, 'en')).toBe('ICAC · President');
    expect(
      milestoneShort(
        { ...m, kind: 'established', from: { ...m.from, acronym: 'UNODC' }, to: { ...m.to, acronym: 'GlobE', nameZh: '全球網絡' } },
        'zh',
      ),
    ).toBe('UNODC成立全球網絡');
  });

  it('breaks the line across a long gap with no count: IAACA’s 150 (2006) is not joined to 122 (2022)', () => {
    const line = buildChartModel([iaaca], { milestones: 'none', lang: 'en', years: 'all' }).panels[0]!.lines[0]!;
    expect(line.segments.map((run) => run.map((p) => p.y))).toEqual([[150], [122, 180]]);
    expect(line.gaps).toEqual([{ x1: Date.UTC(2006, 9, 1), x2: Date.UTC(2022, 0, 1) }]);
    // Counts a few years apart stay joined (GlobE: 2021 to 2024), and so does a derived step line.
    const g = buildChartModel([globe], { milestones: 'none', lang: 'en' }).panels[0]!.lines[0]!;
    expect(g.segments).toHaveLength(1);
    expect(g.gaps).toEqual([]);
    expect(findGaps([0, 8 * 365 * 86_400_000])).toEqual([]);
    expect(findGaps([0, 9 * 365 * 86_400_000])).toHaveLength(1);
  });

  it('opens on the latest run of counts, says what it leaves out, and shows every year on request', () => {
    const auto = buildChartModel([iaaca], { milestones: 'curated', lang: 'en' });
    expect(auto.range).toMatchObject({ mode: 'auto', narrowed: true, autoFrom: Date.UTC(2022, 0, 1), allMin: Date.UTC(2006, 9, 1) });
    expect(auto.xMin).toBe(Date.UTC(2022, 0, 1));
    expect(auto.earlier.points.map((p) => p.label)).toEqual(['150']);
    expect(auto.panels[0]!.lines[0]!.segments.map((run) => run.map((p) => p.y))).toEqual([[122, 180]]);
    expect(auto.panels[0]!.yMax).toBe(180);
    const all = buildChartModel([iaaca], { milestones: 'curated', lang: 'en', years: 'all' });
    expect(all.xMin).toBe(Date.UTC(2006, 9, 1));
    expect(all.range).toMatchObject({ mode: 'all', narrowed: false, autoFrom: Date.UTC(2022, 0, 1) });
    expect(all.earlier.points).toEqual([]);
    // With GlobE beside it the range starts with GlobE's first count (2021).
    expect(buildChartModel([iaaca, globe], { milestones: 'none', lang: 'en' }).xMin).toBe(Date.UTC(2021, 0, 1));
    // A series with no long gap keeps every year.
    const apecModel = buildChartModel([apec], { milestones: 'none', lang: 'en' });
    expect(apecModel.range).toMatchObject({ narrowed: false });
    expect(apecModel.range.autoFrom).toBeUndefined();
    expect(recentRunStart([0, 20 * 365 * 86_400_000])).toBeUndefined();
  });

  it('keeps WCO’s 1953 count apart and starts at 2007, the derived step line entering the range at its level', () => {
    const m = buildChartModel([WCO], { milestones: 'none', lang: 'en' });
    expect(m.xMin).toBe(Date.UTC(2007, 0, 1));
    expect(m.earlier.points.map((p) => p.label)).toEqual(['17']);
    const [pub, der] = m.panels[0]!.lines;
    expect(pub!.segments.map((run) => run[0]!.y)).toEqual([171]);
    // The step line starts at its count on the last date before the range (drawn from the axis).
    const first = der!.segments[0]![0]!;
    expect(first.x).toBeLessThan(m.xMin);
    expect(der!.segments[0]![1]!.x).toBeGreaterThanOrEqual(m.xMin);
    // With only one count after its gap, a series keeps every year.
    expect(buildChartModel([wco], { milestones: 'none', lang: 'en' }).range.narrowed).toBe(false);
  });

  it('is empty (no panels) for an organisation with nothing datable', () => {
    const m = buildChartModel([growth('x', [series('members', [pt(null, 5)])])], { milestones: 'curated', lang: 'en' });
    expect(m.empty).toBe(true);
    expect(m.undated).toHaveLength(1);
  });
});
