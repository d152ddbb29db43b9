// Unit: captions placed by priority, never over one another or over another entity.
import { describe, expect, it } from 'vitest';
import { captionPriority, intersects, keyNodes, placeCaptions, type Box } from './label-placement.ts';
import { captionBox } from './captions.ts';

const box = (x1: number, y1: number, w: number, h: number): Box => ({ x1, y1, x2: x1 + w, y2: y1 + h });

describe('placeCaptions', () => {
  it('gives the contested place to the higher priority and the other its next clear form', () => {
    const choice = placeCaptions([
      { id: 'low', priority: 1, forms: [box(0, 0, 50, 10), box(0, 20, 50, 10)] },
      { id: 'high', priority: 5, forms: [box(10, 0, 50, 10)] },
    ]);
    expect(choice.get('high')).toBe(0);
    expect(choice.get('low')).toBe(1);
  });

  it('hides a caption with no clear form, and keeps clear of other bodies but not its own', () => {
    const choice = placeCaptions(
      [
        { id: 'a', priority: 2, forms: [box(0, 0, 40, 10)] },
        { id: 'b', priority: 1, forms: [box(5, 5, 40, 10)] },
        { id: 'c', priority: 1, forms: [box(100, 0, 40, 10)] },
        { id: 'd', priority: 0, forms: [box(200, 0, 40, 10)] },
      ],
      0,
      [
        { id: 'node:c', box: box(110, 2, 10, 10) },
        { id: 'node:x', box: box(210, 2, 10, 10) },
      ],
    );
    expect([...choice]).toEqual([
      ['a', 0],
      ['b', -1],
      ['c', 0],
      ['d', -1],
    ]);
  });

  it('is deterministic for equal priorities (by id), and no two placed boxes intersect', () => {
    const cands = Array.from({ length: 60 }, (_, i) => ({
      id: `n${i}`,
      priority: i % 3,
      forms: [box((i * 17) % 200, (i * 29) % 120, 40, 12), box((i * 31) % 200, (i * 13) % 120, 30, 12)],
    }));
    const a = placeCaptions(cands, 1);
    const b = placeCaptions([...cands].reverse(), 1);
    expect([...a].sort()).toEqual([...b].sort());
    const placed = cands.filter((c) => a.get(c.id)! >= 0).map((c) => c.forms[a.get(c.id)!]!);
    expect(placed.length).toBeGreaterThan(5);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i]!, placed[j]!)).toBe(false);
  });
});

describe('priorities and key entities', () => {
  it('puts the selection first, then paths, neighbours, key entities, and the unconnected last', () => {
    const p = (cls: string[], degree = 3, key = false) => captionPriority(new Set(cls), degree, key);
    expect(p(['is-selected'], 0)).toBeGreaterThan(p(['in-path'], 50));
    expect(p(['in-path'], 0)).toBeGreaterThan(p(['nbr'], 50));
    expect(p(['nbr'], 0)).toBeGreaterThan(p([], 50, true));
    expect(p([], 1, true)).toBeGreaterThan(p([], 900));
    expect(p(['isolated'], 0)).toBeLessThan(p([], 0));
  });

  it('picks about one in sixteen of the connected entities, at least 3 and at most 12', () => {
    const degrees = new Map(Array.from({ length: 129 }, (_, i) => [`n${i}`, i % 10 === 0 ? 0 : i] as const));
    const key = keyNodes(degrees);
    expect(key.size).toBe(9);
    expect(key.has('n128')).toBe(true);
    expect(
      keyNodes(
        new Map([
          ['a', 1],
          ['b', 0],
        ]),
      ).size,
    ).toBe(1);
    expect(keyNodes(new Map(Array.from({ length: 1000 }, (_, i) => [`n${i}`, i + 1] as const))).size).toBe(12);
  });
});

describe('captionBox', () => {
  it('follows the label geometry of Cytoscape on each side of a node', () => {
    const node = { x: 0, y: 0, w: 20, h: 20 };
    // Two lines of 40.2 and 30 model units at font size 10, margin 3, outline 1 (+2 measuring margin).
    const b = captionBox(node, [40.2, 30], 10, 'b', 3, 1);
    expect(b).toEqual({ x1: -23.5, x2: 23.5, y1: 10, y2: 36 });
    expect(captionBox(node, [40.2, 30], 10, 't', 3, 1)).toEqual({ x1: -23.5, x2: 23.5, y1: -36, y2: -10 });
    expect(captionBox(node, [40.2, 30], 10, 'r', 3, 1)).toEqual({ x1: 10, x2: 57, y1: -13, y2: 13 });
    expect(captionBox(node, [40.2, 30], 10, 'l', 3, 1)).toEqual({ x1: -57, x2: -10, y1: -13, y2: 13 });
  });
});
