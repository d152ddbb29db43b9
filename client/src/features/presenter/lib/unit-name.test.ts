// Unit: units in the interface language; two different units never read the same.
import { describe, expect, it } from 'vitest';
import { unitName } from './unit-name.ts';

describe('unit names', () => {
  it('keeps GlobE\'s "countries" and "states" apart in Chinese, and keeps a scope', () => {
    expect(unitName('zh', 'states')).not.toBe(unitName('zh', 'countries'));
    expect(unitName('zh', 'members (MENA region only)')).toBe('成員 (MENA region only)');
    expect(unitName('en', 'unknown unit')).toBe('unknown unit');
  });
});
