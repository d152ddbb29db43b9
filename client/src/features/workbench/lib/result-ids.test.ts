// Unit: the entity ids a result holds when its rows return ids instead of nodes.
import { describe, expect, it } from 'vitest';
import { idColumns, resultIds } from './result-ids.ts';

describe('result ids', () => {
  it('takes id columns, lists of ids and maps with an id, rows first, deduplicated', () => {
    const rows = [
      { organisation: 'iaaca', name: 'IAACA', members: ['icac', 'customs-hk'], link: { id: 'wco', how: 'MEMBER_OF' } },
      { organisation: 'wco', name: 'World Customs Organization', members: ['icac'], link: null },
    ];
    expect(resultIds(['organisation', 'name', 'members', 'link'], rows)).toEqual(['iaaca', 'icac', 'customs-hk', 'wco']);
  });

  it('ignores columns with any non-id string, and year-like numbers', () => {
    const rows = [
      { name: 'interpol', year: '2024' },
      { name: 'Interpol', year: '2023' },
    ];
    expect(resultIds(['name', 'year'], rows)).toEqual([]);
  });

  it('does not take dates for ids (2003-12-09 is slug-shaped)', () => {
    const rows = [
      { jurisdiction: 'afghanistan', signed: '2004-02-20', ratified: '2008-08-25', since: ['2024-05'] },
      { jurisdiction: 'albania', signed: '2003-12-10', ratified: null, since: [] },
    ];
    expect(resultIds(['jurisdiction', 'signed', 'ratified', 'since'], rows)).toEqual(['afghanistan', 'albania']);
    expect([...idColumns(['jurisdiction', 'signed', 'ratified', 'since'], rows)]).toEqual(['jurisdiction']);
  });

  it('caps the number of ids', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `n-${i}` }));
    expect(resultIds(['id'], rows, 3)).toEqual(['n-0', 'n-1', 'n-2']);
  });
});
