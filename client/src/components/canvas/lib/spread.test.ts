import { describe, expect, it } from 'vitest';
import { crowding, spreadEvenly } from './spread.ts';

const collapsed = () => {
  const m = new Map<string, { x: number; y: number }>();
  let s = 7;
  const r = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  // 2,000 nodes within a few units of each other, plus a few far outliers (what draft fCoSE does).
  for (let i = 0; i < 2000; i++) m.set(`n${i}`, { x: 100 + (r() - 0.5) * 8, y: -50 + (r() - 0.5) * 8 });
  for (let i = 0; i < 5; i++) m.set(`far${i}`, { x: 100 + 3000 * Math.cos(i), y: -50 + 3000 * Math.sin(i) });
  return m;
};

describe('spreadEvenly', () => {
  it('uncrowds a collapsed layout: almost no two nodes share a 20-unit cell afterwards', () => {
    const before = collapsed();
    expect(crowding(before.values(), 20)).toBeGreaterThan(0.9);
    const after = spreadEvenly(before, 45);
    expect(after.size).toBe(before.size);
    expect(crowding(after.values(), 20)).toBeLessThan(0.1);
  });

  it('keeps nodes near their direction from the centre, and inner nodes inside', () => {
    // 400 nodes on a line through the centre: west half and east half must stay apart.
    const before = new Map(Array.from({ length: 400 }, (_, i) => [`p${i}`, { x: i - 199.5, y: 0 }]));
    const after = spreadEvenly(before, 40);
    let kept = 0;
    for (const [id, p] of before) if (Math.sign(after.get(id)!.x) === Math.sign(p.x)) kept++;
    expect(kept / before.size).toBeGreaterThan(0.85);
    const r = (id: string) => Math.hypot(after.get(id)!.x, after.get(id)!.y);
    // the nodes nearest the centre stay nearer than the farthest ones
    expect(r('p199') + r('p200')).toBeLessThan(r('p0') + r('p399'));
  });

  it('handles nothing, one node and nodes all on the same point', () => {
    expect(spreadEvenly(new Map(), 40).size).toBe(0);
    const one = spreadEvenly(new Map([['x', { x: 3, y: 4 }]]), 40);
    expect(Math.hypot(one.get('x')!.x - 3, one.get('x')!.y - 4)).toBeLessThan(40);
    const same = spreadEvenly(new Map(Array.from({ length: 50 }, (_, i) => [`s${i}`, { x: 0, y: 0 }])), 40);
    expect(crowding(same.values(), 10)).toBeLessThan(0.1);
  });
});
