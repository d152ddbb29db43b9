// A story step's saved view and the explorer's view state, both ways. A step opens as an
// explorer view (selection pinned, filters, expansions shown in full, layout); the explorer's
// state becomes a step as far as the story format can say it (it has regions but no single
// jurisdictions, no hidden nodes, no paths) and reports what it left out.
import type { StoryLayout, StoryView } from '../../../../../server/shared/contracts.ts';
import { serializeViewState } from '../../../lib/url-state.ts';
import { DEFAULT_LABELS, defaultViewState, type Lang, type ViewState } from '../../../lib/view-state.ts';

/** A story's expansion shows every neighbour (the explorer's "+N more" is not there to click). */
export const STORY_EXPAND_LIMIT = 500;

const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : undefined);

export function storyViewToViewState(v: StoryView, lang: Lang): ViewState {
  const s = defaultViewState();
  s.lang = lang;
  if (v.selected) {
    s.sel = v.selected;
    // The step is about its selection: keep it on the canvas whatever the filters say.
    s.pins = [v.selected];
  }
  const f = v.filters ?? {};
  if (f.labels) s.labels = [...f.labels];
  if (f.types) s.types = [...f.types];
  if (f.regions) s.places = f.regions.map((r) => `r:${r}`);
  // The API window is asked for in whole years; storyWindow() narrows to months and days.
  s.from = year(f.from);
  s.to = year(f.to);
  s.includeReference = !!f.includeReference;
  s.expansions = [...new Set(v.expanded ?? [])].map((id) => ({ id, limit: STORY_EXPAND_LIMIT }));
  if (v.layout) s.layout = v.layout;
  return s;
}

/** The step's exact filter window (partial dates), to narrow the whole-year API answer. */
export function storyWindow(v: StoryView): { from?: string; to?: string } {
  return { from: v.filters?.from, to: v.filters?.to };
}

/** A step shows a network unless it is only a chart (a chart step may still name its subject). */
export function hasNetwork(v: StoryView): boolean {
  if (!v.chart) return true;
  return !!(v.filters || v.expanded?.length || v.layout || v.timeline);
}

/** The explorer's URL for a step's view (whole-year window). */
export function explorerHref(v: StoryView, lang: Lang): string {
  const q = serializeViewState(storyViewToViewState(v, lang));
  return `/${q ? `?${q}` : ''}`;
}

/** Parts of an explorer view a story step cannot keep. */
export type DroppedPart = 'jurisdictions' | 'pins' | 'hidden' | 'path' | 'edge' | 'expansionTypes' | 'orientation';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function viewStateToStoryView(s: ViewState): { view: StoryView; dropped: DroppedPart[] } {
  const view: StoryView = {};
  const dropped: DroppedPart[] = [];
  if (s.sel) view.selected = s.sel;
  const filters: NonNullable<StoryView['filters']> = {};
  if (!sameSet(s.labels, DEFAULT_LABELS)) filters.labels = [...s.labels];
  if (s.types) filters.types = [...s.types];
  if (s.from !== undefined) filters.from = String(s.from);
  if (s.to !== undefined) filters.to = String(s.to);
  const regions = s.places.filter((p) => p.startsWith('r:')).map((p) => p.slice(2));
  if (regions.length) filters.regions = regions;
  if (s.places.some((p) => !p.startsWith('r:'))) dropped.push('jurisdictions');
  if (s.includeReference) filters.includeReference = true;
  if (Object.keys(filters).length) view.filters = filters;
  const expanded = [...new Set(s.expansions.map((e) => e.id))];
  if (expanded.length) view.expanded = expanded;
  if (s.expansions.some((e) => e.type)) dropped.push('expansionTypes');
  view.layout = s.layout as StoryLayout;
  if (s.layout === 'breadthfirst' && s.orient !== 'TB') dropped.push('orientation');
  if (s.pins.some((id) => id !== s.sel)) dropped.push('pins');
  if (s.hidden.length) dropped.push('hidden');
  if (s.path) dropped.push('path');
  if (s.edge && !s.sel) dropped.push('edge');
  return { view, dropped };
}
