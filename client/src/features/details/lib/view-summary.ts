// What the view on screen says, in numbers: who is at the centre, the largest groups,
// the time span of its dated facts, and the most recent of them. Pure: computed from
// the nodes and relationships the canvas shows (MENTIONS and reference data excluded by the view).
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';

export interface RankedNode {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  /** Relationships with other entities in view. */
  degree: number;
}

export interface DatedFact {
  /** Node id for a dated entity (agreement, event); relationship id otherwise. */
  id: string;
  kind: 'node' | 'edge';
  /** The label (node) or relationship type (edge). */
  what: string;
  /** ISO date, possibly partial (`2024`, `2024-05`). */
  date: string;
  name: string;
  nameZh?: string;
}

export interface ViewSummary {
  nodeCount: number;
  edgeCount: number;
  centre?: RankedNode & { oneStep: number };
  topNodes: RankedNode[];
  labels: { label: string; count: number }[];
  /** Organisations with the most members (MEMBER_OF in view). */
  biggestOrganisations: (RankedNode & { members: number })[];
  span?: { from: string; to: string };
  /** The dated facts of the latest year in view, newest first (at most `latestLimit`). */
  latest: DatedFact[];
  latestYear?: string;
  latestTotal: number;
}

// `founded` says an organisation exists, not that something happened then: not a dated fact of the view.
const NODE_DATE_PROPS = ['date', 'startDate'];
const EDGE_DATE_PROPS = ['date', 'since', 'signed', 'ratified'];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateOf(props: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && ISO.test(v)) return v;
  }
  return undefined;
}

function ranked(n: GraphNode, degree: number): RankedNode {
  const nameZh = typeof n.properties.nameZh === 'string' ? n.properties.nameZh : undefined;
  const acronym = typeof n.properties.acronym === 'string' ? n.properties.acronym : undefined;
  return { id: n.id, label: n.label, name: n.name, ...(nameZh ? { nameZh } : {}), ...(acronym ? { acronym } : {}), degree };
}

export function summariseView(nodes: GraphNode[], edges: GraphEdge[], opts: { top?: number; latestLimit?: number } = {}): ViewSummary {
  const top = opts.top ?? 3;
  const latestLimit = opts.latestLimit ?? 5;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inView = edges.filter((e) => e.type !== 'MENTIONS' && byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  const neighbours = new Map<string, Set<string>>();
  const degree = new Map<string, number>();
  const members = new Map<string, Set<string>>();
  for (const e of inView) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ]) {
      degree.set(a, (degree.get(a) ?? 0) + 1);
      let s = neighbours.get(a);
      if (!s) neighbours.set(a, (s = new Set()));
      s.add(b);
    }
    if (e.type === 'MEMBER_OF') {
      let s = members.get(e.target);
      if (!s) members.set(e.target, (s = new Set()));
      s.add(e.source);
    }
  }
  const byDegree = (a: RankedNode, b: RankedNode) => b.degree - a.degree || a.name.localeCompare(b.name);
  const topNodes = nodes
    .map((n) => ranked(n, degree.get(n.id) ?? 0))
    .filter((r) => r.degree > 0)
    .sort(byDegree)
    .slice(0, top);
  const centre = topNodes[0] ? { ...topNodes[0], oneStep: neighbours.get(topNodes[0].id)?.size ?? 0 } : undefined;

  const labelCounts = new Map<string, number>();
  for (const n of nodes) labelCounts.set(n.label, (labelCounts.get(n.label) ?? 0) + 1);
  const labels = [...labelCounts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

  const biggestOrganisations = [...members]
    .map(([id, s]) => ({ ...ranked(byId.get(id)!, degree.get(id) ?? 0), members: s.size }))
    .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name))
    .slice(0, top);

  const dated: DatedFact[] = [];
  for (const n of nodes) {
    const date = dateOf(n.properties, NODE_DATE_PROPS);
    if (date) {
      const r = ranked(n, 0);
      dated.push({ id: n.id, kind: 'node', what: n.label, date, name: r.name, ...(r.nameZh ? { nameZh: r.nameZh } : {}) });
    }
  }
  for (const e of inView) {
    const date = dateOf(e.properties, EDGE_DATE_PROPS);
    // A relationship to a dated entity repeats that entity's date: count the entity once.
    if (!date) continue;
    const target = byId.get(e.target)!;
    if (dateOf(target.properties, NODE_DATE_PROPS) === date) continue;
    const from = ranked(byId.get(e.source)!, 0);
    dated.push({
      id: e.id,
      kind: 'edge',
      what: e.type,
      date,
      name: `${from.name} → ${target.name}`,
      ...(from.nameZh || target.properties.nameZh
        ? { nameZh: `${from.nameZh ?? from.name} → ${(target.properties.nameZh as string | undefined) ?? target.name}` }
        : {}),
    });
  }
  dated.sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
  const years = dated.map((d) => d.date.slice(0, 4));
  const span = years.length ? { from: years[years.length - 1], to: years[0] } : undefined;
  const latestYear = years[0];
  const ofLatest = latestYear ? dated.filter((d) => d.date.startsWith(latestYear)) : [];
  return {
    nodeCount: nodes.length,
    edgeCount: inView.length,
    centre,
    topNodes,
    labels,
    biggestOrganisations,
    span,
    latest: ofLatest.slice(0, latestLimit),
    latestYear,
    latestTotal: ofLatest.length,
  };
}
