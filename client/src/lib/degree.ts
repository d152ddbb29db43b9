// How many relationships touch each node (a self-loop counts twice), the one degree count the
// client uses: node sizes and the canvas's starting spiral (via the elements' `degree`), and the
// place filter's order.

/** Degree of every node that has a relationship, keyed by node id. */
export function degreeCounts(edges: Iterable<{ source: string; target: string }>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}
