// Fetches everything a view is made of (base graph, expansions, pinned nodes, path, edge
// completion) and assembles it. While a new answer is on its way the previous view stays on
// screen, so changing a filter never blanks the canvas or loses the user's place.
import { urls as api } from './endpoints.ts';
import { useMemo, useState } from 'react';
import type { GraphResponse, NodeDetails, PathsResponse } from '../../../server/shared/contracts.ts';
import { useApiMany, type ApiEntry } from './cache.ts';
import { baseQuery, completionQueries, expansionQuery } from '../lib/filters.ts';
import type { ViewState } from '../lib/view-state.ts';
import { assembleView, nodesNeedingCompletion, type AssembledView } from '../lib/assemble-view.ts';
import { useSameArray } from '../lib/use-same-array.ts';

export interface ViewGraph {
  view: AssembledView;
  base?: GraphResponse;
  path?: PathsResponse;
  loading: boolean;
  /** The first failing request, to show and retry. */
  failure?: { url: string; entry: ApiEntry<unknown> };
  /** Nothing has been drawn yet. */
  initial: boolean;
}

const EMPTY: AssembledView = { nodes: [], edges: [], origin: new Map(), expansions: [], pathNodes: new Set(), pathEdges: new Set() };

export function pathUrl(s: ViewState): string | null {
  if (!s.path) return null;
  return api.paths(s.path.from, s.path.to, s.path.maxHops);
}

export function useViewGraph(state: ViewState): ViewGraph {
  const baseUrl = baseQuery(state);
  const expUrls = state.expansions.map((e) => expansionQuery(state, e));
  const pinUrls = state.pins.map((id) => api.node(id));
  const pUrl = pathUrl(state);
  const first = useApiMany<unknown>([baseUrl, ...expUrls, ...pinUrls, pUrl]);
  const baseEntry = first[0] as ApiEntry<GraphResponse> | undefined;
  const expEntries = first.slice(1, 1 + expUrls.length) as (ApiEntry<GraphResponse> | undefined)[];
  const pinEntries = first.slice(1 + expUrls.length, 1 + expUrls.length + pinUrls.length) as (ApiEntry<NodeDetails> | undefined)[];
  const pathEntry = first[first.length - 1] as ApiEntry<PathsResponse> | undefined;

  const expData = useSameArray(expEntries.map((e) => e?.data));
  const pinNodes = useSameArray(pinEntries.map((e) => e?.data?.node).filter((n): n is NonNullable<typeof n> => !!n));
  const { labels, types, places, hidden, pins, path, expansions, from, to, datedOnly } = state;
  const stage1 = useMemo(
    () =>
      assembleView({
        state: { labels, types, places, hidden, pins, path, from, to, datedOnly },
        base: baseEntry?.data,
        expansions: expansions.map((expansion, i) => ({ expansion, response: expData[i] })),
        pins: pinNodes,
        path: pathEntry?.data,
      }),
    [labels, types, places, hidden, pins, path, expansions, from, to, datedOnly, baseEntry?.data, pathEntry?.data, expData, pinNodes],
  );
  const completionUrls = completionQueries(state, nodesNeedingCompletion(stage1));
  const completion = useApiMany<GraphResponse>(completionUrls);
  const completionData = useSameArray(completion.map((c) => c?.data).filter((c): c is GraphResponse => !!c));

  const all = [...first, ...completion];
  const urls = [baseUrl, ...expUrls, ...pinUrls, pUrl, ...completionUrls];
  const loading = all.some((e) => e?.status === 'loading');
  const failIndex = all.findIndex((e) => !!e?.error);
  const failure = failIndex >= 0 ? { url: urls[failIndex]!, entry: all[failIndex]! } : undefined;

  const view = useMemo(
    () =>
      completionData.length
        ? assembleView({
            state: { labels, types, places, hidden, pins, path, from, to, datedOnly },
            base: baseEntry?.data,
            expansions: expansions.map((expansion, i) => ({ expansion, response: expData[i] })),
            pins: pinNodes,
            path: pathEntry?.data,
            completion: completionData,
          })
        : stage1,
    // The same inputs as stage1's (which changes whenever they do), and the completion.
    [
      stage1,
      completionData,
      labels,
      types,
      places,
      hidden,
      pins,
      path,
      expansions,
      from,
      to,
      datedOnly,
      baseEntry?.data,
      pathEntry?.data,
      expData,
      pinNodes,
    ],
  );

  // Hold the last complete view while parts are loading (kept in state: react.dev, "Storing
  // information from previous renders").
  const [stable, setStable] = useState<{ view: AssembledView; base?: GraphResponse; path?: PathsResponse }>();
  const settled = !loading && !failure;
  const base = baseEntry?.data;
  const pathData = pathEntry?.data;
  if (settled && (stable?.view !== view || stable.base !== base || stable.path !== pathData)) setStable({ view, base, path: pathData });
  const shown = settled ? { view, base, path: pathData } : (stable ?? { view: EMPTY });
  return { view: shown.view, base: shown.base, path: shown.path, loading, failure, initial: !settled && !stable };
}
