// Which node captions to draw, and in which form, so that no caption is drawn over another.
// Captions are placed greedily by priority (the selection, the path, the timeline's fresh
// entities, the selection's neighbours, the view's key entities, then by connections): each takes
// its first form (full, then short; below, above, right, left) whose box is clear of every caption
// already placed and of every other node's body; a caption with no clear form is hidden. Pure: boxes in,
// choices out (the canvas measures the boxes with Cytoscape's own label geometry).
// Node bodies are obstacles too: a caption over a node hides one or the other.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CaptionCandidate {
  id: string;
  priority: number;
  /** The caption's box in each of its forms, most preferred first (empty: never drawn). */
  forms: Box[];
}

/** Something no caption may cover: a node's body (id `node:<id>`: not its own caption's obstacle), an overlay. */
export interface Obstacle {
  id: string;
  box: Box;
}

/** Boxes closer than `gap` count as touching. */
export function intersects(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * The form each caption takes (index into `forms`), or -1 for hidden. Higher priority first;
 * ties by id so the same view always gets the same captions.
 */
export function placeCaptions(
  candidates: readonly CaptionCandidate[],
  gap = 0,
  obstacles: readonly Obstacle[] = [],
  /** Where captions may go (the part of the view on screen); anything outside is cut, so not a place. */
  bounds?: Box,
  /** Whether an obstacle counts for a caption (all do by default). */
  blocks: (c: CaptionCandidate, o: Obstacle) => boolean = () => true,
): Map<string, number> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bodies = new SpatialGrid<Obstacle>();
  for (const o of obstacles) bodies.add(o.box, o);
  const grid = new SpatialGrid<Box>();
  const out = new Map<string, number>();
  for (const c of order) {
    let chosen = -1;
    for (let i = 0; i < c.forms.length; i++) {
      const box = c.forms[i]!;
      if (bounds && (box.x1 < bounds.x1 || box.y1 < bounds.y1 || box.x2 > bounds.x2 || box.y2 > bounds.y2)) continue;
      if (grid.hits(box, gap)) continue;
      if (bodies.hits(box, 0, (o) => o.id !== `node:${c.id}` && blocks(c, o))) continue;
      chosen = i;
      break;
    }
    out.set(c.id, chosen);
    if (chosen >= 0) grid.add(c.forms[chosen]!, c.forms[chosen]!);
  }
  return out;
}

/** Boxes bucketed by cell, so checking a caption against hundreds placed stays cheap. */
class SpatialGrid<T> {
  private cells = new Map<string, { box: Box; item: T }[]>();
  private size = 0;

  add(box: Box, item: T): void {
    if (!this.size) {
      // The first box sets the cell size (a few caption heights).
      this.size = Math.max(1, (box.y2 - box.y1) * 4, (box.x2 - box.x1) * 1.5);
    }
    for (const key of this.keys(box)) {
      const list = this.cells.get(key) ?? [];
      list.push({ box, item });
      this.cells.set(key, list);
    }
  }

  hits(b: Box, gap: number, counts: (item: T) => boolean = () => true): boolean {
    if (!this.size) return false;
    const grown = { x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
    for (const key of this.keys(grown)) {
      for (const other of this.cells.get(key) ?? []) if (intersects(b, other.box, gap) && counts(other.item)) return true;
    }
    return false;
  }

  private keys(b: Box): string[] {
    const s = this.size;
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / s); x <= Math.floor(b.x2 / s); x++) {
      for (let y = Math.floor(b.y1 / s); y <= Math.floor(b.y2 / s); y++) out.push(`${x},${y}`);
    }
    return out;
  }
}

/** Captions at or above this priority belong to key or emphasised entities. */
export const KEY_PRIORITY = 1e6;

/** Priority of a node's caption from its highlight classes and its connections in view. */
export function captionPriority(classes: ReadonlySet<string>, degree: number, key: boolean): number {
  if (classes.has('is-selected')) return 1e7;
  if (classes.has('kbd-focus') || classes.has('flash')) return 9e6;
  if (classes.has('in-path')) return 8e6;
  if (classes.has('tl-fresh')) return 7e6 + degree;
  if (classes.has('nbr')) return 5e6 + degree;
  if (key) return KEY_PRIORITY + degree;
  if (classes.has('isolated')) return -1;
  return degree;
}

/**
 * The view's key entities: the best connected, visually dominant and labelled first. At least 3,
 * about one in sixteen, at most 12; only nodes with connections.
 */
export function keyNodes(degrees: ReadonlyMap<string, number>): Set<string> {
  const ranked = [...degrees].filter(([, d]) => d > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const n = Math.min(12, Math.max(3, Math.ceil(degrees.size / 16)));
  return new Set(ranked.slice(0, n).map(([id]) => id));
}
