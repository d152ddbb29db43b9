// Unit: new nodes are placed near their anchor and existing positions never change.
import { describe, expect, it } from 'vitest';
import { placeNewNodes, type Point } from './placement.ts';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeNewNodes', () => {
  const placed = new Map<string, Point>([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 400, y: 0 }],
  ]);

  it('places only the new nodes, next to their anchor, away from the rest of the graph', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'n1' },
      { source: 'b', target: 'n2' },
    ];
    const out = placeNewNodes(['n1', 'n2'], edges, placed, { radius: 100 });
    expect([...out.keys()].sort()).toEqual(['n1', 'n2']);
    for (const p of out.values()) {
      expect(dist(p, { x: 400, y: 0 })).toBeCloseTo(100, 5);
      expect(p.x).toBeGreaterThan(400); // fanned out away from a
    }
    expect(dist(out.get('n1')!, out.get('n2')!)).toBeGreaterThan(30);
  });

  it('chains: a new node linked only to another new node is placed after it', () => {
    const edges = [
      { source: 'a', target: 'n1' },
      { source: 'n1', target: 'n2' },
    ];
    const out = placeNewNodes(['n2', 'n1'], edges, placed, { radius: 100 });
    expect(dist(out.get('n1')!, { x: 0, y: 0 })).toBeCloseTo(100, 5);
    expect(dist(out.get('n2')!, out.get('n1')!)).toBeCloseTo(100, 5);
  });

  it('many new neighbours spread over rings without sharing a spot', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const out = placeNewNodes(
      ids,
      ids.map((id) => ({ source: 'a', target: id })),
      placed,
      { radius: 100, spacing: 50 },
    );
    const pts = [...out.values()];
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(dist(pts[i], pts[j])).toBeGreaterThan(20);
  });

  it('keeps clear of nodes already there, moving outwards when the ring is taken', () => {
    const crowd = new Map<string, Point>([['hub', { x: 0, y: 0 }]]);
    for (let i = 0; i < 16; i++) crowd.set(`old${i}`, { x: 100 * Math.cos((i * Math.PI) / 8), y: 100 * Math.sin((i * Math.PI) / 8) });
    const ids = Array.from({ length: 12 }, (_, i) => `new${i}`);
    const out = placeNewNodes(
      ids,
      ids.map((id) => ({ source: 'hub', target: id })),
      crowd,
      { radius: 100, spacing: 50, clearance: 40 },
    );
    for (const p of out.values()) {
      for (const [id, q] of crowd) if (id !== 'hub') expect(dist(p, q)).toBeGreaterThanOrEqual(40);
    }
    const pts = [...out.values()];
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(dist(pts[i], pts[j])).toBeGreaterThanOrEqual(40);
  });

  it('unlinked nodes go under the graph', () => {
    const out = placeNewNodes(['x', 'y'], [], placed);
    for (const p of out.values()) expect(p.y).toBeGreaterThan(0);
  });
});
