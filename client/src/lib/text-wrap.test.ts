// Unit: captions broken into lines by width (spaces, and anywhere in CJK).
import { describe, expect, it } from 'vitest';
import { wrapLines, wrapText } from './text-wrap.ts';

const measure = (s: string) => s.length * 10;

describe('wrapText', () => {
  it('breaks on spaces, and between CJK characters', () => {
    expect(wrapText('United Nations Convention against Corruption', 150, measure)).toEqual([
      'United Nations',
      'Convention',
      'against',
      'Corruption',
    ]);
    expect(wrapText('聯合國毒品和犯罪問題辦公室', 60, measure)).toEqual(['聯合國毒品和', '犯罪問題辦公', '室']);
    expect(wrapText('Supercalifragilistic', 50, measure)).toEqual(['Supercalifragilistic']);
    // No line ends with an opening bracket or starts with closing punctuation.
    expect(wrapText('香港海關合作安排（2024年11月）', 110, measure)).toEqual(['香港海關合作安排', '（2024年11月）']);
    expect(wrapText('香港海關合作安排（2024年11月）', 90, measure)).toEqual(['香港海關合作安排', '（2024年11', '月）']);
    expect(wrapText('合作諒解備忘錄。另有', 70, measure)).toEqual(['合作諒解備忘', '錄。另有']);
  });

  it('keeps at most n lines and ends the last with an ellipsis that fits', () => {
    const { lines, cut } = wrapLines('Meeting of the Open-ended Intergovernmental Working Group', 150, 2, measure);
    expect(cut).toBe(true);
    expect(lines).toEqual(['Meeting of the', 'Open-ended…']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(150);
    expect(wrapLines('ICAC', 150, 2, measure)).toEqual({ lines: ['ICAC'], cut: false });
    // A text that already ends in an ellipsis gets one, not two.
    expect(wrapLines('Conference of the… (2025) and more words here', 170, 1, measure).lines).toEqual(['Conference of…']);
  });

  it('never starts or ends a line with a separator dot', () => {
    expect(wrapText('MoU · ICAC–UNODC · 2024-05', 120, measure)).toEqual(['MoU', 'ICAC–UNODC', '2024-05']);
  });
});
