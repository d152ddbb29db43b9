// Unit: how result cells read in the table — ids that are nodes and maps with an id as named
// chips (Chinese names in Chinese), lists as lists, maps as fields, dates as dates, large numbers
// grouped, relationship types with their Chinese name — while CSV keeps the raw values.
import { describe, expect, it } from 'vitest';
import type { NodeRef } from '../../../../../server/shared/contracts.ts';
import { cellDisplay, displayText, type Display, type DisplayContext } from './cell-display.ts';
import { toCsv } from './csv.ts';

const refs = new Map<string, NodeRef>(
  [
    { id: 'icac', label: 'Agency', name: 'Independent Commission Against Corruption', nameZh: '廉政公署' },
    { id: 'iaaca', label: 'Organisation', name: 'International Association of Anti-Corruption Authorities', nameZh: '國際反貪局聯合會' },
    { id: 'interpol', label: 'Organisation', name: 'Interpol' },
    {
      id: 'icac-ar-2024-ch6',
      label: 'Source',
      name: 'ICAC Annual Report 2024, Chapter 6: Community Relations and International Cooperation',
    },
  ].map((r) => [r.id, r]),
);
const ctx = (lang: 'en' | 'zh', idColumns: string[] = []): DisplayContext => ({ lang, refs, idColumns: new Set(idColumns) });

describe('cell display', () => {
  it('shows an id that is a node as a named chip with its label, in Chinese when the node has a Chinese name', () => {
    expect(cellDisplay('icac', 'partner', ctx('en', ['partner']))).toMatchObject({
      kind: 'entity',
      name: 'Independent Commission Against Corruption',
      id: 'icac',
      label: 'Agency',
      showId: true,
    });
    const zh = cellDisplay('icac', 'partner', ctx('zh', ['partner']));
    expect(zh).toMatchObject({ kind: 'entity', name: '廉政公署' });
    expect((zh as { title: string }).title).toContain('Independent Commission Against Corruption');
    // No Chinese name: the English one, never an empty chip.
    expect(cellDisplay('interpol', 'partner', ctx('zh', ['partner']))).toMatchObject({ name: 'Interpol' });
  });

  it('leaves strings as text outside id columns, and ids that are no node', () => {
    expect(cellDisplay('icac', 'note', ctx('en', ['partner']))).toEqual({ kind: 'text', text: 'icac' });
    expect(cellDisplay('association', 'kind', ctx('en', ['kind']))).toEqual({ kind: 'text', text: 'association' });
  });

  it('names documents by their id (titles run long), with the title in the tooltip', () => {
    const d = cellDisplay(['icac-ar-2024-ch6'], 'sources', ctx('en', ['sources']));
    expect(d).toMatchObject({ kind: 'list', items: [{ kind: 'entity', name: 'icac-ar-2024-ch6', document: true, showId: false }] });
    expect((d as { items: { title: string }[] }).items[0]!.title).toContain('Community Relations');
  });

  it('shows a map with an id as a named chip with its other fields, using the nameZh it carries', () => {
    const v = { id: 'wco', name: 'World Customs Organization', nameZh: '世界海關組織', how: 'MEMBER_OF', since: '2024-05', through: null };
    const en = cellDisplay(v, 'links', ctx('en'));
    expect(en).toMatchObject({ kind: 'record', head: { kind: 'entity', name: 'World Customs Organization', id: 'wco' } });
    expect(displayText(en)).toBe('World Customs Organization · how MEMBER_OF · since May 2024');
    expect(displayText(cellDisplay(v, 'links', ctx('zh')))).toBe('世界海關組織 · how MEMBER_OF 成員 · since 2024年5月');
  });

  it('shows a list of maps without ids one per line, as fields, never as JSON', () => {
    // Neo4j sends map keys in no useful order: the relationship type comes first.
    const v = [
      { through: 'Hong Kong Special Administrative Region', how: 'MEMBER_OF' },
      { through: null, how: 'HOLDS_ROLE' },
    ];
    const d = cellDisplay(v, 'viaA', ctx('en'));
    expect(d).toMatchObject({ kind: 'list', block: true });
    expect(displayText(d)).toBe('how MEMBER_OF · through Hong Kong Special Administrative Region, how HOLDS_ROLE');
    expect(displayText(d)).not.toContain('{');
  });

  it('reads partial dates as dates, keeps bare years, groups large numbers only', () => {
    expect(cellDisplay('2024-05-13', 'date', ctx('en'))).toEqual({ kind: 'date', text: '13 May 2024', title: '2024-05-13' });
    expect(cellDisplay('2024-05', 'date', ctx('zh'))).toEqual({ kind: 'date', text: '2024年5月', title: '2024-05' });
    expect(cellDisplay('2024', 'year', ctx('en'))).toEqual({ kind: 'text', text: '2024' });
    expect(cellDisplay(2024, 'year', ctx('en'))).toEqual({ kind: 'number', text: '2024' });
    expect(cellDisplay(1234567, 'n', ctx('en'))).toEqual({ kind: 'number', text: '1,234,567', title: '1234567' });
    expect(cellDisplay(0.25, 'share', ctx('en'))).toEqual({ kind: 'number', text: '0.25' });
  });

  it('shows nodes by name, in Chinese from their nameZh property', () => {
    const node = {
      id: 'icac',
      label: 'Agency',
      labels: ['Agency', 'Entity'],
      name: 'Independent Commission Against Corruption',
      properties: { id: 'icac', nameZh: '廉政公署' },
    };
    expect(cellDisplay(node, 'a', ctx('zh'))).toMatchObject({ kind: 'entity', name: '廉政公署', id: 'icac', showId: true });
    expect(cellDisplay([node], 'a', ctx('en'))).toMatchObject({ kind: 'list', items: [{ kind: 'entity', showId: false }] });
  });

  it('does not change what the CSV export writes', () => {
    const rows = [{ organisation: 'iaaca', viaA: [{ how: 'MEMBER_OF', through: null }], since: '2024-05', n: 12345 }];
    expect(toCsv(['organisation', 'viaA', 'since', 'n'], rows).split('\r\n')[1]).toBe(
      'iaaca,"[{""how"":""MEMBER_OF"",""through"":null}]",2024-05,12345',
    );
    const kinds = (d: Display): string[] => (d.kind === 'list' ? d.items.flatMap(kinds) : [d.kind]);
    expect(kinds(cellDisplay(rows[0]!.viaA, 'viaA', ctx('en')))).toEqual(['record']);
  });
});
