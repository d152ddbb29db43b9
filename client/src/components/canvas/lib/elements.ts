// Cytoscape elements derived from the API's DTOs, keyed by id, and the diff that turns one
// element set into the next (applied by the canvas inside cy.batch()). Data values are
// primitives only, so a shallow comparison finds what changed.
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { degreeCounts } from '../../../lib/degree.ts';
import { keyNodes } from './label-placement.ts';

export type Primitive = string | number | boolean | null;
export interface ElementDef {
  group: 'nodes' | 'edges';
  data: Record<string, Primitive> & { id: string };
  classes?: string;
}

export interface ElementOptions {
  lang: 'en' | 'zh';
  sizeByDegree: boolean;
  /** Caption of a relationship type (translated). */
  typeCaption?: (type: string) => string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The caption drawn under a node (the canvas wraps it, shortens it or hides it where it would
 * cover another: label-placement.ts). English: the acronym when there is one, else the short
 * display name of a long-named agreement or event (server/shared/short-name.ts), else the name.
 * Chinese: the short Chinese name, the Chinese name, else the English caption.
 */
export function nodeCaption(n: GraphNode, lang: 'en' | 'zh'): string {
  const p = n.properties;
  const acronym = str(p.acronym);
  const en = acronym && acronym.length <= 14 ? acronym : (str(p.shortName) ?? n.name);
  if (lang === 'zh') return str(p.shortNameZh) ?? str(p.nameZh) ?? en;
  return en;
}

export function nodeSize(degree: number, byDegree: boolean): number {
  if (!byDegree) return 30;
  return Math.round(Math.min(86, 22 + 8 * Math.sqrt(degree)));
}

export function isReferenceOnly(n: GraphNode): boolean {
  const s = n.properties.sources;
  return Array.isArray(s) && s.length > 0 && s.every((x) => typeof x === 'string' && x.startsWith('ref-'));
}

export function toElements(nodes: GraphNode[], edges: GraphEdge[], opts: ElementOptions): ElementDef[] {
  const degree = degreeCounts(edges);
  // The view's key entities are drawn dominant and labelled first; unconnected ones are set aside.
  const inView = new Map(nodes.map((n) => [n.id, degree.get(n.id) ?? 0]));
  const key = keyNodes(inView);
  const anyConnected = [...inView.values()].some((d) => d > 0);
  const out: ElementDef[] = [];
  for (const n of nodes) {
    const d = degree.get(n.id) ?? 0;
    const classes = [isReferenceOnly(n) && 'ref', key.has(n.id) && 'key', anyConnected && d === 0 && 'isolated'].filter(Boolean);
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        name: n.name,
        nameZh: str(n.properties.nameZh) ?? null,
        caption: nodeCaption(n, opts.lang),
        degree: d,
        size: nodeSize(d, opts.sizeByDegree),
      },
      classes: classes.length ? classes.join(' ') : undefined,
    });
  }
  for (const e of edges) {
    out.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        caption: opts.typeCaption ? opts.typeCaption(e.type) : e.type.toLowerCase().replace(/_/g, ' '),
      },
    });
  }
  return out;
}

export interface ElementDiff {
  add: ElementDef[];
  remove: string[];
  update: { id: string; data: Record<string, Primitive>; classes?: string }[];
}

function shallowEqual(a: Record<string, Primitive>, b: Record<string, Primitive>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/**
 * What to do to turn `prev` into `next`: elements to add, ids to remove, data to update.
 * An edge whose ends changed is removed and re-added (Cytoscape cannot move an edge's ends).
 * Nodes are added before edges so an added edge always finds its ends.
 */
export function diffElements(prev: Iterable<ElementDef>, next: Iterable<ElementDef>): ElementDiff {
  const before = new Map<string, ElementDef>();
  for (const el of prev) before.set(el.data.id, el);
  const seen = new Set<string>();
  const add: ElementDef[] = [];
  const remove: string[] = [];
  const update: ElementDiff['update'] = [];
  for (const el of next) {
    const id = el.data.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const old = before.get(id);
    if (!old) {
      add.push(el);
    } else if (
      old.group !== el.group ||
      (el.group === 'edges' && (old.data.source !== el.data.source || old.data.target !== el.data.target))
    ) {
      remove.push(id);
      add.push(el);
    } else if (!shallowEqual(old.data, el.data) || (old.classes ?? '') !== (el.classes ?? '')) {
      update.push({ id, data: el.data, ...(el.classes !== old.classes ? { classes: el.classes ?? '' } : {}) });
    }
  }
  for (const id of before.keys()) if (!seen.has(id)) remove.push(id);
  add.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
  return { add, remove, update };
}
