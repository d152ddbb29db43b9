// Unit: the console's shareable URL — encode, decode, round trip, and what a hand-made link may not do.
import { describe, expect, it } from 'vitest';
import { consoleUrl, decodeConsoleLink, encodeConsoleLink } from './share.ts';

describe('console links', () => {
  it('round-trips a query with Unicode, newlines and parameters', () => {
    const query = "MATCH (a:Agency {nameZh: '廉政公署'})\nRETURN a.name AS name // 100% & more";
    const s = encodeConsoleLink({ query, paramsText: '{"agency": "icac", "year": 2024}', lang: 'zh', run: true });
    expect(s).not.toContain(' ');
    const back = decodeConsoleLink(`?${s}`);
    expect(back).toEqual({ query, paramsText: '{\n  "agency": "icac",\n  "year": 2024\n}', run: true, lang: 'zh' });
  });

  it('writes :param lines as compact JSON, and keeps unparseable parameters as typed', () => {
    expect(new URLSearchParams(encodeConsoleLink({ query: 'RETURN $a', paramsText: ':param a => 1' })).get('params')).toBe('{"a":1}');
    const bad = encodeConsoleLink({ query: 'RETURN $a', paramsText: '{"a": ' });
    expect(decodeConsoleLink(bad).paramsText).toBe('{"a": ');
  });

  it('runs only with run=1, and leaves out empty parts', () => {
    expect(decodeConsoleLink('q=RETURN%201').run).toBe(false);
    expect(encodeConsoleLink({ query: 'RETURN 1', paramsText: '  ', lang: 'en' })).toBe('q=RETURN+1');
    expect(consoleUrl('http://x', {})).toBe('http://x/console');
  });

  it('opens a curated query by id; a bad id is ignored', () => {
    expect(decodeConsoleLink('cq=office-holders&params=%7B%22role%22%3A%22Vice-Chair%22%7D')).toMatchObject({
      curated: 'office-holders',
      paramsText: '{\n  "role": "Vice-Chair"\n}',
    });
    expect(decodeConsoleLink('cq=../etc').curated).toBeUndefined();
    expect(encodeConsoleLink({ curated: 'neighbourhood', query: 'ignored' })).toBe('cq=neighbourhood');
  });
});
