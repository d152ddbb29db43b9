// Unit: starting positions of a first fill, hubs in the middle.
import { describe, expect, it } from 'vitest';
import { spiral } from './spiral.ts';

describe('spiral', () => {
  it('places the best-connected nodes nearest the centre, ties in the order given', () => {
    const at = spiral([
      { id: 'leaf', degree: 1 },
      { id: 'hub', degree: 9 },
      { id: 'mid', degree: 3 },
      { id: 'leaf2', degree: 1 },
    ]);
    const r = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    expect([...at.keys()]).toEqual(['hub', 'mid', 'leaf', 'leaf2']);
    expect(r('hub')).toBeCloseTo(30);
    expect(r('hub')).toBeLessThan(r('mid'));
    expect(r('mid')).toBeLessThan(r('leaf'));
    expect(r('leaf')).toBeLessThan(r('leaf2'));
  });

  it('gives distinct positions', () => {
    const at = spiral(Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, degree: i % 4 })));
    expect(new Set([...at.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(50);
  });
});
