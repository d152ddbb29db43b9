// Unit: the console's counts say "1 node", "1 row", "1 entity" — never "1 nodes" — and Chinese
// has its own words (no English left in it).
import { describe, expect, it } from 'vitest';
import { fixedT } from '../../../i18n/index.ts';
import { graphCounts } from './counts.ts';

describe('console counts', () => {
  const en = fixedT('en', 'console');
  const zh = fixedT('zh', 'console');

  it('picks the singular for 1 and the plural otherwise, per count', () => {
    expect(graphCounts(en, 1, 1)).toBe('1 node · 1 relationship');
    expect(graphCounts(en, 12, 0)).toBe('12 nodes · 0 relationships');
    expect(graphCounts(zh, 1, 3)).toBe('1 個節點 · 3 條關係');
    expect(en('rowsTime', { rows: 1, count: 1, ms: 5 })).toBe('1 row · 5 ms');
    expect(en('rowsTime', { rows: 4, count: 4, ms: 5 })).toBe('4 rows · 5 ms');
    expect(en('paramsCount', { n: 1, count: 1 })).toBe('1 parameter');
    expect(en('openExplorerCount', { n: 1, count: 1 })).toBe('Open 1 entity in Explorer:');
    expect(en('openExplorerCount', { n: 6, count: 6 })).toBe('Open 6 entities in Explorer:');
    expect(en('explorerDocuments', { n: 1, count: 1 })).toMatch(/^1 document is left out/);
    expect(en('listMore', { n: 4, count: 4 })).toBe('+4 more');
  });

  it('says durations and counts in Chinese words in Chinese', () => {
    expect(zh('rowsTime', { rows: 4, count: 4, ms: 5 })).toBe('4 行 · 5 毫秒');
    expect(zh('durationMs', { ms: 5 })).toBe('5 毫秒');
    expect(zh('openExplorerCount', { n: 6, count: 6 })).toBe('在探索頁開啟 6 個實體：');
  });
});
