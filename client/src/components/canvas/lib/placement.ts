// Where new nodes go when the graph grows: next to the neighbour already on the canvas, fanned
// out away from the rest of the graph, so that existing positions never move. Pure geometry.

export interface Point {
  x: number;
  y: number;
}

export interface PlacementOptions {
  /** Distance between a new node and its anchor. */
  radius?: number;
  /** Distance between neighbouring new nodes on a ring. */
  spacing?: number;
  /** Minimum clearance from any node already placed (new nodes move outwards to find it). */
  clearance?: number;
}

/**
 * Positions for `newIds`, given the positions of the nodes already placed and the edges among all.
 * A new node is placed around its best-connected placed neighbour (its anchor); nodes whose
 * neighbours are all new are placed after them (breadth-first); nodes with no link to anything
 * placed go in a row under the graph.
 */
export function placeNewNodes(
  newIds: string[],
  edges: { source: string; target: string }[],
  placed: Map<string, Point>,
  opts: PlacementOptions = {},
): Map<string, Point> {
  const radius = opts.radius ?? 110;
  const spacing = opts.spacing ?? 52;
  const clearance = opts.clearance ?? spacing * 0.8;
  const pos = new Map(placed);
  const clearanceAt = (p: Point, except: string): number => {
    let best = Infinity;
    for (const [id, q] of pos) {
      if (id === except) continue;
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      if (d < best) best = d;
    }
    return best;
  };
  /** The first free spot near the ideal one: same ring, then nudged sideways, then further out. */
  const freeSpot = (anchorId: string, a: Point, r: number, angle: number): Point => {
    let fallback: { p: Point; c: number } | undefined;
    const step = Math.min(0.5, spacing / (2 * r));
    for (let ring = 0; ring < 8; ring++) {
      const rr = r + ring * spacing * 0.9;
      for (const k of [0, 1, -1, 2, -2, 3, -3]) {
        const th = angle + k * step;
        const p = { x: a.x + rr * Math.cos(th), y: a.y + rr * Math.sin(th) };
        const c = clearanceAt(p, anchorId);
        if (c >= clearance) return p;
        if (!fallback || c > fallback.c) fallback = { p, c };
      }
    }
    return fallback!.p;
  };
  const result = new Map<string, Point>();
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const centroid = (pts: Point[]): Point =>
    pts.length ? { x: pts.reduce((s, p) => s + p.x, 0) / pts.length, y: pts.reduce((s, p) => s + p.y, 0) / pts.length } : { x: 0, y: 0 };
  const graphCentre = centroid([...placed.values()]);

  let pending = [...new Set(newIds)].filter((id) => !pos.has(id)).sort();
  while (pending.length) {
    // Group the nodes that have a placed neighbour by their anchor (the most connected one).
    const groups = new Map<string, string[]>();
    const rest: string[] = [];
    for (const id of pending) {
      const anchors = (adj.get(id) ?? []).filter((n) => pos.has(n));
      if (!anchors.length) {
        rest.push(id);
        continue;
      }
      anchors.sort((a, b) => (adj.get(b)?.length ?? 0) - (adj.get(a)?.length ?? 0) || a.localeCompare(b));
      (groups.get(anchors[0]) ?? groups.set(anchors[0], []).get(anchors[0])!).push(id);
    }
    if (!groups.size) break;
    for (const [anchor, kids] of groups) {
      const a = pos.get(anchor)!;
      // Start outside the anchor's existing neighbourhood, so the new nodes form their own ring.
      const dists = (adj.get(anchor) ?? [])
        .filter((n) => placed.has(n))
        .map((n) => Math.hypot(placed.get(n)!.x - a.x, placed.get(n)!.y - a.y))
        .sort((x, y) => x - y);
      const outer = dists.length >= 3 ? dists[Math.floor(dists.length * 0.75)] + spacing * 0.6 : 0;
      const r0 = Math.max(radius, Math.min(outer, radius * 3));
      // Fan out away from where the anchor's placed neighbours (or the graph) are.
      const around = (adj.get(anchor) ?? []).filter((n) => pos.has(n) && !kids.includes(n)).map((n) => pos.get(n)!);
      const from = around.length ? centroid(around) : graphCentre;
      let dir = Math.atan2(a.y - from.y, a.x - from.x);
      if (!Number.isFinite(dir) || (a.x === from.x && a.y === from.y)) dir = -Math.PI / 2;
      let i = 0;
      let ring = 0;
      while (i < kids.length) {
        const r = r0 + ring * spacing * 1.4;
        const capacity = Math.max(1, Math.floor((2 * Math.PI * r) / spacing));
        const count = Math.min(capacity, kids.length - i);
        // Small groups fan out in an arc; a full ring only when it is needed.
        const arc = count >= capacity ? 2 * Math.PI : Math.min(2 * Math.PI, (count * spacing) / r);
        for (let k = 0; k < count; k++, i++) {
          const angle = count === 1 ? dir : dir - arc / 2 + (arc * (k + (arc >= 2 * Math.PI ? 0 : 0.5))) / count;
          const p = freeSpot(anchor, a, r, angle);
          pos.set(kids[i], p);
          result.set(kids[i], p);
        }
        ring++;
      }
    }
    pending = rest;
  }
  if (pending.length) {
    // Unconnected: a tidy row under everything else.
    const all = [...pos.values()];
    const maxY = all.length ? Math.max(...all.map((p) => p.y)) : 0;
    const minX = all.length ? Math.min(...all.map((p) => p.x)) : 0;
    const perRow = Math.max(4, Math.ceil(Math.sqrt(pending.length * 3)));
    pending.forEach((id, k) => {
      const p = { x: minX + (k % perRow) * spacing * 1.6, y: maxY + radius + Math.floor(k / perRow) * spacing * 1.4 };
      pos.set(id, p);
      result.set(id, p);
    });
  }
  return result;
}
