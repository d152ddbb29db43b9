// The current view's data as files: JSON (with the cited sources), CSV (nodes and edges, UTF-8
// with a byte-order mark so spreadsheet programs read the Chinese names) and GraphML (for Gephi,
// yEd, Cytoscape desktop). Pure string builders; the download itself happens elsewhere.
import { csvText } from '../csv.ts';
import type { GraphEdge, GraphNode, SourceRef } from '../../../../server/shared/contracts.ts';

export interface ExportGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  positions?: Map<string, { x: number; y: number }>;
}

/** Sources cited by the nodes and edges of a graph, in order of first citation. */
export function citedSourceIds(g: Pick<ExportGraph, 'nodes' | 'edges'>): string[] {
  const ids = new Set<string>();
  for (const el of [...g.nodes, ...g.edges]) {
    const s = el.properties.sources;
    if (Array.isArray(s)) for (const x of s) if (typeof x === 'string') ids.add(x);
  }
  return [...ids];
}

export function toJson(g: ExportGraph, meta: { title: string; url: string; exportedAt: string; sources: SourceRef[] }): string {
  return JSON.stringify(
    {
      title: meta.title,
      exportedAt: meta.exportedAt,
      view: meta.url,
      counts: { nodes: g.nodes.length, edges: g.edges.length },
      nodes: g.nodes.map((n) => ({
        id: n.id,
        label: n.label,
        labels: n.labels,
        name: n.name,
        properties: n.properties,
        ...(g.positions?.get(n.id) ? { position: g.positions.get(n.id) } : {}),
      })),
      edges: g.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: e.properties })),
      sources: meta.sources,
    },
    null,
    2,
  );
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ')
    : typeof v === 'object'
      ? JSON.stringify(v)
      : String(v);
}

function table(header: string[], rows: unknown[][]): string {
  return csvText([header.map(cell), ...rows.map((r) => r.map(cell))], { bom: true });
}

function propertyKeys(items: { properties: Record<string, unknown> }[], skip: string[]): string[] {
  const keys = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.properties)) if (!skip.includes(k)) keys.add(k);
  return [...keys].sort();
}

export function nodesCsv(g: ExportGraph): string {
  const fixed = ['id', 'label', 'name', 'nameZh', 'aliases', 'sources'];
  const extra = propertyKeys(g.nodes, fixed);
  const header = [...fixed, ...extra, ...(g.positions ? ['x', 'y'] : [])];
  const rows = g.nodes.map((n) => {
    const p = g.positions?.get(n.id);
    return [
      n.id,
      n.label,
      n.name,
      n.properties.nameZh,
      n.properties.aliases,
      n.properties.sources,
      ...extra.map((k) => n.properties[k]),
      ...(g.positions ? [p ? Math.round(p.x) : '', p ? Math.round(p.y) : ''] : []),
    ];
  });
  return table(header, rows);
}

export function edgesCsv(g: ExportGraph): string {
  const fixed = ['id', 'type', 'source', 'target', 'evidence', 'sources'];
  const extra = propertyKeys(g.edges, [...fixed, 'key']);
  const header = [...fixed, ...extra];
  const rows = g.edges.map((e) => [
    e.id,
    e.type,
    e.source,
    e.target,
    e.properties.evidence,
    e.properties.sources,
    ...extra.map((k) => e.properties[k]),
  ]);
  return table(header, rows);
}

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; the rest escaped. Allowed: tab, line feed, carriage
  // return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF.
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attr(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join('; ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function toGraphml(g: ExportGraph, title: string): string {
  const nodeKeys = ['label', 'name', ...propertyKeys(g.nodes, ['name', 'id'])];
  const edgeKeys = ['type', ...propertyKeys(g.edges, ['key'])];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of nodeKeys) lines.push(`  <key id="n_${xmlEscape(k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="string"/>`);
  if (g.positions) {
    lines.push('  <key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    lines.push('  <key id="n_y" for="node" attr.name="y" attr.type="double"/>');
  }
  for (const k of edgeKeys) lines.push(`  <key id="e_${xmlEscape(k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="string"/>`);
  lines.push(`  <graph id="${xmlEscape(title)}" edgedefault="directed">`);
  for (const n of g.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    const values: Record<string, unknown> = { ...n.properties, label: n.label, name: n.name };
    for (const k of nodeKeys)
      if (values[k] !== undefined && values[k] !== null)
        lines.push(`      <data key="n_${xmlEscape(k)}">${xmlEscape(attr(values[k]))}</data>`);
    const p = g.positions?.get(n.id);
    if (p) lines.push(`      <data key="n_x">${p.x.toFixed(1)}</data>`, `      <data key="n_y">${p.y.toFixed(1)}</data>`);
    lines.push('    </node>');
  }
  for (const e of g.edges) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    const values: Record<string, unknown> = { ...e.properties, type: e.type };
    for (const k of edgeKeys)
      if (values[k] !== undefined && values[k] !== null)
        lines.push(`      <data key="e_${xmlEscape(k)}">${xmlEscape(attr(values[k]))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export { fileName } from '../file-name.ts';
