// Writes the curated graph back into the seed format (seed/graph/*.json): GET /api/export/seed
// and `npm run seed:export`. Only the knowledge model's labels and relationship types are read
// (never the import lock or anything else kept in the database), and of them only the curated
// layer: every record a seed file had (the loader stamped it, server/model/seed-format.ts), and
// every record added since that cites a document (a source that is not a reference file, `ref-*`).
// The reference layer stays in its CSVs; what the loader derived (degree, short names, names and
// properties from the reference CSVs, their citations) is left out, so loading the export gives
// the same graph, and exporting that again gives the same files, byte for byte.
import type { GraphDb } from '../db/graph-db.ts';
import { AppError } from '../errors.ts';
import { toPlain } from '../db/values.ts';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES, type NodeLabel } from '../model/model.ts';
import { relKey, type NodeRecord, type RelRecord } from '../model/records.ts';
import {
  SEED_ADDED,
  SEED_ADDED_SOURCES,
  SEED_FILE,
  SEED_INDEX,
  compareSeedPlace,
  defaultNodeFile,
  defaultRelFile,
  recordKey,
  serialiseSeedFile,
} from '../model/seed-format.ts';

/** A source id of the reference layer (seed/reference/*.csv); see server/seed/chinese-names.ts. */
export const isReferenceSource = (id: string): boolean => id.startsWith('ref-');

const RECORD_LABELS = NODE_LABEL_NAMES.filter((l) => l !== 'Source');
const RECORD_TYPES = REL_TYPE_NAMES.filter((t) => t !== 'MENTIONS');

const READ = `
CALL () {
  MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.id IS NOT NULL
  RETURN collect({labels: labels(n), props: properties(n)}) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE type(r) IN $types AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS rels
}
RETURN nodes, rels`;

interface Stored {
  file?: string;
  index?: number;
  record: Record<string, unknown>;
}

/** A stored record as its seed file states it: without what the loader added, nor its bookkeeping. */
function asStated(props: Record<string, unknown>): Stored {
  const added = new Set((props[SEED_ADDED] as string[] | undefined) ?? []);
  const addedSources = new Set((props[SEED_ADDED_SOURCES] as string[] | undefined) ?? []);
  const record = Object.fromEntries(Object.entries(props).filter(([k]) => !added.has(k)));
  record.sources = ((props.sources as string[] | undefined) ?? []).filter((s) => !addedSources.has(s));
  return {
    file: typeof props[SEED_FILE] === 'string' ? (props[SEED_FILE] as string) : undefined,
    index: typeof props[SEED_INDEX] === 'number' ? (props[SEED_INDEX] as number) : undefined,
    record,
  };
}

const curated = (s: Stored) => s.file !== undefined || (s.record.sources as string[]).some((x) => !isReferenceSource(x));

interface NodeEntry {
  label: NodeLabel;
  stored: Stored;
  ident: string;
}
interface RelEntry {
  from: string;
  to: string;
  stored: Stored;
  ident: string;
}

const bySeedPlace = (a: { stored: Stored; ident: string }, b: { stored: Stored; ident: string }) =>
  compareSeedPlace({ index: a.stored.index, ident: a.ident }, { index: b.stored.index, ident: b.ident });

export interface SeedExport {
  /** File name ("core.json") -> its text, in file-name order. */
  files: Record<string, string>;
  /** Records written; `added`: those no seed file had (imported or edited in since the seed was loaded). */
  counts: { nodes: number; relationships: number; added: number };
}

export async function exportSeed(db: GraphDb): Promise<SeedExport> {
  const res = await db.read(READ, { labels: RECORD_LABELS, types: RECORD_TYPES });
  const rawNodes = toPlain(res.records[0].get('nodes')) as { labels: string[]; props: Record<string, unknown> }[];
  const rawRels = toPlain(res.records[0].get('rels')) as { type: string; from: string; to: string; props: Record<string, unknown> }[];

  const nodes = new Map<string, NodeEntry>();
  for (const n of rawNodes) {
    const label = n.labels.find((l) => (RECORD_LABELS as string[]).includes(l)) as NodeLabel;
    const id = n.props.id as string;
    nodes.set(id, { label, stored: asStated(n.props), ident: id });
  }
  const rels = rawRels.map((r): RelEntry => {
    const stored = asStated(r.props);
    const key = recordKey(r.props.key, r);
    stored.record = { ...stored.record, type: r.type, from: r.from, to: r.to, key };
    return { from: r.from, to: r.to, stored, ident: relKey({ type: r.type as RelRecord['type'], from: r.from, to: r.to, key }) };
  });
  const keptRels = rels.filter((r) => curated(r.stored));
  // A database loaded before the loader stamped its records cannot tell the seed's records, and
  // what the loader added to them, from the rest: its export would not be the seed.
  const stamped = [...nodes.values(), ...rels].some((x) => x.stored.file !== undefined);
  if (!stamped && (keptRels.length || [...nodes.values()].some((n) => curated(n.stored)))) {
    throw new AppError(
      409,
      'seed_not_stamped',
      'No record in the database says which seed file it comes from (it was loaded before the export existed): reload the seed (npm run seed, or SEED_ON_START=always) and export again.',
    );
  }
  // Curated nodes, and any node a curated relationship needs (so the files stand on their own).
  const keptNodes = new Set([...nodes].filter(([, n]) => curated(n.stored)).map(([id]) => id));
  for (const r of keptRels) for (const end of [r.from, r.to]) if (nodes.has(end)) keptNodes.add(end);

  const fileOfNode = (id: string) => {
    const n = nodes.get(id);
    return n ? (n.stored.file ?? defaultNodeFile(n.label)) : undefined;
  };
  const files = new Map<string, { nodes: NodeEntry[]; rels: RelEntry[] }>();
  const fileFor = (name: string) => {
    if (!files.has(name)) files.set(name, { nodes: [], rels: [] });
    return files.get(name)!;
  };
  for (const id of keptNodes) fileFor(fileOfNode(id)!).nodes.push(nodes.get(id)!);
  for (const r of keptRels)
    fileFor(r.stored.file ?? defaultRelFile(fileOfNode(r.from), nodes.get(r.to)?.label, fileOfNode(r.to))).rels.push(r);

  const out: Record<string, string> = {};
  for (const name of [...files.keys()].sort()) {
    const f = files.get(name)!;
    out[name] = serialiseSeedFile({
      nodes: f.nodes.sort(bySeedPlace).map((n) => ({ ...n.stored.record, label: n.label }) as NodeRecord),
      relationships: f.rels.sort(bySeedPlace).map((r) => r.stored.record as RelRecord),
    });
  }
  const added =
    [...keptNodes].filter((id) => nodes.get(id)!.stored.file === undefined).length +
    keptRels.filter((r) => r.stored.file === undefined).length;
  return { files: out, counts: { nodes: keptNodes.size, relationships: keptRels.length, added } };
}
