// Unit: which property values the details panel renders as links (only web addresses).
import { describe, expect, it } from 'vitest';
import { isWebUrl, splitUrlList } from '../../../../../server/shared/web-url.ts';
import { displayValue } from './PropertyList.tsx';

describe('links in the details panel', () => {
  it('only http(s) addresses are links, each of a " ; " list', () => {
    expect(splitUrlList('https://a.example/x ; https://b.example/y')).toEqual(['https://a.example/x', 'https://b.example/y']);
    expect(['https://a.example/x', 'http://b.example'].every(isWebUrl)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'https://exa mple.org',
      'not a url',
      'ftp://x.example',
    ])
      expect(isWebUrl(bad)).toBe(false);
  });

  it('shows dates in words and booleans in the language', () => {
    expect(displayValue('en', 'since', '2024-05')).toBe('May 2024');
    expect(displayValue('zh', 'since', '2024-05')).toBe('2024年5月');
    expect(displayValue('en', 'beltAndRoad', true)).toBe('yes');
    expect(displayValue('zh', 'beltAndRoad', false)).toBe('否');
  });
});
