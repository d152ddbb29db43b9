// Unit: the wrapped breadth-first tree (depths, orientation, wrapping crowded levels).
import { describe, expect, it } from 'vitest';
import { treeLayout } from './tree-layout.ts';

const star = (n: number) => ({
  nodes: [{ id: 'hub', degree: n }, ...Array.from({ length: n }, (_, i) => ({ id: `k${String(i).padStart(3, '0')}`, degree: 1 }))],
  edges: Array.from({ length: n }, (_, i) => ({ source: 'hub', target: `k${String(i).padStart(3, '0')}` })),
});

describe('treeLayout', () => {
  it('puts the root on top and its neighbours one level down (top-down)', () => {
    const { positions, depth } = treeLayout({ ...star(3), orient: 'TB', aspect: 1 });
    expect(depth.get('hub')).toBe(0);
    expect(depth.get('k000')).toBe(1);
    expect(positions.get('k000')!.y).toBeGreaterThan(positions.get('hub')!.y);
  });

  it('honours the preferred root', () => {
    const { depth } = treeLayout({ ...star(3), root: 'k001', orient: 'TB', aspect: 1 });
    expect(depth.get('k001')).toBe(0);
    expect(depth.get('hub')).toBe(1);
    expect(depth.get('k000')).toBe(2);
  });

  it('wraps a crowded level so the tree keeps the screen shape', () => {
    const { positions } = treeLayout({ ...star(100), orient: 'TB', aspect: 1.5 });
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    expect(w / h).toBeGreaterThan(0.75);
    expect(w / h).toBeLessThan(3);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(101);
  });

  it('left-to-right puts depth along x', () => {
    const { positions } = treeLayout({ ...star(3), orient: 'LR', aspect: 1 });
    expect(positions.get('k000')!.x).toBeGreaterThan(positions.get('hub')!.x);
    const rl = treeLayout({ ...star(3), orient: 'RL', aspect: 1 }).positions;
    expect(rl.get('k000')!.x).toBeLessThan(rl.get('hub')!.x);
  });

  it('places every node, isolated ones on a last row', () => {
    const g = star(3);
    const { positions, depth } = treeLayout({ nodes: [...g.nodes, { id: 'alone', degree: 0 }], edges: g.edges, orient: 'TB', aspect: 1 });
    expect(positions.size).toBe(5);
    expect(depth.get('alone')).toBe(2);
  });
});
