// Unit: evidence sentences are marked in a document's text, overlaps merged, short quotes ignored.
import { describe, expect, it } from 'vitest';
import { markEvidence } from './mark-evidence.ts';

describe('markEvidence', () => {
  const text = 'Intro. The two parties signed a MoU in May 2024. More text. The two parties signed a MoU in May 2024. End.';

  it('marks every occurrence and keeps the text intact', () => {
    const runs = markEvidence(text, ['The two parties signed a MoU in May 2024']);
    expect(runs.filter((r) => r.mark)).toHaveLength(2);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('merges overlapping quotes and ignores very short ones', () => {
    const runs = markEvidence(text, ['The two parties signed', 'parties signed a MoU in May 2024', 'End']);
    expect(runs.filter((r) => r.mark).map((r) => r.text)[0]).toBe('The two parties signed a MoU in May 2024');
    expect(runs.some((r) => r.mark && r.text === 'End')).toBe(false);
  });

  it('returns the whole text unmarked when nothing matches', () => {
    expect(markEvidence('abc', ['not there at all'])).toEqual([{ text: 'abc', mark: false }]);
  });
});
