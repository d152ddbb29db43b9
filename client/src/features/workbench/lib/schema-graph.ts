// The schema as a small graph: one node per label, one edge per (type, from label, to label)
// pattern, each with its count. Documents (Source) and their MENTIONS edges join everything to
// everything, so they are left out unless asked for.
import type { GraphData, SchemaResponse } from '../../../../../server/shared/contracts.ts';

export function schemaGraph(schema: SchemaResponse, includeSources = false): GraphData {
  const keep = (label: string) => includeSources || label !== 'Source';
  const labels = new Map(schema.labels.filter((l) => keep(l.label)).map((l) => [l.label, l.count]));
  const edges: GraphData['edges'] = [];
  for (const r of schema.relationshipTypes) {
    if (!includeSources && r.type === 'MENTIONS') continue;
    for (const p of r.patterns) {
      if (!labels.has(p.from) || !labels.has(p.to)) continue;
      edges.push({ id: `${r.type}:${p.from}->${p.to}`, type: r.type, source: p.from, target: p.to, properties: { count: p.count } });
    }
  }
  return {
    nodes: [...labels].map(([label, count]) => ({ id: label, label, labels: [label], name: label, properties: { count } })),
    edges,
  };
}
