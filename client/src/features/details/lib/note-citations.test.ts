import { describe, expect, it } from 'vitest';
import { splitNote } from './note-citations.ts';

const known = new Set(['legco-lcq17-2025', 'icac-ar-2024-ch6', 'icac-pr-2024']);
const isSource = (id: string) => known.has(id);

describe('splitNote', () => {
  it('turns a bracket of source ids into citations and keeps the text around it', () => {
    const parts = splitNote('Over 50 years of anti-corruption experience (legco-lcq17-2025); a founder of IAACA.', isSource);
    expect(parts).toEqual([
      { kind: 'text', text: 'Over 50 years of anti-corruption experience' },
      { kind: 'cite', id: 'legco-lcq17-2025', n: 1 },
      { kind: 'text', text: '; a founder of IAACA.' },
    ]);
  });

  it('cites several ids in one bracket and numbers a repeated id once', () => {
    const parts = splitNote('A (icac-pr-2024; legco-lcq17-2025). B (icac-pr-2024).', isSource);
    expect(parts.filter((p) => p.kind === 'cite')).toEqual([
      { kind: 'cite', id: 'icac-pr-2024', n: 1 },
      { kind: 'cite', id: 'legco-lcq17-2025', n: 2 },
      { kind: 'cite', id: 'icac-pr-2024', n: 1 },
    ]);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : `[${p.n}]`)).join('')).toBe('A[1][2]. B[1].');
  });

  it('replaces an id inside other bracketed text in place', () => {
    const parts = splitNote('Ms Lee (副廉政專員兼執行處首長, icac-ar-2024-ch6) spoke.', isSource);
    expect(parts).toEqual([
      { kind: 'text', text: 'Ms Lee (副廉政專員兼執行處首長, ' },
      { kind: 'cite', id: 'icac-ar-2024-ch6', n: 1 },
      { kind: 'text', text: ') spoke.' },
    ]);
  });

  it('leaves brackets and hyphenated words that are not source ids alone', () => {
    const note = 'Hosted a high-level delegation (as of 2025-07-02) (not named).';
    expect(splitNote(note, isSource)).toEqual([{ kind: 'text', text: note }]);
  });
});
