// A breadth-first tree layout that stays readable on hub-heavy graphs. Cytoscape's own
// breadth-first layout puts every node of a depth on one line, which for this graph (one hub
// with 60+ neighbours) gives a 20:1 strip; here a crowded depth wraps onto several rows so the
// tree keeps roughly the shape of the screen. Pure: ids in, positions out.
import type { Orientation } from '../../../lib/view-state.ts';

export interface TreeInput {
  nodes: { id: string; degree: number; sortKey?: string }[];
  edges: { source: string; target: string }[];
  /** Preferred root (the selection); otherwise each component's best-connected node. */
  root?: string;
  orient: Orientation;
  /** Width / height of the screen area the tree should resemble. */
  aspect: number;
  spacing?: number;
  levelGap?: number;
}

export interface TreeResult {
  positions: Map<string, { x: number; y: number }>;
  depth: Map<string, number>;
}

export function treeLayout(input: TreeInput): TreeResult {
  const sx = input.spacing ?? 78;
  const sy = input.spacing ?? 78;
  const gap = input.levelGap ?? 170;
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const adj = new Map<string, string[]>();
  for (const n of input.nodes) adj.set(n.id, []);
  for (const e of input.edges) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    adj.get(e.source)!.push(e.target);
    adj.get(e.target)!.push(e.source);
  }
  const key = (id: string) => byId.get(id)?.sortKey ?? id;

  // Components, biggest first; the root of each is the preferred root or the best-connected node.
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const n of input.nodes) {
    if (seen.has(n.id)) continue;
    const comp: string[] = [];
    const stack = [n.id];
    seen.add(n.id);
    while (stack.length) {
      const id = stack.pop()!;
      comp.push(id);
      for (const m of adj.get(id)!) {
        if (seen.has(m)) continue;
        seen.add(m);
        stack.push(m);
      }
    }
    components.push(comp);
  }
  components.sort((a, b) => b.length - a.length || key(a[0]).localeCompare(key(b[0])));

  const depth = new Map<string, number>();
  const levels: string[][] = [];
  const singletons: string[] = [];
  for (const comp of components) {
    if (comp.length === 1) {
      singletons.push(comp[0]);
      continue;
    }
    const root =
      input.root && comp.includes(input.root)
        ? input.root
        : [...comp].sort((a, b) => byId.get(b)!.degree - byId.get(a)!.degree || key(a).localeCompare(key(b)))[0];
    depth.set(root, 0);
    let frontier = [root];
    let d = 0;
    while (frontier.length) {
      (levels[d] ??= []).push(...frontier);
      const next: string[] = [];
      for (const id of frontier) {
        const kids = adj
          .get(id)!
          .filter((m) => !depth.has(m))
          .sort((a, b) => key(a).localeCompare(key(b)));
        for (const k of kids) {
          depth.set(k, d + 1);
          next.push(k);
        }
      }
      frontier = next;
      d++;
    }
  }
  if (singletons.length) {
    const d = levels.length;
    levels[d] = singletons.sort((a, b) => key(a).localeCompare(key(b)));
    for (const id of singletons) depth.set(id, d);
  }

  // Row capacity: the one whose drawing is closest to the target shape (in top-down terms).
  const vertical = input.orient === 'TB' || input.orient === 'BT';
  const target = vertical ? input.aspect : 1 / input.aspect;
  const widest = Math.max(1, ...levels.map((l) => l.length));
  let best = { m: widest, score: Infinity };
  for (let m = Math.min(4, widest); m <= widest; m++) {
    const rows = levels.reduce((s, l) => s + Math.ceil(l.length / m), 0);
    const w = m * sx;
    const h = rows * sy + (levels.length - 1) * (gap - sy);
    const score = Math.abs(Math.log(w / Math.max(h, 1) / target));
    if (score < best.score - 1e-9) best = { m, score };
  }

  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const level of levels) {
    for (let r = 0; r * best.m < level.length; r++) {
      const row = level.slice(r * best.m, (r + 1) * best.m);
      row.forEach((id, i) => {
        const p = { x: (i - (row.length - 1) / 2) * sx, y };
        positions.set(id, orientPoint(input.orient, p));
      });
      y += sy;
    }
    y += gap - sy;
  }
  return { positions, depth };
}

export function orientPoint(o: Orientation, p: { x: number; y: number }): { x: number; y: number } {
  switch (o) {
    case 'TB':
      return p;
    case 'BT':
      return { x: p.x, y: -p.y };
    case 'LR':
      return { x: p.y, y: p.x };
    case 'RL':
      return { x: -p.y, y: p.x };
  }
}
