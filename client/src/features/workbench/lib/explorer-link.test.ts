// Unit: "Open in Explorer" URLs — replace (no base graph, only the result's nodes) and add (the
// last explorer view plus the nodes), read back with the explorer's own URL parser.
import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../../lib/url-state.ts';
import { MAX_PINS, explorerLink } from './explorer-link.ts';

const stateOf = (href: string) => parseViewState(href.split('?')[1] ?? '');

describe('explorer links', () => {
  it("replace: limit 0 and the nodes pinned, in the console's language", () => {
    const l = explorerLink('replace', ['icac', 'wco', 'icac'], { lang: 'zh' });
    expect(l.href).toBe('/?limit=0&pins=icac,wco&lang=zh');
    const s = stateOf(l.href);
    expect(s.limit).toBe(0);
    expect(s.pins).toEqual(['icac', 'wco']);
    expect(s.lang).toBe('zh');
  });

  it('add: keeps the last view (filters, selection, expansions, pins) and adds the nodes, unhiding them', () => {
    const last = 'sel=icac&from=2020&exp=iaaca&pins=hk&hide=wco,uncac&layout=concentric';
    const s = stateOf(explorerLink('add', ['wco', 'hk', 'unodc'], { lang: 'en', lastExplorerSearch: last }).href);
    expect(s.sel).toBe('icac');
    expect(s.from).toBe(2020);
    expect(s.layout).toBe('concentric');
    expect(s.expansions.map((e) => e.id)).toEqual(['iaaca']);
    expect(s.pins).toEqual(['hk', 'wco', 'unodc']);
    expect(s.hidden).toEqual(['uncac']);
    expect(s.limit).toBe(300);
  });

  it('add with no last view: the default view plus the nodes', () => {
    const s = stateOf(explorerLink('add', ['icac'], { lang: 'en' }).href);
    expect(s.pins).toEqual(['icac']);
    expect(s.limit).toBe(300);
  });

  it('leaves out nodes without a slug id and caps the number of pins', () => {
    const ids = ['_4:abc:1', 'ok', ...Array.from({ length: MAX_PINS + 5 }, (_, i) => `n-${i}`)];
    const l = explorerLink('replace', ids, { lang: 'en' });
    expect(l.skipped).toBe(1);
    expect(l.ids).toHaveLength(MAX_PINS);
    expect(l.capped).toBe(6);
  });
});
