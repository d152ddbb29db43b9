// The seed graph files' canonical form (seed/graph/*.json), shared by the loader, which stamps
// every curated record with where it came from, and the exporter, which writes the graph back:
// - a file is `{ "nodes": [...], "relationships": [...] }`, one record a line, keys in the order
//   below, `": "` and `", "` between them (as the files have always been written by hand);
// - records keep the order of their file (the loader keeps each record's position); records the
//   seed files never had (imported or edited in later) follow, by id or relationship key;
// - only what a seed file states is written: what the loader derives (degree, short names, a
//   Chinese name or a property read from a reference CSV, the citation of that CSV) is not.
import { NODE_LABELS, REL_TYPES, commonNodeProps, commonRelProps, type NodeLabel, type RelType } from './model.ts';
import type { NodeRecord, RelRecord } from './records.ts';

/**
 * Bookkeeping the loader sets on every record of seed/graph/*.json (not facts: never shown):
 * `seedFile` its file ("core.json"), `seedIndex` its position in the file's list, `seedAdded` the
 * properties the loader added that the file does not state (from the reference CSVs or the
 * documents' text), `seedAddedSources` the citations it added (the reference files' sources).
 * A write that states one of those properties (or cites one of those sources) itself must take it
 * off the list, or the export leaves it out (import-graph.ts does, for POST /api/import).
 */
export const SEED_FILE = 'seedFile';
export const SEED_INDEX = 'seedIndex';
export const SEED_ADDED = 'seedAdded';
export const SEED_ADDED_SOURCES = 'seedAddedSources';
export const SEED_BOOKKEEPING_PROPERTIES = [SEED_FILE, SEED_INDEX, SEED_ADDED, SEED_ADDED_SOURCES] as const;

export interface SeedStamp {
  seedFile: string;
  seedIndex: number;
  seedAdded: string[];
  seedAddedSources: string[];
}

/** Canonical key order of a node record; properties of the model not listed here follow, in the model's order. */
export const NODE_KEY_ORDER = [
  'label',
  'id',
  'name',
  'nameZh',
  'nameZhSource',
  'aliases',
  'acronym',
  'kind',
  'iso3',
  'region',
  'beltAndRoad',
  'founded',
  'foundedText',
  'title',
  'date',
  'period',
  'startDate',
  'endDate',
  'dateText',
  'topic',
  'city',
  'theme',
  'edition',
  'count',
  'unit',
  'lowerBound',
  'approx',
  'scope',
  'derived',
  'sourceUrl',
  'note',
  'noteZh',
  'sources',
] as const;

/** Canonical key order of a relationship record; as for nodes, unlisted model properties follow. */
export const REL_KEY_ORDER = [
  'type',
  'from',
  'to',
  'key',
  'kind',
  'role',
  'status',
  'title',
  'actionType',
  'date',
  'signed',
  'ratified',
  'topic',
  'since',
  'until',
  'dateText',
  'sourceUrl',
  'note',
  'noteZh',
  'sources',
  'evidence',
] as const;

/** The properties a seed record of this label may state (besides label, id, sources), in the model's order. */
export function nodeRecordKeys(label: Exclude<NodeLabel, 'Source'>): string[] {
  return [...Object.keys(commonNodeProps), ...Object.keys(NODE_LABELS[label])];
}
export function relRecordKeys(type: Exclude<RelType, 'MENTIONS'>): string[] {
  return [...Object.keys(commonRelProps), ...Object.keys(REL_TYPES[type].props)];
}

function ordered(rec: Record<string, unknown>, order: readonly string[], allowed: readonly string[]): Record<string, unknown> {
  const keys = [...new Set([...order.filter((k) => k in rec), ...allowed.filter((k) => k in rec)])].filter(
    (k) => rec[k] !== undefined && rec[k] !== null,
  );
  return Object.fromEntries(keys.map((k) => [k, rec[k]]));
}

/** A node record with only what the seed format allows for its label, keys in canonical order. */
export function canonicalNode(rec: NodeRecord): NodeRecord {
  return ordered(rec, NODE_KEY_ORDER, ['label', 'id', ...nodeRecordKeys(rec.label), 'sources']) as NodeRecord;
}
export function canonicalRel(rec: RelRecord): RelRecord {
  return ordered(rec, REL_KEY_ORDER, ['type', 'from', 'to', ...relRecordKeys(rec.type), 'sources']) as RelRecord;
}

/** JSON of one value on one line, with the files' spacing: `{"a": 1, "b": ["x", "y"]}`. */
export function seedLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(seedLine).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}: ${seedLine(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

function list(name: string, records: object[]): string {
  return records.length ? `  "${name}": [\n${records.map((r) => `    ${seedLine(r)}`).join(',\n')}\n  ]` : `  "${name}": []`;
}

/** One seed graph file's text: canonical records in the given order, one a line. */
export function serialiseSeedFile(doc: { nodes: NodeRecord[]; relationships: RelRecord[] }): string {
  return `{\n${list('nodes', doc.nodes.map(canonicalNode))},\n${list('relationships', doc.relationships.map(canonicalRel))}\n}\n`;
}

/**
 * The order of records in a file: a seed file's own records by their position in it, then the
 * records it never had (no `index`) by `ident` (node id, or relationship key as relKey gives it).
 * A total order, so the result does not depend on the order the database returns them in.
 */
export function compareSeedPlace(a: { index?: number; ident: string }, b: { index?: number; ident: string }): number {
  const ia = a.index ?? Number.MAX_SAFE_INTEGER;
  const ib = b.index ?? Number.MAX_SAFE_INTEGER;
  return ia - ib || (a.ident < b.ident ? -1 : a.ident > b.ident ? 1 : 0);
}

/** The file a node the seed files never had goes to (a record keeps its own file once it has one). */
export function defaultNodeFile(label: NodeLabel): string {
  if (label === 'Event') return 'events.json';
  if (label === 'Agreement') return 'agreements.json';
  if (label === 'MembershipCount' || label === 'Statistic') return 'counts.json';
  return 'core.json';
}

/** ... and a new relationship: the file of its event, agreement or count end if it has one, else that of its `from` end. */
export function defaultRelFile(fromFile: string | undefined, toLabel: NodeLabel | undefined, toFile: string | undefined): string {
  if (toLabel && ['Event', 'Agreement', 'MembershipCount', 'Statistic'].includes(toLabel)) return toFile ?? defaultNodeFile(toLabel);
  return fromFile ?? 'core.json';
}

/** The `key` a seed record states, from the key stored in the graph (`TYPE:from->to#key`, see relKey). */
export function recordKey(stored: unknown, rel: { type: string; from: string; to: string }): string | undefined {
  if (typeof stored !== 'string') return undefined;
  const plain = `${rel.type}:${rel.from}->${rel.to}`;
  return stored.startsWith(`${plain}#`) ? stored.slice(plain.length + 1) : undefined;
}
