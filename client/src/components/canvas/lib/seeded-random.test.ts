// Unit: the seeded generator behind reproducible layouts.
import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, withSeededRandom } from './seeded-random.ts';

describe('seeded random', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('replaces Math.random only while the function runs, also when it throws', () => {
    const original = Math.random;
    const first = withSeededRandom(hashString('icac|wco'), () => [Math.random(), Math.random()]);
    const again = withSeededRandom(hashString('icac|wco'), () => [Math.random(), Math.random()]);
    expect(again).toEqual(first);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
