// Timeline playback as pure data: when each node and edge of a view appears, the ordered frames
// (one per distinct date, coarsened to months or years when there are too many), and what is
// shown at a frame. The canvas keeps its layout; playback only hides what has not happened yet.
//
// Dates: a node's own date is Event.startDate, else `date` (agreements, counts), else `founded`
// (the fields the explorer's time window uses). A relationship's is `since`, else `date`, else
// `ratified`, else `signed`; it ends at `until`. Partial dates sit at the start of their period.
// A node with no date of its own appears when it is first linked to the dated network (or, in
// 'start' mode, from the start); what nothing dates is there from the start. A relationship
// never appears before its ends.
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import {
  coarser,
  finer,
  isPartialDate,
  periodEnd,
  periodStart,
  precisionOf,
  truncateKey,
  type Precision,
} from '../../../../../server/shared/partial-date.ts';

export type Granularity = Precision;

/** When an element appears: a day key and the precision of the date it came from; null = from the start. */
export interface Appearance {
  key: string | null;
  precision: Precision | null;
  /** Where the date came from: the element's own date, or (nodes) its first dated relationship. */
  via: 'own' | 'relationship' | 'none';
}

export interface Frame {
  /** Day key of the frame's start (null for the opening frame: what has no date, or came before the range). */
  key: string | null;
  /** How precisely the frame's elements are dated (the finest among them, at most the granularity). */
  precision: Precision | null;
  /** Elements that appear at this frame. */
  nodes: string[];
  edges: string[];
}

export interface Timeline {
  frames: Frame[];
  granularity: Granularity;
  /** Frame index at which each element appears (elements after the range are absent: never shown). */
  nodeFrame: Map<string, number>;
  edgeFrame: Map<string, number>;
  /** Frame index from which a relationship has ended (`until` passed): drawn dimmed. */
  edgeEnded: Map<string, number>;
  appearance: Map<string, Appearance>;
  /** Nodes shown from the start because nothing dates them. */
  undatedNodes: number;
  undatedEdges: number;
  /** Elements never shown because they come after the range's end. */
  never: string[];
}

export interface TimelineOptions {
  undated?: UndatedMode;
  /** Play only this window (partial dates): earlier elements are there at the start, later ones never appear. */
  range?: { from: string; to: string };
  /** Force a granularity; by default the finest that gives at most `maxFrames` frames. */
  granularity?: Granularity;
  maxFrames?: number;
}

export interface TimelineMask {
  hidden: string[];
  fresh: string[];
  ended: string[];
  visibleNodes: number;
  visibleEdges: number;
}

const str = (v: unknown) => (isPartialDate(v) ? v : undefined);

export function nodeOwnDate(n: GraphNode): string | undefined {
  const p = n.properties;
  return str(p.startDate) ?? str(p.date) ?? str(p.founded);
}

export function edgeOwnDate(e: GraphEdge): string | undefined {
  const p = e.properties;
  return str(p.since) ?? str(p.date) ?? str(p.ratified) ?? str(p.signed);
}

export function edgeEndDate(e: GraphEdge): string | undefined {
  return str(e.properties.until);
}

/** How entities without a date of their own enter: with their first dated link (default), or all from the start. */
export type UndatedMode = 'first-link' | 'start';

interface Dated {
  key: string;
  precision: Precision;
}
const later = (a: Dated | null, b: Dated | null): Dated | null => (a === null ? b : b === null ? a : b.key > a.key ? b : a);
const earlier = (a: Dated | null, b: Dated | null): Dated | null => (a === null ? b : b === null ? a : b.key < a.key ? b : a);

/**
 * When each node and edge appears. Dated elements appear on their date; an edge never before
 * its ends. In 'first-link' mode an undated node appears as soon as a chain of dated
 * relationships links it to the dated network (the earliest moment the whole chain exists); a
 * node no dated chain reaches comes in with its first neighbour over an undated link (a country
 * with its agency); what nothing dates is there from the start.
 */
export function appearances(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  mode: UndatedMode = 'first-link',
): { nodes: Map<string, Appearance>; edges: Map<string, Appearance> } {
  const ids = new Set(nodes.map((n) => n.id));
  const ownNode = new Map<string, Dated | null>();
  for (const n of nodes) {
    const d = nodeOwnDate(n);
    ownNode.set(n.id, d ? { key: periodStart(d), precision: precisionOf(d) } : null);
  }
  const ownEdge = new Map<string, Dated | null>();
  const adjacency = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const d = edgeOwnDate(e);
    ownEdge.set(e.id, d ? { key: periodStart(d), precision: precisionOf(d) } : null);
    for (const end of [e.source, e.target]) {
      const list = adjacency.get(end) ?? [];
      list.push(e);
      adjacency.set(end, list);
    }
  }
  const at = new Map<string, Dated | null>(ownNode);
  if (mode === 'first-link') {
    // Seeds: a dated relationship dates an undated end (no earlier than its other end's own date).
    for (const e of edges) {
      const d = ownEdge.get(e.id);
      if (!d) continue;
      for (const [x, other] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (ownNode.get(x)) continue;
        at.set(x, earlier(at.get(x) ?? null, later(d, ownNode.get(other) ?? null)));
      }
    }
    // Then spread along links, earliest first (a bottleneck-path search: the cost of a chain is
    // its latest date). First along dated links only, so an agency comes in with its own MoU
    // rather than with its country; then, for what no dated link reaches, along undated ones
    // (a city comes in with the first event held there).
    const spread = (dated: boolean, enter: (id: string) => boolean) => {
      const done = new Set<string>();
      for (;;) {
        let u: string | undefined;
        let best: Dated | null = null;
        for (const [id, d] of at) {
          if (d && !done.has(id) && (!best || d.key < best.key)) {
            u = id;
            best = d;
          }
        }
        if (!u || !best) break;
        done.add(u);
        for (const e of adjacency.get(u) ?? []) {
          const own = ownEdge.get(e.id) ?? null;
          if (!!own !== dated) continue;
          const v = e.source === u ? e.target : e.source;
          if (ownNode.get(v) || done.has(v) || !enter(v)) continue;
          const cand = later(best, own)!;
          const cur = at.get(v) ?? null;
          if (!cur || cand.key < cur.key) at.set(v, cand);
        }
      }
    };
    spread(true, () => true);
    const unreached = new Set(nodes.filter((n) => !at.get(n.id)).map((n) => n.id));
    spread(false, (id) => unreached.has(id));
  }
  const nodeApp = new Map<string, Appearance>();
  for (const n of nodes) {
    const d = at.get(n.id) ?? null;
    nodeApp.set(n.id, d ? { ...d, via: ownNode.get(n.id) ? 'own' : 'relationship' } : { key: null, precision: null, via: 'none' });
  }
  const edgeApp = new Map<string, Appearance>();
  for (const e of edges) {
    if (!ownEdge.has(e.id)) continue;
    const own = ownEdge.get(e.id) ?? null;
    const ends = [nodeApp.get(e.source)!, nodeApp.get(e.target)!].map((a) => (a.key ? { key: a.key, precision: a.precision! } : null));
    const d = later(later(own, ends[0]!), ends[1]!);
    edgeApp.set(e.id, d ? { ...d, via: own && d.key === own.key ? 'own' : 'relationship' } : { key: null, precision: null, via: 'none' });
  }
  return { nodes: nodeApp, edges: edgeApp };
}

/** The finest granularity that keeps the number of distinct frame dates at or under `max`. */
export function chooseGranularity(keys: Iterable<string>, max: number): Granularity {
  const list = [...keys];
  for (const g of ['day', 'month'] as const) {
    if (new Set(list.map((k) => truncateKey(k, g))).size <= max) return g;
  }
  return 'year';
}

/** Orders a view's elements into frames. */
export function buildTimeline(nodes: readonly GraphNode[], edges: readonly GraphEdge[], opts: TimelineOptions = {}): Timeline {
  const app = appearances(nodes, edges, opts.undated);
  const lo = opts.range ? periodStart(opts.range.from) : null;
  const hi = opts.range ? periodEnd(opts.range.to) : null;
  const all: [string, Appearance, 'node' | 'edge'][] = [
    ...[...app.nodes].map(([id, a]) => [id, a, 'node'] as [string, Appearance, 'node']),
    ...[...app.edges].map(([id, a]) => [id, a, 'edge'] as [string, Appearance, 'edge']),
  ];
  const inRange = (k: string) => (lo === null || k >= lo) && (hi === null || k <= hi);
  const dated = all.filter(([, a]) => a.key !== null && inRange(a.key)).map(([, a]) => a.key!);
  const granularity = opts.granularity ?? chooseGranularity(dated, opts.maxFrames ?? 80);
  const keys = [...new Set(dated.map((k) => truncateKey(k, granularity)))].sort();
  const index = new Map(keys.map((k, i) => [k, i + 1]));
  const frames: Frame[] = [
    { key: null, precision: null, nodes: [], edges: [] },
    ...keys.map((k) => ({ key: k, precision: null as Precision | null, nodes: [] as string[], edges: [] as string[] })),
  ];
  const nodeFrame = new Map<string, number>();
  const edgeFrame = new Map<string, number>();
  const appearance = new Map<string, Appearance>();
  let undatedNodes = 0;
  let undatedEdges = 0;
  const never: string[] = [];
  for (const [id, a, kind] of all) {
    appearance.set(id, a);
    let f: number;
    if (a.key === null) {
      f = 0;
      if (kind === 'node') undatedNodes++;
      else undatedEdges++;
    } else if (hi !== null && a.key > hi) {
      never.push(id);
      continue;
    } else if (lo !== null && a.key < lo) {
      f = 0;
    } else {
      f = index.get(truncateKey(a.key, granularity))!;
      const fr = frames[f]!;
      const p = granularity === 'day' ? a.precision! : coarser(a.precision!, granularity);
      fr.precision = fr.precision ? finer(fr.precision, p) : p;
    }
    (kind === 'node' ? nodeFrame : edgeFrame).set(id, f);
    (kind === 'node' ? frames[f]!.nodes : frames[f]!.edges).push(id);
  }
  // Relationships that ended (HOLDS_ROLE until ...) are dimmed from the first frame after their end.
  const edgeEnded = new Map<string, number>();
  for (const e of edges) {
    const until = edgeEndDate(e);
    if (!until || !edgeFrame.has(e.id)) continue;
    const end = periodEnd(until);
    const f = frames.findIndex((fr, i) => i > 0 && fr.key !== null && fr.key > end);
    if (f > 0) edgeEnded.set(e.id, f);
  }
  return { frames, granularity, nodeFrame, edgeFrame, edgeEnded, appearance, undatedNodes, undatedEdges, never };
}

/** What is hidden, newly shown and ended at frame `i`. */
export function maskAt(t: Timeline, i: number): TimelineMask {
  const hidden: string[] = [...t.never];
  const fresh: string[] = [];
  const ended: string[] = [];
  let visibleNodes = 0;
  let visibleEdges = 0;
  for (const [id, f] of t.nodeFrame) {
    if (f > i) hidden.push(id);
    else {
      visibleNodes++;
      if (f === i && i > 0) fresh.push(id);
    }
  }
  for (const [id, f] of t.edgeFrame) {
    if (f > i) hidden.push(id);
    else {
      visibleEdges++;
      if (f === i && i > 0) fresh.push(id);
      const end = t.edgeEnded.get(id);
      if (end !== undefined && end <= i) ended.push(id);
    }
  }
  return { hidden, fresh, ended, visibleNodes, visibleEdges };
}
