// "Open in Explorer": the explorer URL that shows a result's nodes. "Replace" is a view with no
// base graph (limit 0) and the nodes pinned; "Add" is the explorer's last view (kept in
// localStorage by the explorer) with the nodes pinned on top. Pins are shown whatever the
// filters say, and the explorer fetches the edges between them.
import { parseViewState, serializeViewState } from '../../../lib/url-state.ts';
import { defaultViewState, type Lang } from '../../../lib/view-state.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';

/** Each pin is one request in the explorer: beyond this, a view gets slow to open. */
export const MAX_PINS = 200;

export interface ExplorerLink {
  href: string;
  /** Node ids put on the canvas. */
  ids: string[];
  /** Nodes left out: no stable id (e.g. returned without an `id` property). */
  skipped: number;
  /** Nodes left out by the cap. */
  capped: number;
}

export function explorerLink(mode: 'replace' | 'add', nodeIds: string[], opts: { lang: Lang; lastExplorerSearch?: string }): ExplorerLink {
  const valid = [...new Set(nodeIds.filter((id) => isId(id)))];
  const skipped = new Set(nodeIds).size - valid.length;
  const ids = valid.slice(0, MAX_PINS);
  const capped = valid.length - ids.length;
  let state;
  if (mode === 'add') {
    state = parseViewState(opts.lastExplorerSearch ?? '');
    const pins = [...state.pins, ...ids.filter((id) => !state!.pins.includes(id))];
    state = { ...state, pins, hidden: state.hidden.filter((id) => !ids.includes(id)) };
  } else {
    state = { ...defaultViewState(), limit: 0, pins: ids };
  }
  state = { ...state, lang: opts.lang };
  const q = serializeViewState(state);
  return { href: `/${q ? `?${q}` : ''}`, ids, skipped, capped };
}
