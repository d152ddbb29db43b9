import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { summariseView } from './view-summary.ts';

const node = (id: string, label: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  label,
  labels: [label],
  name: id.toUpperCase(),
  properties,
});
const edge = (id: string, type: string, source: string, target: string, properties: Record<string, unknown> = {}): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties,
});

const nodes = [
  node('icac', 'Agency', { nameZh: '廉政公署' }),
  node('customs', 'Agency'),
  node('iaaca', 'Organisation'),
  node('wco', 'Organisation'),
  node('mou-2019', 'Agreement', { date: '2019-06-01' }),
  node('conf-2024', 'Event', { startDate: '2024-10' }),
  node('hk', 'Jurisdiction'),
];
const edges = [
  edge('e1', 'MEMBER_OF', 'icac', 'iaaca', { since: '2006' }),
  edge('e2', 'MEMBER_OF', 'customs', 'wco'),
  edge('e3', 'MEMBER_OF', 'hk', 'iaaca'),
  edge('e4', 'SIGNED', 'icac', 'mou-2019', { date: '2019-06-01' }),
  edge('e5', 'HOSTED', 'icac', 'conf-2024'),
  edge('e6', 'LOCATED_IN', 'icac', 'hk'),
  edge('e7', 'COOPERATES_WITH', 'icac', 'customs'),
  edge('m1', 'MENTIONS', 'icac', 'wco'),
  edge('x', 'PARTNER_OF', 'icac', 'not-in-view'),
];

describe('summariseView', () => {
  const s = summariseView(nodes, edges);

  it('puts the best-connected entity at the centre and counts its distinct neighbours', () => {
    expect(s.centre).toMatchObject({ id: 'icac', degree: 5, oneStep: 5, nameZh: '廉政公署' });
    expect(s.topNodes.map((n) => n.id)).toEqual(['icac', 'customs', 'hk']);
  });

  it('ignores MENTIONS and relationships to entities outside the view', () => {
    expect(s.edgeCount).toBe(7);
    expect(s.topNodes.find((n) => n.id === 'customs')?.degree).toBe(2);
  });

  it('counts labels and the organisations with most members', () => {
    expect(s.labels[0]).toEqual({ label: 'Agency', count: 2 });
    expect(s.labels.reduce((a, l) => a + l.count, 0)).toBe(7);
    expect(s.biggestOrganisations.map((o) => [o.id, o.members])).toEqual([
      ['iaaca', 2],
      ['wco', 1],
    ]);
  });

  it('spans the years of dated facts and lists the latest year, counting a dated entity once', () => {
    expect(s.span).toEqual({ from: '2006', to: '2024' });
    expect(s.latestYear).toBe('2024');
    expect(s.latest.map((d) => d.id)).toEqual(['conf-2024']);
    // The SIGNED edge repeats the agreement's date and is not a fact of its own.
    const all = summariseView(nodes, edges, { latestLimit: 10 });
    expect(all.latestTotal).toBe(1);
  });

  it('handles an empty view', () => {
    const e = summariseView([], []);
    expect(e).toMatchObject({ nodeCount: 0, edgeCount: 0, topNodes: [], labels: [], latest: [], latestTotal: 0 });
    expect(e.centre).toBeUndefined();
    expect(e.span).toBeUndefined();
  });
});
