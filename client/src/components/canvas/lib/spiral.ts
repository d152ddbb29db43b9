// Starting positions of a first fill, before the layout takes over: a spiral, best-connected first
// (hubs in the middle, the long tail outside). Degrees are the elements' own (elements.ts).
import type { Point } from './placement.ts';

const GOLDEN_ANGLE = 2.399963;

/** Positions for `nodes` in the order given, re-ordered by degree (highest first; ties keep their order). */
export function spiral(nodes: readonly { id: string; degree: number }[]): Map<string, Point> {
  const ordered = [...nodes].sort((a, b) => b.degree - a.degree);
  const out = new Map<string, Point>();
  ordered.forEach(({ id }, i) => {
    const r = 30 * Math.sqrt(i + 1);
    const a = i * GOLDEN_ANGLE;
    out.set(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  return out;
}
