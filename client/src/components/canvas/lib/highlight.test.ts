// Unit: which highlight classes each element gets from the selection, the path and the hovered path.
import { describe, expect, it } from 'vitest';
import type { ElementDef } from './elements.ts';
import { highlightClasses, type HighlightState } from './highlight.ts';

const node = (id: string): ElementDef => ({ group: 'nodes', data: { id } });
const edge = (id: string, source: string, target: string): ElementDef => ({ group: 'edges', data: { id, source, target } });

// a - b - c - d, and e alone with a loop.
const graph: ElementDef[] = [
  node('a'),
  node('b'),
  node('c'),
  node('d'),
  node('e'),
  edge('ab', 'a', 'b'),
  edge('bc', 'b', 'c'),
  edge('cd', 'c', 'd'),
  edge('ee', 'e', 'e'),
];
const none: HighlightState = { pathNodes: new Set(), pathEdges: new Set(), fadeUnrelated: true };
/** Classes by id (each list sorted: an element's classes are a set). */
const classes = (s: Partial<HighlightState>, els = graph) =>
  Object.fromEntries([...highlightClasses(els, { ...none, ...s })].map(([id, cls]) => [id, [...cls].sort()]));

describe('highlightClasses', () => {
  it('gives nothing a class when nothing is selected', () => {
    expect(classes({})).toEqual({});
  });

  it('lights a selected node and its neighbourhood (edges and nodes one hop away) and fades the rest', () => {
    expect(classes({ selectedNode: 'b' })).toEqual({
      b: ['is-selected'],
      a: ['nbr'],
      ab: ['nbr'],
      c: ['nbr'],
      bc: ['nbr'],
      d: ['faded'],
      cd: ['faded'],
      e: ['faded'],
      ee: ['faded'],
    });
  });

  it('a self-loop is part of the neighbourhood, the node stays only selected', () => {
    const c = classes({ selectedNode: 'e' });
    expect(c.e).toEqual(['is-selected']);
    expect(c.ee).toEqual(['nbr']);
    expect(c.a).toEqual(['faded']);
  });

  it('lights a selected edge and its two ends', () => {
    expect(classes({ selectedEdge: 'cd' })).toEqual({
      cd: ['is-selected'],
      c: ['nbr'],
      d: ['nbr'],
      a: ['faded'],
      b: ['faded'],
      ab: ['faded'],
      bc: ['faded'],
      e: ['faded'],
      ee: ['faded'],
    });
  });

  it('a selected node wins over a selected edge; a selection not on the canvas lights nothing', () => {
    expect(classes({ selectedNode: 'b', selectedEdge: 'cd' }).cd).toEqual(['faded']);
    expect(classes({ selectedNode: 'gone', selectedEdge: 'cd' })).toEqual({});
    expect(classes({ selectedEdge: 'gone' })).toEqual({});
  });

  it('with a path, only the path and the selection itself stay lit', () => {
    const c = classes({ selectedNode: 'a', pathNodes: new Set(['b', 'c', 'd']), pathEdges: new Set(['bc', 'cd']) });
    expect(c).toEqual({
      a: ['is-selected'],
      b: ['in-path'],
      c: ['in-path'],
      d: ['in-path'],
      bc: ['in-path'],
      cd: ['in-path'],
      ab: ['faded'],
      e: ['faded'],
      ee: ['faded'],
    });
  });

  it('a path fades the rest even when none of it is on the canvas; its missing parts get no class', () => {
    const c = classes({ pathNodes: new Set(['x', 'y']), pathEdges: new Set(['xy']) });
    expect(Object.keys(c).sort()).toEqual(graph.map((el) => el.data.id).sort());
    expect(Object.values(c).every((cls) => cls.length === 1 && cls[0] === 'faded')).toBe(true);
  });

  it('emphasises the hovered path on top of the other classes, without lighting anything by itself', () => {
    const focusPath = { nodes: ['c', 'd'], edges: ['cd'] };
    expect(classes({ focusPath })).toEqual({ c: ['path-focus'], d: ['path-focus'], cd: ['path-focus'] });
    const c = classes({ selectedNode: 'b', focusPath });
    expect(c.c).toEqual(['nbr', 'path-focus']);
    expect(c.d).toEqual(['faded', 'path-focus']);
  });

  it('keeps everything visible when fading is off', () => {
    const c = classes({ selectedNode: 'b', fadeUnrelated: false });
    expect(Object.values(c).flat()).not.toContain('faded');
    expect(c.b).toEqual(['is-selected']);
  });

  it('uses the first element of a repeated id, as the canvas does', () => {
    const els = [...graph, node('ab')];
    expect(classes({ selectedEdge: 'ab' }, els)).toMatchObject({ ab: ['is-selected'], a: ['nbr'], b: ['nbr'] });
  });
});
