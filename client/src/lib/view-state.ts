// The Explorer's view state: everything that defines what is on screen (filters, time window,
// expansions, pins, selection, layout, language). It lives in the URL and in the undo history;
// all changes go through the pure `viewActions` below so they can be tested and undone.

import {
  DEFAULT_LABELS as SHARED_DEFAULT_LABELS,
  DRAWABLE_LABELS,
  type LayoutName,
  type Orientation,
} from '../../../server/shared/vocabulary.ts';

export { LAYOUTS, ORIENTATIONS, type LayoutName, type Orientation } from '../../../server/shared/vocabulary.ts';
export type Lang = 'en' | 'zh';
export type PanelTab = 'details' | 'paths' | 'common';
/** The right panel's tabs, in order. */
export const PANEL_TABS: readonly PanelTab[] = ['details', 'paths', 'common'];

/** Labels drawn by default (the server's default set). */
export const DEFAULT_LABELS: string[] = [...SHARED_DEFAULT_LABELS];
/** Every label the Explorer can draw, in legend order. */
export const ALL_LABELS: string[] = [...DRAWABLE_LABELS];

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2026;
export const EXPAND_CAP = 25;
export const BASE_LIMIT = 300;

export interface Expansion {
  /** The node whose neighbours are shown. */
  id: string;
  /** Only neighbours over this relationship type (all types when absent). */
  type?: string;
  /** How many new neighbours to show ("+N more" raises it). */
  limit: number;
}

export interface ViewState {
  /** Selected node id. */
  sel?: string;
  /** Selected edge id (when no node is selected). */
  edge?: string;
  labels: string[];
  /** Relationship types to draw; null = all of them. */
  types: string[] | null;
  /** Jurisdiction ids and regions (`r:Europe`) to restrict the view to; empty = everywhere. */
  places: string[];
  from?: number;
  to?: number;
  /** Only what is dated (in the window) and who takes part in it; undated facts left out. */
  datedOnly: boolean;
  includeReference: boolean;
  /** Largest base graph; 0 = no base graph, only pins, expansions and the path. */
  limit: number;
  layout: LayoutName;
  orient: Orientation;
  expansions: Expansion[];
  /** Nodes added by hand (search, navigation), shown whatever the filters say. */
  pins: string[];
  hidden: string[];
  path?: { from: string; to: string; maxHops: number };
  /** The two entities compared in the "Shared ties" tab (`b` absent while the second is being picked). */
  common?: { a: string; b?: string };
  lang: Lang;
  sizeByDegree: boolean;
  webgl: boolean;
  /** Source document open in the side panel. */
  source?: string;
  tab: PanelTab;
}

export function defaultViewState(): ViewState {
  return {
    labels: [...DEFAULT_LABELS],
    types: null,
    places: [],
    datedOnly: false,
    includeReference: false,
    limit: BASE_LIMIT,
    layout: 'fcose',
    orient: 'TB',
    expansions: [],
    pins: [],
    hidden: [],
    lang: 'en',
    sizeByDegree: true,
    webgl: false,
    tab: 'details',
  };
}

const without = <T>(list: T[], v: T) => list.filter((x) => x !== v);
const withItem = <T>(list: T[], v: T) => (list.includes(v) ? list : [...list, v]);
const toggle = <T>(list: T[], v: T) => (list.includes(v) ? without(list, v) : [...list, v]);

/** Pure state transitions. Each returns a new state (or the same object when nothing changes). */
export const viewActions = {
  selectNode(s: ViewState, id: string | undefined): ViewState {
    if (s.sel === id && !s.edge && !s.source) return s;
    return { ...s, sel: id, edge: undefined, source: undefined, tab: id ? 'details' : s.tab };
  },
  selectEdge(s: ViewState, id: string | undefined): ViewState {
    if (s.edge === id && !s.sel) return s;
    return { ...s, edge: id, sel: undefined, source: undefined, tab: id ? 'details' : s.tab };
  },
  clearSelection(s: ViewState): ViewState {
    if (!s.sel && !s.edge && !s.source) return s;
    return { ...s, sel: undefined, edge: undefined, source: undefined };
  },
  /** Search pick or navigation: make sure the node is on the canvas, then select it. */
  reveal(s: ViewState, id: string, inView: boolean): ViewState {
    return {
      ...s,
      pins: inView ? s.pins : withItem(s.pins, id),
      hidden: without(s.hidden, id),
      sel: id,
      edge: undefined,
      source: undefined,
      tab: 'details',
    };
  },
  toggleLabel(s: ViewState, label: string): ViewState {
    return { ...s, labels: toggle(s.labels, label) };
  },
  setLabels(s: ViewState, labels: string[]): ViewState {
    return { ...s, labels };
  },
  /** `all` is the full list of types: toggling from "all" keeps every other one. */
  toggleType(s: ViewState, type: string, all: string[]): ViewState {
    const current = s.types ?? all;
    const next = toggle(current, type);
    return { ...s, types: all.length && all.every((t) => next.includes(t)) ? null : next };
  },
  setTypes(s: ViewState, types: string[] | null): ViewState {
    return { ...s, types };
  },
  togglePlace(s: ViewState, place: string): ViewState {
    return { ...s, places: toggle(s.places, place) };
  },
  setPlaces(s: ViewState, places: string[]): ViewState {
    return { ...s, places };
  },
  setWindow(s: ViewState, from: number | undefined, to: number | undefined): ViewState {
    let f = from === undefined ? undefined : clampYear(from);
    let t = to === undefined ? undefined : clampYear(to);
    if (f !== undefined && t !== undefined && f > t) [f, t] = [t, f];
    // The full range is the same as no window (undated facts are always kept by the server).
    if (f === YEAR_MIN && t === YEAR_MAX) f = t = undefined;
    if (f === s.from && t === s.to) return s;
    return { ...s, from: f, to: t };
  },
  setDatedOnly(s: ViewState, on: boolean): ViewState {
    return s.datedOnly === on ? s : { ...s, datedOnly: on };
  },
  setIncludeReference(s: ViewState, on: boolean): ViewState {
    return { ...s, includeReference: on };
  },
  setLimit(s: ViewState, limit: number): ViewState {
    return { ...s, limit: Math.max(1, Math.min(2000, Math.trunc(limit))) };
  },
  setLayout(s: ViewState, layout: LayoutName, orient: Orientation = s.orient): ViewState {
    return { ...s, layout, orient };
  },
  expand(s: ViewState, id: string, type?: string): ViewState {
    const same = s.expansions.find((e) => e.id === id && e.type === type);
    if (same) return viewActions.showMore(s, id, type);
    // "All types" supersedes the node's typed expansions.
    const kept = type ? s.expansions : s.expansions.filter((e) => e.id !== id);
    return { ...s, expansions: [...kept, { id, type, limit: EXPAND_CAP }], hidden: without(s.hidden, id) };
  },
  showMore(s: ViewState, id: string, type?: string, by = EXPAND_CAP): ViewState {
    return {
      ...s,
      expansions: s.expansions.map((e) => (e.id === id && e.type === type ? { ...e, limit: Math.min(500, e.limit + by) } : e)),
    };
  },
  collapse(s: ViewState, id: string): ViewState {
    if (!s.expansions.some((e) => e.id === id)) return s;
    return { ...s, expansions: s.expansions.filter((e) => e.id !== id) };
  },
  hide(s: ViewState, id: string): ViewState {
    return {
      ...s,
      hidden: withItem(s.hidden, id),
      pins: without(s.pins, id),
      expansions: s.expansions.filter((e) => e.id !== id),
      sel: s.sel === id ? undefined : s.sel,
    };
  },
  unhideAll(s: ViewState): ViewState {
    return s.hidden.length ? { ...s, hidden: [] } : s;
  },
  setPath(s: ViewState, from: string, to: string, maxHops = 4): ViewState {
    return { ...s, path: { from, to, maxHops }, tab: 'paths' };
  },
  clearPath(s: ViewState): ViewState {
    return s.path ? { ...s, path: undefined } : s;
  },
  /** The entities to compare ("Shared ties"); `b` equal to `a` is dropped. Opens the tab. */
  setCommon(s: ViewState, a: string, b?: string): ViewState {
    return { ...s, common: { a, ...(b && b !== a ? { b } : {}) }, tab: 'common' };
  },
  /** "Compare with…" from an entity: it becomes A, the second is to be picked. */
  compareFrom(s: ViewState, id: string): ViewState {
    return viewActions.setCommon(s, id);
  },
  swapCommon(s: ViewState): ViewState {
    return s.common?.b ? { ...s, common: { a: s.common.b, b: s.common.a } } : s;
  },
  clearCommon(s: ViewState): ViewState {
    return s.common ? { ...s, common: undefined } : s;
  },
  setLang(s: ViewState, lang: Lang): ViewState {
    return { ...s, lang };
  },
  setSizeByDegree(s: ViewState, on: boolean): ViewState {
    return { ...s, sizeByDegree: on };
  },
  setWebgl(s: ViewState, on: boolean): ViewState {
    return { ...s, webgl: on };
  },
  openSource(s: ViewState, id: string): ViewState {
    return { ...s, source: id, tab: 'details' };
  },
  closeSource(s: ViewState): ViewState {
    return s.source ? { ...s, source: undefined } : s;
  },
  /** Opening "Shared ties" with nothing compared yet starts from the selected entity. */
  setTab(s: ViewState, tab: PanelTab): ViewState {
    if (tab === 'common' && !s.common && s.sel) return { ...s, tab, common: { a: s.sel } };
    return { ...s, tab };
  },
  /** Back to the default view, keeping the language and renderer. */
  reset(s: ViewState): ViewState {
    return { ...defaultViewState(), lang: s.lang, webgl: s.webgl };
  },
};

export function clampYear(y: number): number {
  return Math.max(YEAR_MIN, Math.min(YEAR_MAX, Math.round(y)));
}

// ---- Undo / redo ----------------------------------------------------------------------------

export interface History {
  past: ViewState[];
  present: ViewState;
  future: ViewState[];
}

export const HISTORY_CAP = 100;

export function initHistory(present: ViewState): History {
  return { past: [], present, future: [] };
}

/** Records a change; a no-op change leaves the history untouched. */
export function commit(h: History, next: ViewState): History {
  if (next === h.present || sameState(next, h.present)) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_CAP), present: next, future: [] };
}

export function undo(h: History): History {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
