// Unit: counts pick the right plural form in each language (i18next with Intl.PluralRules).
import { describe, expect, it } from 'vitest';
import { fixedT } from './index.ts';

describe('plural wording', () => {
  it('says "1 question" and "17 questions"; Chinese has one form', () => {
    const en = fixedT('en', 'console');
    expect(en('libraryCount', { n: 1, count: 1 })).toBe('1 question');
    expect(en('libraryCount', { n: 17, count: 17 })).toBe('17 questions');
    expect(en('historyRows', { n: '1+', count: 2 })).toBe('1+ rows');
    const zh = fixedT('zh', 'console');
    expect(zh('libraryCount', { n: 1, count: 1 })).toBe(zh('libraryCount', { n: 1, count: 2 }));
  });

  it('says "1 published count" and "1 connection"', () => {
    expect(fixedT('en', 'presenter')('orgPoints', { points: 1, count: 1 })).toBe('1 published count');
    expect(fixedT('en', 'presenter')('orgPoints', { points: 4, count: 4 })).toBe('4 published counts');
    expect(fixedT('en', 'details')('connections', { n: 1, count: 1 })).toBe('1 connection');
  });
});
