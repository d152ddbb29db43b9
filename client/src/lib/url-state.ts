// (De)serialises the view state to and from the query string, so that a view can be
// bookmarked, shared and reopened exactly. Only values that differ from the defaults are
// written; anything malformed in a hand-edited URL is dropped rather than trusted.
import {
  ALL_LABELS,
  DEFAULT_LABELS,
  EXPAND_CAP,
  LAYOUTS,
  ORIENTATIONS,
  YEAR_MAX,
  YEAR_MIN,
  PANEL_TABS,
  defaultViewState,
  type Expansion,
  type LayoutName,
  type Orientation,
  type PanelTab,
  type ViewState,
} from './view-state.ts';
import { DRAWABLE_REL_TYPES, PATH_HOPS, isId } from '../../../server/shared/vocabulary.ts';

const TYPE_RE = /^[A-Z][A-Z_]*$/;
const REGION_RE = /^r:[^,]{1,80}$/;
const NONE = '-';

function list(v: string | null): string[] | undefined {
  if (v === null) return undefined;
  if (v === NONE || v === '') return [];
  return v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

function year(v: string | null): number | undefined {
  if (v === null || !/^\d{4}$/.test(v)) return undefined;
  const y = Number(v);
  return y >= YEAR_MIN && y <= YEAR_MAX ? y : undefined;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function formatExpansion(e: Expansion): string {
  return `${e.id}${e.type ? `:${e.type}` : ''}${e.limit !== EXPAND_CAP ? `@${e.limit}` : ''}`;
}

export function parseExpansion(s: string): Expansion | undefined {
  const m = /^([a-z0-9-]+)(?::([A-Z_]+))?(?:@(\d{1,3}))?$/.exec(s);
  if (!m || !isId(m[1]) || (m[2] && !TYPE_RE.test(m[2]))) return undefined;
  const limit = m[3] ? Number(m[3]) : EXPAND_CAP;
  if (limit < 1 || limit > 500) return undefined;
  return { id: m[1], ...(m[2] ? { type: m[2] } : {}), limit };
}

/** The state as a query string (without the leading `?`), defaults left out. */
/** Largest node limit a URL may ask for; the server's GRAPH_MAX_NODES decides what it serves. */
export const MAX_VIEW_LIMIT = 10000;

export function serializeViewState(s: ViewState): string {
  const d = defaultViewState();
  const p = new URLSearchParams();
  if (s.sel) p.set('sel', s.sel);
  else if (s.edge) p.set('edge', s.edge);
  if (!sameSet(s.labels, DEFAULT_LABELS)) p.set('labels', s.labels.length ? s.labels.join(',') : NONE);
  if (s.types) {
    // Most types kept: name the few left out (`hidetypes=HAS_COUNT`) rather than the many kept.
    const left = DRAWABLE_REL_TYPES.filter((t) => !s.types!.includes(t));
    const allKnown = s.types.every((t) => (DRAWABLE_REL_TYPES as readonly string[]).includes(t));
    if (s.types.length && allKnown && left.length < s.types.length) p.set('hidetypes', left.join(','));
    else p.set('types', s.types.length ? s.types.join(',') : NONE);
  }
  if (s.places.length) p.set('places', s.places.join(','));
  if (s.from !== undefined) p.set('from', String(s.from));
  if (s.to !== undefined) p.set('to', String(s.to));
  if (s.datedOnly) p.set('dated', '1');
  if (s.includeReference) p.set('ref', '1');
  if (s.limit !== d.limit) p.set('limit', String(s.limit));
  if (s.layout !== d.layout) p.set('layout', s.layout);
  if (s.layout === 'breadthfirst' && s.orient !== d.orient) p.set('orient', s.orient);
  if (s.expansions.length) p.set('exp', s.expansions.map(formatExpansion).join(','));
  if (s.pins.length) p.set('pins', s.pins.join(','));
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.path) {
    p.set('path', `${s.path.from}~${s.path.to}`);
    if (s.path.maxHops !== PATH_HOPS.default) p.set('hops', String(s.path.maxHops));
  }
  if (s.common) p.set('common', s.common.b ? `${s.common.a},${s.common.b}` : s.common.a);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.sizeByDegree !== d.sizeByDegree) p.set('size', s.sizeByDegree ? 'degree' : 'flat');
  if (s.webgl) p.set('gl', '1');
  if (s.source) p.set('src', s.source);
  if (s.tab !== impliedTab(s)) p.set('tab', s.tab);
  // Commas, colons, tildes and @ are safe in a query string: keep them readable.
  return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~').replace(/%40/g, '@');
}

/** Reads a query string (with or without `?`) into a full state; unknown or bad values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const s = defaultViewState();

  const sel = p.get('sel');
  if (sel && isId(sel)) s.sel = sel;
  const edge = p.get('edge');
  if (!s.sel && edge && edge.length <= 300) s.edge = edge;

  const labels = list(p.get('labels'));
  if (labels) s.labels = unique(labels.filter((l) => ALL_LABELS.includes(l)));
  const types = list(p.get('types'));
  const hideTypes = list(p.get('hidetypes'));
  if (types) s.types = unique(types.filter((t) => TYPE_RE.test(t)));
  else if (hideTypes) s.types = DRAWABLE_REL_TYPES.filter((t) => !hideTypes.includes(t));
  const places = list(p.get('places'));
  if (places) s.places = unique(places.filter((x) => isId(x) || REGION_RE.test(x)));

  let from = year(p.get('from'));
  let to = year(p.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) s.from = from;
  if (to !== undefined) s.to = to;

  s.datedOnly = p.get('dated') === '1';
  s.includeReference = p.get('ref') === '1' || p.get('ref') === 'true';
  // No `limit` in the URL is the default, not 0 (Number(null) is 0).
  const limit = p.get('limit') === null ? NaN : Number(p.get('limit'));
  // 0: no base graph, only pinned and expanded nodes (the console's "Replace canvas").
  if (Number.isInteger(limit) && limit >= 0 && limit <= MAX_VIEW_LIMIT) s.limit = limit;

  const layout = p.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) s.layout = layout as LayoutName;
  const orient = p.get('orient');
  if (orient && (ORIENTATIONS as readonly string[]).includes(orient)) s.orient = orient as Orientation;

  const exp = list(p.get('exp'));
  if (exp) {
    const seen = new Set<string>();
    for (const raw of exp) {
      const e = parseExpansion(raw);
      const key = e && `${e.id}|${e.type ?? ''}`;
      if (e && key && !seen.has(key)) {
        seen.add(key);
        s.expansions.push(e);
      }
    }
  }
  const pins = list(p.get('pins'));
  if (pins) s.pins = unique(pins.filter(isId));
  const hide = list(p.get('hide'));
  if (hide) s.hidden = unique(hide.filter(isId));

  const path = p.get('path');
  if (path) {
    const [a, b] = path.split('~');
    const hops = Number(p.get('hops') ?? PATH_HOPS.default);
    if (a && b && isId(a) && isId(b) && a !== b) {
      s.path = {
        from: a,
        to: b,
        maxHops: Number.isInteger(hops) && hops >= PATH_HOPS.min && hops <= PATH_HOPS.max ? hops : PATH_HOPS.default,
      };
    }
  }

  const common = list(p.get('common'));
  if (common?.[0] && isId(common[0])) {
    const [a, b] = common;
    s.common = { a, ...(b && isId(b) && b !== a ? { b } : {}) };
  }

  if (p.get('lang') === 'zh') s.lang = 'zh';
  const size = p.get('size');
  if (size === 'flat') s.sizeByDegree = false;
  if (size === 'degree') s.sizeByDegree = true;
  s.webgl = p.get('gl') === '1';
  const src = p.get('src');
  if (src && isId(src)) s.source = src;
  const tab = p.get('tab');
  s.tab = tab && (PANEL_TABS as readonly string[]).includes(tab) ? (tab as PanelTab) : impliedTab(s);
  return s;
}

/** The tab a link opens without `tab=`: "Shared ties" when it compares entities (`?common=icac,customs-hk`), else Details. */
function impliedTab(s: ViewState): PanelTab {
  return s.common ? 'common' : defaultViewState().tab;
}
