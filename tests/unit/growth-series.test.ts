// Unit: the growth-series computation (published counts, derived cumulative counts, milestones) on hand-made records.
import { describe, expect, it } from 'vitest';
import {
  buildDerivedSeries,
  buildMilestones,
  buildPublishedSeries,
  seriesNames,
  type CountRecord,
  type MembershipRecord,
  type MilestoneRecord,
} from '../../server/graph/growth-series.ts';
import { compareDates, periodStart as dateSortKey } from '../../server/shared/partial-date.ts';

const count = (countId: string, extra: Partial<CountRecord>): CountRecord => ({
  countId,
  count: 0,
  unit: 'member organisations',
  sources: ['src-a'],
  ...extra,
});
const member = (memberId: string, extra: Partial<MembershipRecord> = {}): MembershipRecord => ({
  type: 'MEMBER_OF',
  memberId,
  memberName: memberId.toUpperCase(),
  memberLabel: 'Agency',
  status: 'member',
  sources: ['src-m'],
  ...extra,
});

describe('partial dates', () => {
  it('places a partial date at the start of its period', () => {
    expect(dateSortKey('2024')).toBe('2024-01-01');
    expect(dateSortKey('2024-05')).toBe('2024-05-01');
    expect(dateSortKey('2024-05-13')).toBe('2024-05-13');
  });

  it('orders by period start, the less precise date first on a tie', () => {
    const dates = ['2024-05', '2024-01-01', '2023-12-31', '2024', '2024-01'];
    expect([...dates].sort(compareDates)).toEqual(['2023-12-31', '2024', '2024-01', '2024-01-01', '2024-05']);
  });
});

describe('published series', () => {
  it('sorts out-of-order points by date, placing a year-only point before the months of that year', () => {
    const [s] = buildPublishedSeries([
      count('c-2024-09', { date: '2024-09-27', count: 219 }),
      count('c-2021', { date: '2021-11-15', count: 77 }),
      count('c-2024', { date: '2024', count: 200 }),
    ]);
    expect(s.points.map((p) => p.countId)).toEqual(['c-2021', 'c-2024', 'c-2024-09']);
    expect(s.points.map((p) => [p.sortKey, p.precision])).toEqual([
      ['2021-11-15', 'day'],
      ['2024-01-01', 'year'],
      ['2024-09-27', 'day'],
    ]);
  });

  it('keeps a lower bound as a lower bound of its stated value, not as the value', () => {
    const [s] = buildPublishedSeries([
      count('over-160', { date: '2023-12-04', count: 160, lowerBound: true }),
      count('exact', { date: '2022', count: 122 }),
    ]);
    const over = s.points.find((p) => p.countId === 'over-160')!;
    expect(over).toMatchObject({ count: 160, lowerBound: true });
    expect(s.points.find((p) => p.countId === 'exact')!.lowerBound).toBe(false);
    expect(s.hasLowerBounds).toBe(true);
  });

  it('does not merge a lower bound with an exact figure of the same value and date', () => {
    const [s] = buildPublishedSeries([
      count('a', { date: '2024', count: 180 }),
      count('b', { date: '2024', count: 180, lowerBound: true }),
    ]);
    expect(s.points).toHaveLength(2);
  });

  it('merges duplicates (same date, count and unit) and combines their sources', () => {
    const [s] = buildPublishedSeries([
      count('a', {
        date: '2017-07-12',
        count: 182,
        sources: ['src-a'],
        sourceUrl: 'https://a.example',
        note: 'press release',
        approx: true,
      }),
      count('b', { date: '2017-07-12', count: 182, sources: ['src-b', 'src-a'], sourceUrl: 'https://b.example' }),
      count('c', { date: '2017-07-11', count: 182, sources: ['src-c'] }),
    ]);
    expect(s.points.map((p) => p.date)).toEqual(['2017-07-11', '2017-07-12']);
    const merged = s.points[1];
    expect(merged.countId).toBe('a');
    expect(merged.countIds).toEqual(['a', 'b']);
    expect(merged.sources).toEqual(['src-a', 'src-b']);
    expect(merged.sourceUrls).toEqual(['https://a.example', 'https://b.example']);
    expect(merged.note).toBe('press release');
    // One of the two sources gives the exact figure, so the merged point is not approximate.
    expect(merged.approx).toBe(false);
  });

  it('never mixes units: one series per unit, and a scoped count is its own series', () => {
    const series = buildPublishedSeries([
      count('auth-2021', { date: '2021-11-15', count: 77, unit: 'authorities' }),
      count('ctry-2021', { date: '2021-11-15', count: 46, unit: 'countries' }),
      count('auth-2024', { date: '2024-09-27', count: 219, unit: 'authorities' }),
      count('ctry-2024', { date: '2024-09-27', count: 121, unit: 'Countries ' }),
      count('mena', { date: '2021-04-07', count: 18, unit: 'authorities', scope: 'MENA region only' }),
    ]);
    expect(series.map((s) => s.key)).toEqual(['authorities', 'countries', 'authorities--mena-region-only']);
    expect(series[0].points.map((p) => p.count)).toEqual([77, 219]);
    expect(series[1].points.map((p) => p.count)).toEqual([46, 121]);
    expect(series[2]).toMatchObject({ scope: 'MENA region only', label: 'authorities (MENA region only)' });
    expect(series[2].points.map((p) => p.count)).toEqual([18]);
  });

  it('keeps undated points apart from the time axis, flagged by a null date', () => {
    const [s] = buildPublishedSeries([
      count('dated', { date: '2024', count: 180 }),
      count('undated', { count: 180, dateText: 'undated in the source' }),
      count('bad', { date: 'after 2023', count: 181 }),
    ]);
    expect(s.points.map((p) => p.countId)).toEqual(['dated']);
    expect(s.undated.map((p) => p.countId)).toEqual(['undated', 'bad']);
    expect(s.undated.every((p) => p.date === null && p.sortKey === null && p.precision === null)).toBe(true);
    expect(s.undated[0].dateText).toBe('undated in the source');
  });

  it('flags derived counts and keeps evidence and source URLs', () => {
    const [s] = buildPublishedSeries([
      count('d', { date: '2003-12-31', count: 1, derived: true, evidence: 'quote', sourceUrl: 'https://x.example' }),
    ]);
    expect(s.points[0]).toMatchObject({
      derived: true,
      evidence: 'quote',
      sourceUrl: 'https://x.example',
      sourceUrls: ['https://x.example'],
    });
  });
});

describe('derived cumulative series', () => {
  it('counts members by date, cumulatively, and reports those with no known date apart', () => {
    const [s] = buildDerivedSeries([
      member('c', { since: '2024-09' }),
      member('a', { since: '2006' }),
      member('b', { since: '2006' }),
      member('d'),
      member('e', { since: 'sometime' }),
    ]);
    expect(s).toMatchObject({
      key: 'derived-members',
      relationship: 'MEMBER_OF',
      unit: 'members',
      totalMembers: 5,
      datedCount: 3,
      unknownDateCount: 2,
      observersExcluded: 0,
    });
    expect(s.points.map((p) => [p.date, p.added, p.count])).toEqual([
      ['2006', 2, 2],
      ['2024-09', 1, 3],
    ]);
    expect(s.points[0].members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.points[0].sources).toEqual(['src-m']);
  });

  it('excludes observers from the member count', () => {
    const [s] = buildDerivedSeries([
      member('m1', { since: '2021' }),
      member('o1', { since: '2023', status: 'observer' }),
      member('o2', { status: 'observer' }),
    ]);
    expect(s.points.map((p) => p.count)).toEqual([1]);
    expect(s.totalMembers).toBe(1);
    expect(s.unknownDateCount).toBe(0);
    expect(s.observersExcluded).toBe(2);
  });

  it('dates a party by ratification, else signature, and counts a party once', () => {
    const [s] = buildDerivedSeries([
      member('x', { type: 'PARTY_TO', status: null, signed: '2003-12-09', ratified: '2005-01-01' }),
      member('y', { type: 'PARTY_TO', status: null, signed: '2004-06' }),
      member('x', { type: 'PARTY_TO', status: null }), // the same party cited twice (curated and reference)
      member('z', { type: 'PARTY_TO', status: null }),
    ]);
    expect(s).toMatchObject({ key: 'derived-parties', unit: 'states parties', totalMembers: 3, datedCount: 2, unknownDateCount: 1 });
    expect(s.points.map((p) => [p.date, p.count, p.members[0].dateFrom])).toEqual([
      ['2004-06', 1, 'signed'],
      ['2005-01-01', 2, 'ratified'],
    ]);
  });

  it('takes a member off again at a dated "until"', () => {
    const [s] = buildDerivedSeries([member('a', { since: '2000', until: '2010' }), member('b', { since: '2005' })]);
    expect(s.points.map((p) => [p.date, p.added, p.removed, p.count])).toEqual([
      ['2000', 1, 0, 1],
      ['2005', 1, 0, 2],
      ['2010', 0, 1, 1],
    ]);
  });

  it('keeps one series per relationship type and none without memberships', () => {
    expect(buildDerivedSeries([])).toEqual([]);
    const both = buildDerivedSeries([member('a', { since: '2000' }), member('j', { type: 'PARTY_TO', status: null, ratified: '2001' })]);
    expect(both.map((s) => s.key)).toEqual(['derived-members', 'derived-parties']);
  });

  it('names only series that have something to plot', () => {
    const names = seriesNames(buildPublishedSeries([count('x', { date: '2024', count: 1 })]), buildDerivedSeries([member('undated')]));
    expect(names).toEqual(new Set(['member organisations', 'member-organisations']));
  });
});

describe('milestones', () => {
  const end = (id: string, label = 'Organisation', acronym?: string) => ({
    id,
    label,
    name: `${id} name`,
    ...(acronym ? { acronym } : {}),
  });
  const fact = (key: string, extra: Partial<MilestoneRecord>): MilestoneRecord => ({
    key,
    type: 'HOLDS_ROLE',
    from: end('icac', 'Agency', 'ICAC'),
    to: end('iaaca', 'Organisation', 'IAACA'),
    sources: ['doc'],
    ...extra,
  });

  it('keeps dated facts in date order with their citation, and drops undated ones', () => {
    const ms = buildMilestones([
      fact('hosted', { type: 'HOSTED', to: end('symposium', 'Event'), date: '2024-05', role: 'co-host', evidence: 'co-hosted' }),
      fact('role', { date: '2022', role: 'President', evidence: 'has held the Presidency since 2022' }),
      fact('undated', { role: 'Secretary-General' }),
    ]);
    expect(ms.map((m) => m.id)).toEqual(['role', 'hosted']);
    expect(ms[0]).toMatchObject({
      kind: 'role',
      title: 'ICAC: President, IAACA (2022–)',
      evidence: 'has held the Presidency since 2022',
      sources: ['doc'],
      reference: false,
      precision: 'year',
    });
    expect(ms[1]).toMatchObject({ kind: 'hosted', sortKey: '2024-05-01' });
  });

  it('does not date a co-organiser of an event series by the date the series began', () => {
    const ms = buildMilestones([
      fact('series', {
        type: 'HOSTED',
        to: end('symposium-series', 'Event'),
        date: '2000',
        dateText: 'past co-organiser; edition(s) not given',
      }),
    ]);
    expect(ms).toEqual([]);
  });

  it('marks facts cited only by reference data', () => {
    const [m] = buildMilestones([
      fact('ref', { date: '2022-01-05', role: 'Vice-President', sources: ['ref-iaaca-members'], until: '2026' }),
    ]);
    expect(m).toMatchObject({ reference: true, until: '2026' });
  });
});
