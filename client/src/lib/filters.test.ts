// Unit: API queries built from the filters, and the jurisdiction/region filter over a small graph.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../server/shared/contracts.ts';
import { baseQuery, completionQueries, expansionQuery, placeFilter, placeOptions } from './filters.ts';
import { defaultViewState } from './view-state.ts';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  label,
  labels: [label],
  name: id.toUpperCase(),
  properties: { id, ...properties },
});
const edge = (type: string, source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  properties: {},
});

describe('queries', () => {
  it('base query carries labels, types, window, reference flag and limit', () => {
    const s = {
      ...defaultViewState(),
      labels: ['Organisation', 'Agency'],
      types: ['SIGNED', 'MEMBER_OF'],
      from: 2024,
      to: 2024,
      includeReference: true,
    };
    const q = new URLSearchParams(baseQuery(s)!.split('?')[1]);
    expect(q.get('labels')).toBe('Agency,Organisation');
    expect(q.get('types')).toBe('MEMBER_OF,SIGNED');
    expect([q.get('from'), q.get('to')]).toEqual(['2024', '2024']);
    expect(q.get('includeReference')).toBe('true');
    expect(q.get('limit')).toBe('300');
  });

  it('base query is null when no label is chosen, and leaves out an empty type list', () => {
    expect(baseQuery({ ...defaultViewState(), labels: [] })).toBeNull();
    expect(baseQuery({ ...defaultViewState(), types: [] })).not.toContain('types=');
  });

  it('limit 0 means no base graph (pins only), while expansions are still fetched', () => {
    const s = { ...defaultViewState(), limit: 0 };
    expect(baseQuery(s)).toBeNull();
    expect(expansionQuery(s, { id: 'icac', limit: 25 })).toContain('around=icac');
  });

  it('an expansion asks for the neighbourhood over its own type, unless that type is filtered out', () => {
    const s = { ...defaultViewState(), types: ['MEMBER_OF'] };
    const q = new URLSearchParams(expansionQuery(s, { id: 'wco', type: 'MEMBER_OF', limit: 25 })!.split('?')[1]);
    expect(q.get('around')).toBe('wco');
    expect(q.get('types')).toBe('MEMBER_OF');
    expect(expansionQuery(s, { id: 'wco', type: 'SIGNED', limit: 25 })).toBeNull();
  });

  it('completion queries are chunked', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `n${i}`);
    const qs = completionQueries(defaultViewState(), ids);
    expect(qs).toHaveLength(3);
    expect(new URLSearchParams(qs[2].split('?')[1]).get('around')!.split(',')).toHaveLength(50);
  });
});

describe('placeFilter', () => {
  const nodes = [
    node('china', 'Jurisdiction', { region: 'Asia/Pacific' }),
    node('hk', 'Jurisdiction'),
    node('france', 'Jurisdiction', { region: 'Europe' }),
    node('icac', 'Agency'),
    node('icac-dept', 'Agency'),
    node('gacc', 'Agency'),
    node('olaf', 'Agency'),
    node('symposium', 'Event'),
    node('iaaca', 'Organisation'),
    node('uncac', 'Agreement'),
    node('lonely', 'Organisation'),
  ];
  const edges = [
    edge('PART_OF', 'hk', 'china'),
    edge('LOCATED_IN', 'icac', 'hk'),
    edge('PART_OF', 'icac-dept', 'icac'),
    edge('LOCATED_IN', 'gacc', 'china'),
    edge('LOCATED_IN', 'olaf', 'france'),
    edge('HELD_IN', 'symposium', 'hk'),
    edge('MEMBER_OF', 'icac', 'iaaca'),
    edge('MEMBER_OF', 'olaf', 'iaaca'),
    edge('PARTY_TO', 'france', 'uncac'),
    edge('ATTENDED', 'olaf', 'symposium'),
  ];

  it('keeps a jurisdiction, what is located or held there, its parts, and the unlocated nodes they touch', () => {
    const keep = placeFilter(nodes, edges, ['hk']);
    expect([...keep].sort()).toEqual(['hk', 'iaaca', 'icac', 'icac-dept', 'symposium']);
  });

  it('a country includes its SARs', () => {
    const keep = placeFilter(nodes, edges, ['china']);
    expect(keep.has('hk')).toBe(true);
    expect(keep.has('icac')).toBe(true);
    expect(keep.has('gacc')).toBe(true);
    expect(keep.has('olaf')).toBe(false);
  });

  it('a region selects its jurisdictions; located nodes elsewhere are dropped even when linked', () => {
    const keep = placeFilter(nodes, edges, ['r:Europe']);
    expect([...keep].sort()).toEqual(['france', 'iaaca', 'olaf', 'uncac']);
    expect(keep.has('symposium')).toBe(false);
  });

  it('exempt nodes always pass', () => {
    expect(placeFilter(nodes, edges, ['hk'], new Set(['lonely'])).has('lonely')).toBe(true);
  });

  it('lists regions first, then jurisdictions by connections', () => {
    const opts = placeOptions(nodes, edges);
    expect(opts.slice(0, 2).map((o) => o.value)).toEqual(['r:Asia/Pacific', 'r:Europe']);
    expect(opts[2].value).toBe('hk');
  });
});
