// Converts neo4j-driver values to plain JSON: integers to numbers, temporal values to ISO
// strings, nodes/relationships/paths to DTOs. Applied at the repository edge only.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { Node as NeoNode, Relationship as NeoRel } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../shared/contracts.ts';
import { SEED_BOOKKEEPING_PROPERTIES } from '../model/seed-format.ts';
import { DEGREE_PROPERTY } from './degree.ts';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: skip the driver's type checks for them.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value))
    return (value as { inSafeRange(): boolean; toNumber(): number; toString(): string }).inSafeRange()
      ? (value as { toNumber(): number }).toNumber()
      : value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return nodeDto(value as NeoNode);
  if (isRelationship(value)) return edgeDto(value as NeoRel);
  if (isPath(value)) {
    const p = value as unknown as { segments: { start: NeoNode; relationship: NeoRel; end: NeoNode }[]; start: NeoNode };
    return {
      start: nodeDto(p.start),
      segments: p.segments.map((s) => ({ start: nodeDto(s.start), relationship: edgeDto(s.relationship), end: nodeDto(s.end) })),
    };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value))
    return String(value);
  if (isPoint(value)) {
    const p = value as unknown as { x: number; y: number; z?: number; srid: unknown };
    return { x: p.x, y: p.y, z: p.z, srid: toPlain(p.srid) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** Derived properties kept for the database's own use (server/db/degree.ts), not facts: never shown as properties. */
const DERIVED_NODE_PROPERTIES = new Set<string>([DEGREE_PROPERTY, ...SEED_BOOKKEEPING_PROPERTIES]);
const SEED_BOOKKEEPING = new Set<string>(SEED_BOOKKEEPING_PROPERTIES);

/** A relationship's properties without the loader's bookkeeping (server/model/seed-format.ts). */
export function factProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !SEED_BOOKKEEPING.has(k)));
}

export function nodeDto(n: NeoNode): GraphNode {
  const props = Object.fromEntries(
    Object.entries(toPlain(n.properties) as Record<string, unknown>).filter(([k]) => !DERIVED_NODE_PROPERTIES.has(k)),
  );
  const id = typeof props.id === 'string' ? props.id : `_${n.elementId}`;
  return {
    id,
    label: n.labels.find((l) => l !== 'Entity') ?? 'Node',
    labels: n.labels.filter((l) => l !== 'Entity'),
    name: typeof props.name === 'string' ? props.name : id,
    properties: props,
    elementId: n.elementId,
  };
}

export function edgeDto(r: NeoRel, ends?: { source: string; target: string }): GraphEdge {
  const props = factProperties(toPlain(r.properties) as Record<string, unknown>);
  return {
    id: r.elementId,
    type: r.type,
    source: ends?.source ?? r.startNodeElementId,
    target: ends?.target ?? r.endNodeElementId,
    properties: props,
  };
}
