// Unit: a network slide's layout, with a fake measure (every character 0.5 em wide).
import { describe, expect, it } from 'vitest';
import { FOOT_MAX_LINES, layoutSlide, runOn, type SlideText } from './slide-layout.ts';

const measure = (s: string, px: number) => s.length * px * 0.5;
const text = (n: number): SlideText => ({
  title: 'Cooperation Atlas — The ICAC',
  subtitle: 'All entity types · 2024',
  date: '7 Dec 2026',
  sourcesHeading: 'Sources:',
  sources: Array.from({ length: n }, (_, i) => `Source number ${i + 1} with a long title, a publisher and a date (2024)`),
  continued: (from, to) => `Sources ${from}–${to} continue on the next page`,
  pageHeading: 'Sources (continued)',
});

describe('layoutSlide', () => {
  it('is 16:9 in both sizes, the picture between the header and the footnote', () => {
    for (const size of ['hd', 'uhd'] as const) {
      const l = layoutSlide(text(3), size, measure);
      expect(l.width / l.height).toBeCloseTo(16 / 9, 5);
      expect(l.body.y).toBeGreaterThan(0);
      expect(l.body.y + l.body.height).toBeLessThan(l.footTop);
      expect(l.footTop + l.foot.length * 22 * l.k).toBeLessThanOrEqual(l.height);
      expect(l.body.height / l.height).toBeGreaterThan(0.6);
      expect(l.onSlide).toBe(3);
      expect(l.pages).toEqual([]);
    }
    expect(layoutSlide(text(3), 'uhd', measure).k).toBe(2);
    expect(layoutSlide(text(3), 'hd', measure).subtitle).toEqual(['All entity types · 2024  ·  7 Dec 2026']);
    // A subtitle that fills its line: the date goes whole on a line of its own.
    const long = layoutSlide({ ...text(3), subtitle: 'x'.repeat(170) }, 'hd', measure);
    expect(long.subtitle[long.subtitle.length - 1]).toBe('7 Dec 2026');
  });

  it('never cuts a source: what does not fit goes on further pages, every source whole and in order', () => {
    const l = layoutSlide(text(40), 'hd', measure);
    expect(l.foot.length).toBeLessThanOrEqual(FOOT_MAX_LINES);
    expect(l.foot[l.foot.length - 1]).toBe(`Sources ${l.onSlide + 1}–40 continue on the next page`);
    expect(l.pages.length).toBeGreaterThan(0);
    const all = [...l.foot.slice(0, -1), ...l.pages.flat()].join(' ');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`[${i}] Source number ${i} with a long title`);
    // In order: each number's first appearance comes after the one before.
    const at = Array.from({ length: 40 }, (_, i) => all.indexOf(`[${i + 1}] `));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const line of l.foot) expect(measure(line, 16)).toBeLessThanOrEqual(1920 - 88 + 1e-6);
    for (const line of l.pages.flat()) expect(measure(line, 22)).toBeLessThanOrEqual(1920 - 88 + 1e-6);
  });

  it('runs short sources on, several to a line', () => {
    const r = runOn(['[1] A', '[2] B', '[3] C'], 400, (s) => s.length * 8, 2, 'Sources: ');
    expect(r).toEqual({ lines: ['Sources: [1] A  ·  [2] B  ·  [3] C'], fitted: 3 });
  });
});
