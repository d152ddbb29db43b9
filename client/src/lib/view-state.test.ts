// Unit: view-state transitions (expand/collapse/hide/reveal/time window) and undo/redo history.
import { describe, expect, it } from 'vitest';
import { EXPAND_CAP, YEAR_MAX, YEAR_MIN, commit, defaultViewState, initHistory, redo, undo, viewActions as A } from './view-state.ts';

describe('view actions', () => {
  it('expanding twice shows more instead of adding a duplicate', () => {
    let s = A.expand(defaultViewState(), 'icac');
    s = A.expand(s, 'icac');
    expect(s.expansions).toEqual([{ id: 'icac', limit: EXPAND_CAP * 2 }]);
  });

  it('an "all types" expansion replaces typed ones of the same node', () => {
    let s = A.expand(defaultViewState(), 'icac', 'SIGNED');
    s = A.expand(s, 'wco', 'MEMBER_OF');
    s = A.expand(s, 'icac');
    expect(s.expansions.map((e) => `${e.id}:${e.type ?? '*'}`)).toEqual(['wco:MEMBER_OF', 'icac:*']);
  });

  it('collapse removes every expansion of that node only', () => {
    let s = A.expand(A.expand(A.expand(defaultViewState(), 'icac', 'SIGNED'), 'icac', 'VISITED'), 'wco');
    s = A.collapse(s, 'icac');
    expect(s.expansions.map((e) => e.id)).toEqual(['wco']);
    expect(A.collapse(s, 'nothing')).toBe(s);
  });

  it('hide drops the node from pins, expansions and selection', () => {
    let s = A.reveal(defaultViewState(), 'icac', false);
    s = A.expand(s, 'icac');
    s = A.hide(s, 'icac');
    expect(s.hidden).toEqual(['icac']);
    expect(s.pins).toEqual([]);
    expect(s.expansions).toEqual([]);
    expect(s.sel).toBeUndefined();
  });

  it('reveal pins a node only when it is not already on the canvas, and selects it', () => {
    expect(A.reveal(defaultViewState(), 'icac', true)).toMatchObject({ sel: 'icac', pins: [] });
    expect(A.reveal({ ...defaultViewState(), hidden: ['icac'] }, 'icac', false)).toMatchObject({ sel: 'icac', pins: ['icac'], hidden: [] });
  });

  it('time window is clamped, ordered, and the full range means no window', () => {
    const s = defaultViewState();
    expect(A.setWindow(s, 2030, 2020)).toMatchObject({ from: 2020, to: YEAR_MAX });
    expect(A.setWindow(s, 1990, 2030)).toBe(s);
    expect(A.setWindow(s, YEAR_MIN, YEAR_MAX)).toBe(s);
    expect(A.setWindow(s, 2024, 2018)).toMatchObject({ from: 2018, to: 2024 });
  });

  it('"Shared ties": opening the tab starts from the selection; compare, swap, clear', () => {
    const sel = A.selectNode(defaultViewState(), 'icac');
    expect(A.setTab(sel, 'common')).toMatchObject({ tab: 'common', common: { a: 'icac' } });
    // Nothing selected: nothing prefilled; something already compared: kept as it is.
    expect(A.setTab(defaultViewState(), 'common').common).toBeUndefined();
    const compared = A.setCommon(sel, 'icac', 'customs-hk');
    expect(compared).toMatchObject({ tab: 'common', common: { a: 'icac', b: 'customs-hk' } });
    expect(A.setTab(A.setTab(compared, 'details'), 'common').common).toEqual({ a: 'icac', b: 'customs-hk' });
    expect(A.swapCommon(compared).common).toEqual({ a: 'customs-hk', b: 'icac' });
    expect(A.setCommon(sel, 'icac', 'icac').common).toEqual({ a: 'icac' });
    expect(A.compareFrom(compared, 'wco')).toMatchObject({ tab: 'common', common: { a: 'wco' } });
    expect(A.clearCommon(compared).common).toBeUndefined();
    expect(A.clearCommon(sel)).toBe(sel);
    // Going to an entity from the list shows its details; the comparison stays for the tab.
    expect(A.reveal(compared, 'wco', true)).toMatchObject({ sel: 'wco', tab: 'details', common: { a: 'icac', b: 'customs-hk' } });
  });

  it('toggling a type from "all" keeps every other type, and back to all gives null', () => {
    const all = ['A', 'B', 'C'];
    const s = A.toggleType(defaultViewState(), 'B', all);
    expect(s.types).toEqual(['A', 'C']);
    expect(A.toggleType(s, 'B', all).types).toBeNull();
  });
});

describe('history', () => {
  it('undoes and redoes, and a new change clears the redo stack', () => {
    let h = initHistory(defaultViewState());
    h = commit(h, A.selectNode(h.present, 'icac'));
    h = commit(h, A.expand(h.present, 'icac'));
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present.expansions).toEqual([]);
    expect(h.present.sel).toBe('icac');
    h = redo(h);
    expect(h.present.expansions).toHaveLength(1);
    h = undo(undo(h));
    expect(h.present.sel).toBeUndefined();
    h = commit(h, A.setLang(h.present, 'zh'));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('ignores changes that change nothing', () => {
    const h = initHistory(defaultViewState());
    expect(commit(h, { ...h.present })).toBe(h);
  });

  it('keeps at most 100 steps', () => {
    let h = initHistory(defaultViewState());
    for (let i = 0; i < 150; i++) h = commit(h, A.setLimit(h.present, i + 1));
    expect(h.past).toHaveLength(100);
  });
});
