import { describe, expect, it } from 'vitest';
import { curatedDescription, curatedHaystack, curatedTitle, paramDescription } from './curated-text.ts';

const q = {
  id: 'mous-by-agency-year',
  title: 'MoUs signed by an agency in a year',
  titleZh: '某機構在某年簽署的諒解備忘錄',
  description: 'Agreements of one kind',
  descriptionZh: '某類協議',
  params: [{ name: 'agency', type: 'id' as const, description: 'Agency id', descriptionZh: '機構 id', required: false, default: 'icac' }],
  maxRows: 200,
  cypher: 'RETURN 1',
  file: 'cypher/queries/mous-by-agency-year.cypher',
};

describe('curated query text by language', () => {
  it('uses the Chinese header in Chinese and the English one otherwise', () => {
    expect(curatedTitle(q, 'zh')).toBe('某機構在某年簽署的諒解備忘錄');
    expect(curatedTitle(q, 'en')).toBe('MoUs signed by an agency in a year');
    expect(curatedDescription(q, 'zh')).toBe('某類協議');
    expect(paramDescription(q.params[0], 'zh')).toBe('機構 id');
    expect(paramDescription(q.params[0], 'en')).toBe('Agency id');
  });
  it('falls back to English when the header has no Chinese', () => {
    expect(curatedTitle({ title: 'T' }, 'zh')).toBe('T');
    expect(paramDescription({ description: 'D' }, 'zh')).toBe('D');
  });
  it('filters in both languages', () => {
    const hay = curatedHaystack(q);
    expect(hay).toContain('諒解備忘錄');
    expect(hay).toContain('mous signed');
    expect(hay).toContain('agency');
  });
});
