// Unit: a view assembled from base graph, expansions (cap and "+N more"), pins, path and hidden nodes.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, GraphResponse, PathsResponse } from '../../../server/shared/contracts.ts';
import { defaultViewState } from './view-state.ts';
import { assembleView, nodesNeedingCompletion } from './assemble-view.ts';

const n = (id: string, label = 'Agency', sources = ['doc']): GraphNode => ({
  id,
  label,
  labels: [label],
  name: id,
  properties: { id, sources },
});
const e = (source: string, target: string, type = 'MEMBER_OF'): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  properties: {},
});
const res = (nodes: GraphNode[], edges: GraphEdge[]): GraphResponse => ({
  nodes,
  edges,
  truncated: false,
  limit: 500,
  totalNodes: nodes.length,
});

const base = res([n('icac'), n('wco', 'Organisation')], [e('icac', 'wco')]);
const state = () => ({ ...defaultViewState() });

describe('assembleView', () => {
  it('shows the base graph', () => {
    const v = assembleView({ state: state(), base, expansions: [], pins: [] });
    expect(v.nodes.map((x) => x.id)).toEqual(['icac', 'wco']);
    expect(v.edges).toHaveLength(1);
  });

  it('caps an expansion to new neighbours, documented ones first, and counts the rest', () => {
    const members = Array.from({ length: 30 }, (_, i) => n(`j${String(i).padStart(2, '0')}`, 'Jurisdiction', i < 5 ? ['doc'] : ['ref-x']));
    const around = res([n('wco', 'Organisation'), n('icac'), ...members], [e('icac', 'wco'), ...members.map((m) => e(m.id, 'wco'))]);
    const v = assembleView({ state: state(), base, expansions: [{ expansion: { id: 'wco', limit: 25 }, response: around }], pins: [] });
    const info = v.expansions[0];
    expect(info.total).toBe(31);
    expect(info.added).toHaveLength(25);
    expect(info.added.slice(0, 5)).toEqual(['j00', 'j01', 'j02', 'j03', 'j04']);
    expect(info.more).toBe(5);
    expect(v.nodes).toHaveLength(27);
    expect(v.origin.get('j00')).toBe('expansion');
    expect(nodesNeedingCompletion(v)).toHaveLength(25);
  });

  it('collapse = the expansion gone: its neighbours leave unless anchored elsewhere', () => {
    const around = res(
      [n('wco', 'Organisation'), n('hk', 'Jurisdiction'), n('macao', 'Jurisdiction')],
      [e('hk', 'wco'), e('macao', 'wco')],
    );
    const expanded = assembleView({
      state: { ...state(), pins: ['macao'] },
      base,
      expansions: [{ expansion: { id: 'wco', limit: 25 }, response: around }],
      pins: [n('macao', 'Jurisdiction')],
    });
    expect(expanded.nodes.map((x) => x.id).sort()).toEqual(['hk', 'icac', 'macao', 'wco']);
    const collapsed = assembleView({ state: { ...state(), pins: ['macao'] }, base, expansions: [], pins: [n('macao', 'Jurisdiction')] });
    expect(collapsed.nodes.map((x) => x.id).sort()).toEqual(['icac', 'macao', 'wco']);
  });

  it('drops hidden nodes and their edges, and edges of filtered-out types', () => {
    const v = assembleView({ state: { ...state(), hidden: ['wco'] }, base, expansions: [], pins: [] });
    expect(v.nodes.map((x) => x.id)).toEqual(['icac']);
    expect(v.edges).toEqual([]);
    const t = assembleView({ state: { ...state(), types: ['SIGNED'] }, base, expansions: [], pins: [] });
    expect(t.edges).toEqual([]);
  });

  it('adds the path and keeps its edges whatever the type filter', () => {
    const path: PathsResponse = {
      from: 'icac',
      to: 'interpol',
      maxHops: 4,
      paths: [],
      graph: { nodes: [n('icac'), n('interpol', 'Organisation')], edges: [e('icac', 'interpol', 'COOPERATES_WITH')] },
    };
    const v = assembleView({ state: { ...state(), types: ['SIGNED'] }, base, expansions: [], pins: [], path });
    expect(v.nodes.map((x) => x.id)).toContain('interpol');
    expect(v.edges.map((x) => x.id)).toEqual(['COOPERATES_WITH:icac->interpol']);
    expect([...v.pathNodes].sort()).toEqual(['icac', 'interpol']);
  });

  it('completion adds edges only between nodes already on the canvas', () => {
    const v = assembleView({
      state: state(),
      base,
      expansions: [],
      pins: [n('hk', 'Jurisdiction')],
      completion: [{ edges: [e('icac', 'hk', 'LOCATED_IN'), e('hk', 'china', 'PART_OF')] }],
    });
    expect(v.edges.map((x) => x.id).sort()).toEqual(['LOCATED_IN:icac->hk', 'MEMBER_OF:icac->wco']);
  });

  it('applies the place filter after everything is assembled', () => {
    const b = res(
      [n('icac'), n('hk', 'Jurisdiction'), n('olaf'), n('france', 'Jurisdiction')],
      [e('icac', 'hk', 'LOCATED_IN'), e('olaf', 'france', 'LOCATED_IN')],
    );
    const v = assembleView({ state: { ...state(), places: ['hk'] }, base: b, expansions: [], pins: [] });
    expect(v.nodes.map((x) => x.id).sort()).toEqual(['hk', 'icac']);
  });
});
