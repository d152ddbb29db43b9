// Chart exports as slides: every word fits, nothing is cut with "…", every milestone and source
// is listed whole (on a further slide when the first has no room), in both languages; measured
// with a fake text measure.
import { describe, expect, it } from 'vitest';
import { fixedT, type Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import { composeExport, EXPORT_FRAME, milestoneItems, sourceItems } from './chart-export.ts';
import { buildChartModel } from './chart-series.ts';
import { footnoteLines, itemsFromLines, paginate, tokens, wrapText } from './export-layout.ts';
import { fakeMeasure, GLOBE, IAACA, SOURCES } from './fixtures/fixtures.ts';

const SEP = '   ';
const width = (s: string, size: number, bold = false) => fakeMeasure(s.trimEnd(), size, bold);

describe('wrapping', () => {
  it('breaks English at spaces and Chinese between characters, never wider than the line, nothing dropped', () => {
    const en = 'IAACA training course for anti-graft fighters across the Central Asian region (2024) (IAACA: organiser)';
    const zh = '國際反貪局聯合會：廉政公署第八屆國際會議（聯合主辦）及加強國際合作預防和打擊貪腐香港宣言';
    for (const text of [en, zh, `${en} ${zh}`]) {
      const lines = wrapText(text, 200, fakeMeasure, 14);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(width(l, 14)).toBeLessThanOrEqual(200);
      expect(lines.length).toBeGreaterThan(1);
    }
    expect(tokens('a bc  國際 d')).toEqual(['a ', 'bc  ', '國', '際 ', 'd']);
    // A word longer than a line (a URL) is broken at characters rather than cut.
    const url = 'https://www.example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all';
    const lines = wrapText(url, 120, fakeMeasure, 14);
    expect(lines.join('')).toBe(url);
    for (const l of lines) expect(width(l, 14)).toBeLessThanOrEqual(120);
  });
});

describe('the footnote', () => {
  const sections = [
    { heading: 'Milestones:', items: ['① 2022 ICAC: President, IAACA (2022–)', '② 2024 8th ICAC Symposium (IAACA: co-host)', '③ 2025 x'] },
    {
      heading: 'Sources:',
      items: Array.from({ length: 9 }, (_, i) => `[${i + 1}] A source with a rather long title number ${i + 1} — Publisher, 2024`),
    },
  ];

  it('runs items on compactly, each section on a new line, every item whole and every line within the width', () => {
    const lines = footnoteLines({ sections, width: 800, measure: fakeMeasure, fontSize: 14, separator: SEP });
    for (const l of lines) expect(width(l.text, 14)).toBeLessThanOrEqual(800);
    expect(itemsFromLines(lines, 0, SEP)).toEqual(sections[0]!.items);
    expect(itemsFromLines(lines, 1, SEP).map((s) => s.trim())).toEqual(sections[1]!.items);
    // Compact: the three milestones share lines with their heading.
    expect(lines[0]!.text.startsWith('Milestones: ① 2022')).toBe(true);
    expect(lines.filter((l) => l.parts.some((p) => p.section === 0)).length).toBeLessThan(3);
    expect(lines.find((l) => l.text.startsWith('Sources:'))).toBeDefined();
    // Items on one line are set apart.
    expect(lines[0]!.text).toContain(`(2022–)${SEP}②`);
  });

  it('goes on to further pages when it does not fit, saying so, with no line lost', () => {
    const lines = footnoteLines({ sections, width: 400, measure: fakeMeasure, fontSize: 14, separator: SEP });
    expect(lines.length).toBeGreaterThan(6);
    const paged = paginate(lines, 5, 4, (n) => `Continued (${n} slides)`);
    expect(paged.first).toHaveLength(5);
    expect(paged.first[4]).toBe(`Continued (${paged.more.length + 1} slides)`);
    for (const page of paged.more) expect(page.length).toBeLessThanOrEqual(4);
    expect([...paged.first.slice(0, 4), ...paged.more.flat()]).toEqual(lines.map((l) => l.text));
    const fits = paginate(lines, lines.length, 4, () => 'x');
    expect(fits.more).toEqual([]);
    expect(fits.first).not.toContain('x');
  });
});

type Text = { type: string; x: number; y: number; style: { text: string; fontSize: number; fontWeight?: string } };
const texts = (option: unknown) =>
  ((option as { graphic: { elements: Text[] } }).graphic.elements ?? []).filter((e) => e.type === 'text' && e.style.text);

describe.each(['en', 'zh'] as Lang[])('a chart exported as slides (%s)', (lang) => {
  const t = fixedT(lang, 'presenter');

  it('has a title, the date, every milestone and every source, and no word outside the 16:9 frame', () => {
    const model = buildChartModel([IAACA, GLOBE], { milestones: 'curated', lang });
    const out = composeExport({
      model,
      lang,
      t,
      measure: fakeMeasure,
      title: t('chartTitle', { orgs: 'IAACA' }),
      date: '2026-12-01',
      url: 'http://127.0.0.1:8080/present/charts?orgs=iaaca,globe-network',
      sources: SOURCES,
    });
    const words = out.pages.flatMap((p) => texts(p).map((e) => e.style.text)).join('\n');
    expect(words).toContain(t('chartTitle', { orgs: 'IAACA' }));
    expect(words).toContain(t('exportDated', { date: formatDate('2026-12-01', lang) }));
    expect(formatDate('2026-12-01', lang)).toMatch(/2026/);
    const laid = out.footnote.all;
    expect(itemsFromLines(laid, 0, SEP)).toEqual(milestoneItems(model, lang));
    expect(itemsFromLines(laid, 1, SEP).map((s) => s.trim())).toEqual(sourceItems(model, lang, SOURCES));
    // Every milestone on the chart and every source behind it.
    const nMilestones = model.milestones.reduce((n, c) => n + c.items.length, 0);
    expect(out.milestoneItems).toHaveLength(nMilestones);
    expect(out.sourceItems).toHaveLength(model.sources.length);
    expect(model.sources.length).toBeGreaterThan(3);
    for (const page of out.pages)
      for (const e of texts(page)) {
        expect(e.style.text).not.toContain('…');
        if (typeof e.x !== 'number') continue;
        expect(e.x + width(e.style.text, e.style.fontSize, e.style.fontWeight === 'bold')).toBeLessThanOrEqual(EXPORT_FRAME.width);
        expect(e.y + e.style.fontSize * 1.2).toBeLessThanOrEqual(EXPORT_FRAME.height);
      }
    if (lang === 'zh') expect(words).toContain('廉政公署：國際反貪局聯合會主席（2022年–）');
  });

  it('puts what does not fit onto a second slide, and the first says so', () => {
    const model = buildChartModel([IAACA], { milestones: 'curated', lang });
    // Forty more sources than the seed has: far more than a footnote holds.
    const many = new Map<string, SourceRef>(SOURCES);
    for (let i = 0; i < 40; i++) {
      const id = `extra-${i}`;
      model.sources.push(id);
      many.set(id, {
        id,
        title: `Annual report ${2000 + i} of a member authority, with a long title`,
        publisher: 'Publisher',
        date: '2024',
      });
    }
    const out = composeExport({
      model,
      lang,
      t,
      measure: fakeMeasure,
      title: 'IAACA',
      date: '2026-12-01',
      url: 'http://x/',
      sources: many,
    });
    expect(out.pages.length).toBeGreaterThan(1);
    const first = texts(out.pages[0]).map((e) => e.style.text);
    expect(first).toContain(t('continuedOnPages', { pages: out.pages.length }));
    const all = out.pages.flatMap((p) => texts(p).map((e) => e.style.text)).join('\n');
    for (let i = 0; i < 40; i++) expect(all.replace(/\n/g, '')).toContain(`Annual report ${2000 + i}`);
    expect(itemsFromLines(out.footnote.all, 1, SEP)).toHaveLength(model.sources.length);
    for (const page of out.pages)
      for (const e of texts(page)) expect(e.y + e.style.fontSize * 1.2).toBeLessThanOrEqual(EXPORT_FRAME.height);
  });
});
