// Unit: the URL (de)serialiser round-trips every view setting and rejects malformed values.
import { DRAWABLE_REL_TYPES } from '../../../server/shared/vocabulary.ts';
import { describe, expect, it } from 'vitest';
import { parseExpansion, parseViewState, serializeViewState } from './url-state.ts';
import { defaultViewState, type ViewState } from './view-state.ts';

describe('url-state', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(defaultViewState())).toBe('');
    expect(parseViewState('')).toEqual(defaultViewState());
  });

  it('round-trips a full view', () => {
    const s: ViewState = {
      ...defaultViewState(),
      sel: 'icac',
      labels: ['Agency', 'Organisation'],
      types: ['MEMBER_OF', 'SIGNED'],
      places: ['hk', 'r:Asia/Pacific'],
      from: 2018,
      to: 2024,
      includeReference: true,
      limit: 500,
      layout: 'breadthfirst',
      orient: 'LR',
      expansions: [
        { id: 'icac', limit: 25 },
        { id: 'wco', type: 'MEMBER_OF', limit: 50 },
      ],
      pins: ['uncac'],
      hidden: ['hk'],
      path: { from: 'icac', to: 'wco', maxHops: 5 },
      lang: 'zh',
      sizeByDegree: false,
      webgl: true,
      source: 'icac-ar-2024-ch6',
      tab: 'paths',
    };
    const q = serializeViewState(s);
    expect(q).toContain('exp=icac,wco:MEMBER_OF@50');
    expect(q).toContain('path=icac~wco');
    expect(parseViewState(`?${q}`)).toEqual(s);
  });

  it('keeps an edge selection only when no node is selected', () => {
    const s = { ...defaultViewState(), edge: 'SIGNED:icac->mou-icac-unodc-2024' };
    expect(parseViewState(serializeViewState(s)).edge).toBe('SIGNED:icac->mou-icac-unodc-2024');
    expect(parseViewState('sel=icac&edge=x').edge).toBeUndefined();
  });

  it('names the few types left out rather than the many kept', () => {
    const all = [...DRAWABLE_REL_TYPES];
    const s = { ...defaultViewState(), types: all.filter((t) => t !== 'HAS_COUNT' && t !== 'HAS_STATISTIC') };
    const q = serializeViewState(s);
    expect(new URLSearchParams(q).get('hidetypes')).toBe('HAS_COUNT,HAS_STATISTIC');
    expect(new URLSearchParams(q).get('types')).toBeNull();
    expect(parseViewState(q).types).toEqual(s.types);
    // A few kept: listed as before; old links with the full list still open the same view.
    expect(new URLSearchParams(serializeViewState({ ...defaultViewState(), types: ['SIGNED'] })).get('types')).toBe('SIGNED');
    expect(parseViewState(`types=${s.types.join(',')}`).types).toEqual(s.types);
  });

  it('distinguishes "no labels / no types" from the defaults', () => {
    const s = { ...defaultViewState(), labels: [], types: [] };
    const q = serializeViewState(s);
    expect(q).toContain('labels=-');
    expect(q).toContain('types=-');
    const back = parseViewState(q);
    expect(back.labels).toEqual([]);
    expect(back.types).toEqual([]);
  });

  it('drops malformed values from a hand-edited URL', () => {
    const s = parseViewState(
      'sel=ICAC!&labels=Agency,Bogus&types=member_of,SIGNED&from=1900&to=2024&layout=spiral&exp=ok,BAD,x:lower,y@9999&path=icac~icac&hops=99&lang=fr&src=../etc',
    );
    expect(s.sel).toBeUndefined();
    expect(s.labels).toEqual(['Agency']);
    expect(s.types).toEqual(['SIGNED']);
    expect(s.from).toBeUndefined();
    expect(s.to).toBe(2024);
    expect(s.layout).toBe('fcose');
    expect(s.expansions).toEqual([{ id: 'ok', limit: 25 }]);
    expect(s.path).toBeUndefined();
    expect(s.lang).toBe('en');
    expect(s.source).toBeUndefined();
  });

  it('round-trips limit 0 (no base graph: only pinned nodes, as the console\'s "Replace canvas" asks)', () => {
    const s = { ...defaultViewState(), limit: 0, pins: ['icac', 'wco'] };
    const q = serializeViewState(s);
    expect(q).toBe('limit=0&pins=icac,wco');
    expect(parseViewState(q)).toEqual(s);
    expect(parseViewState('limit=-1').limit).toBe(defaultViewState().limit);
  });

  it('reads a URL without a limit as the default view, not as limit 0', () => {
    expect(parseViewState('').limit).toBe(defaultViewState().limit);
    expect(parseViewState('sel=icac').limit).toBe(defaultViewState().limit);
  });

  it('orders a reversed time window', () => {
    const s = parseViewState('from=2024&to=2010');
    expect([s.from, s.to]).toEqual([2010, 2024]);
  });

  it('parses expansions with type and limit', () => {
    expect(parseExpansion('iaaca:MEMBER_OF@75')).toEqual({ id: 'iaaca', type: 'MEMBER_OF', limit: 75 });
    expect(parseExpansion('iaaca@0')).toBeUndefined();
    expect(parseExpansion('a b')).toBeUndefined();
  });

  it('round-trips the entities compared in "Shared ties" as common=a,b, opening that tab without tab=', () => {
    const s: ViewState = { ...defaultViewState(), common: { a: 'icac', b: 'customs-hk' }, tab: 'common' };
    const q = serializeViewState(s);
    expect(q).toBe('common=icac,customs-hk');
    expect(parseViewState(`?${q}`)).toEqual(s);
    // Only the first picked so far.
    const one: ViewState = { ...defaultViewState(), common: { a: 'icac' }, tab: 'common' };
    expect(serializeViewState(one)).toBe('common=icac');
    expect(parseViewState('common=icac')).toEqual(one);
    // Compared, but another tab open: the tab is written, and read back.
    const details: ViewState = { ...defaultViewState(), sel: 'wco', common: { a: 'icac', b: 'customs-hk' }, tab: 'details' };
    expect(serializeViewState(details)).toBe('sel=wco&common=icac,customs-hk&tab=details');
    expect(parseViewState(serializeViewState(details))).toEqual(details);
    const paths: ViewState = { ...details, tab: 'paths' };
    expect(parseViewState(serializeViewState(paths))).toEqual(paths);
    // The tab alone, nothing compared yet.
    const empty: ViewState = { ...defaultViewState(), tab: 'common' };
    expect(serializeViewState(empty)).toBe('tab=common');
    expect(parseViewState('tab=common')).toEqual(empty);
  });

  it('drops malformed or repeated entities from common=', () => {
    expect(parseViewState('common=icac,icac').common).toEqual({ a: 'icac' });
    expect(parseViewState('common=ICAC,wco').common).toBeUndefined();
    expect(parseViewState('common=icac,../x').common).toEqual({ a: 'icac' });
    expect(parseViewState('common=').common).toBeUndefined();
    expect(parseViewState('common=').tab).toBe('details');
    expect(parseViewState('common=icac,wco&tab=bogus').tab).toBe('common');
  });

  it('removes duplicate expansions', () => {
    expect(parseViewState('exp=icac,icac,icac:SIGNED').expansions).toHaveLength(2);
  });
});

describe('dated facts only in the URL', () => {
  it('writes dated=1 only when on, and reads it back', () => {
    const s = { ...defaultViewState(), from: 2024, to: 2024, datedOnly: true };
    const q = serializeViewState(s);
    expect(q).toContain('dated=1');
    expect(parseViewState(q).datedOnly).toBe(true);
    expect(serializeViewState(defaultViewState())).not.toContain('dated');
    expect(parseViewState('dated=yes').datedOnly).toBe(false);
  });
});
