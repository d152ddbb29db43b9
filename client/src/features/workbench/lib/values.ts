// What a result cell holds. The server sends plain JSON: nodes as { id, label, labels, name,
// properties }, relationships as { id, type, source, target, properties }, paths as
// { start, segments }, temporal values as ISO strings. These helpers tell them apart and turn
// them into text for the table, sorting and CSV.
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';

export interface PathValue {
  start: GraphNode;
  segments: { start: GraphNode; relationship: GraphEdge; end: GraphNode }[];
}

export type ValueKind = 'null' | 'string' | 'number' | 'boolean' | 'node' | 'relationship' | 'path' | 'list' | 'map';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isNodeValue(v: unknown): v is GraphNode {
  return (
    isObj(v) && typeof v.id === 'string' && typeof v.label === 'string' && Array.isArray(v.labels) && isObj(v.properties) && 'name' in v
  );
}

export function isRelationshipValue(v: unknown): v is GraphEdge {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.source === 'string' &&
    typeof v.target === 'string' &&
    isObj(v.properties)
  );
}

export function isPathValue(v: unknown): v is PathValue {
  return isObj(v) && isNodeValue(v.start) && Array.isArray(v.segments);
}

export function valueKind(v: unknown): ValueKind {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'list';
  if (isNodeValue(v)) return 'node';
  if (isRelationshipValue(v)) return 'relationship';
  if (isPathValue(v)) return 'path';
  return 'map';
}

/** A relationship's readable identity: its `key` property (TYPE:from->to), else its type. */
export function relationshipText(r: GraphEdge): string {
  return typeof r.properties.key === 'string' ? r.properties.key : `:${r.type}`;
}

/** A path as ids and types: icac-[MEMBER_OF]->iaaca<-[HOSTED]-event. */
export function pathText(p: PathValue): string {
  let out = p.start.id;
  for (const s of p.segments) {
    // Segments run in path order; the relationship's own source says which way it points.
    const forward = s.relationship.source === (s.start.elementId ?? s.start.id);
    out += forward ? `-[${s.relationship.type}]->${s.end.id}` : `<-[${s.relationship.type}]-${s.end.id}`;
  }
  return out;
}

/** Compact JSON where nodes, relationships and paths are replaced by their short text. */
function compact(v: unknown): unknown {
  switch (valueKind(v)) {
    case 'node':
      return (v as GraphNode).id;
    case 'relationship':
      return relationshipText(v as GraphEdge);
    case 'path':
      return pathText(v as PathValue);
    case 'list':
      return (v as unknown[]).map(compact);
    case 'map':
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, compact(x)]));
    default:
      return v;
  }
}

/** One cell as plain text: scalars as they are, nodes by id, relationships by key, lists and maps as JSON. */
export function cellText(v: unknown): string {
  switch (valueKind(v)) {
    case 'null':
      return '';
    case 'string':
      return v as string;
    case 'number':
    case 'boolean':
      return String(v);
    case 'node':
      return (v as GraphNode).id;
    case 'relationship':
      return relationshipText(v as GraphEdge);
    case 'path':
      return pathText(v as PathValue);
    default:
      return JSON.stringify(compact(v));
  }
}
