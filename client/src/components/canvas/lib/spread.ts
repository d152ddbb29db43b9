// Evens out a crowded layout. fCoSE's fast "draft" quality (a spectral embedding, used for big
// views where the full force-directed pass would take minutes) puts most nodes of a dense graph
// on top of each other. This moves every node to a slot of an even disk, keeping roughly its
// direction from the centre and its order of distance: neighbourhoods stay together and no two
// nodes overlap. O(n log n).
import type { Point } from './placement.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Positions of `points` spread over a disk with about `spacing` between neighbouring nodes. */
export function spreadEvenly(points: Map<string, Point>, spacing: number): Map<string, Point> {
  const ids = [...points.keys()];
  const n = ids.length;
  const out = new Map<string, Point>();
  if (n === 0) return out;
  let cx = 0;
  let cy = 0;
  for (const p of points.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= n;
  cy /= n;
  const polar = ids.map((id, i) => {
    const p = points.get(id)!;
    const dx = p.x - cx;
    const dy = p.y - cy;
    // Nodes exactly at the centre get a stable direction of their own (the golden angle).
    const angle = dx === 0 && dy === 0 ? i * 2.399963 : Math.atan2(dy, dx);
    return { id, angle, r: Math.hypot(dx, dy) };
  });
  polar.sort((a, b) => a.r - b.r || a.id.localeCompare(b.id));
  // Slots: a sunflower (Vogel's spiral), the evenest packing of a disk. Nodes are taken a band of
  // similar distance at a time and matched to the band's slots in order of angle.
  const c = spacing / 1.9;
  const slots = Array.from({ length: n }, (_, k) => {
    const r = c * Math.sqrt(k + 0.5);
    const a = k * GOLDEN_ANGLE;
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), angle: Math.atan2(Math.sin(a), Math.cos(a)) };
  });
  const band = Math.max(8, Math.ceil(Math.sqrt(n)));
  for (let i = 0; i < n; i += band) {
    const nodes = polar.slice(i, i + band).sort((a, b) => a.angle - b.angle);
    const free = slots.slice(i, i + band).sort((a, b) => a.angle - b.angle);
    // The cyclic shift of the match that moves the nodes least (in angle).
    const gap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
    let shift = 0;
    let best = Infinity;
    for (let k = 0; k < free.length; k++) {
      let cost = 0;
      for (let j = 0; j < nodes.length && cost < best; j++) cost += gap(free[(j + k) % free.length].angle, nodes[j].angle);
      if (cost < best) {
        best = cost;
        shift = k;
      }
    }
    nodes.forEach((p, j) => {
      const slot = free[(j + shift) % free.length];
      out.set(p.id, { x: slot.x, y: slot.y });
    });
  }
  return out;
}

/** Share of nodes that sit within `cell` of another one (a grid test): how crowded a layout is. */
export function crowding(points: Iterable<Point>, cell: number): number {
  const seen = new Set<string>();
  let close = 0;
  let n = 0;
  for (const p of points) {
    n++;
    const k = `${Math.round(p.x / cell)},${Math.round(p.y / cell)}`;
    if (seen.has(k)) close++;
    seen.add(k);
  }
  return n ? close / n : 0;
}
