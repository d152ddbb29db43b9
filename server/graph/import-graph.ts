// Loads validated graph documents into Neo4j: batched `UNWIND ... MERGE`, all in ONE write
// transaction (all or nothing), idempotent (MERGE on ids and relationship keys). Concurrent
// loads are serialised by a lock node that every load writes first. The touched nodes' derived
// `degree` and the short display names are refreshed in the same transaction.
// An import never rewrites silently: what it would change in an existing node, source or
// relationship is read first, in the same transaction, and reported field by field. Citations
// only grow: a fact keeps every document it cited (its `sources` are the union of the stored and
// the imported lists), and its derived MENTIONS follow its `sources` exactly.
// A dry run reads exactly what an apply reads and reports exactly what it would do, writes
// nothing, and rolls its transaction back. An apply given `audit` records one audit entry (before
// and after of every fact it created or changed; server/graph/audit.ts) in the same transaction,
// unless it changed nothing.
// After the transaction has committed, `onGraphChanged` is told (the app's response cache
// listens; see server/events.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditChange, AuditKind, ImportItem } from '../shared/contracts.ts';
import { auditProps, recordAudit } from './audit.ts';
import { refreshDegrees } from '../db/degree.ts';
import { refreshShortNames } from './short-names.ts';
import { toNeoParams, type GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { NAMELESS_LABELS, type NodeLabel } from '../model/model.ts';
import { nodeProps, relKey, type GraphDoc, type NodeRecord, type RelRecord, type SourceRecord } from '../model/records.ts';
import { SEED_ADDED, SEED_ADDED_SOURCES, SEED_BOOKKEEPING_PROPERTIES, SEED_FILE } from '../model/seed-format.ts';

export const BATCH_SIZE = 1000;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ImportChange {
  kind: 'node' | 'relationship' | 'source';
  id: string;
  changes: FieldChange[];
}

/** At most this many changed facts are listed one by one (the total is always given). */
export const MAX_LISTED_CHANGES = 200;

export interface ImportStats {
  sources: number;
  nodes: number;
  relationships: number;
  mentions: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  created: { nodes: number; relationships: number; sources: number };
  unchanged: { nodes: number; relationships: number; sources: number };
  changed: ImportChange[];
  changedTotal: number;
  /** Created facts (at most MAX_LISTED_CHANGES listed). */
  createdItems: ImportItem[];
  /** Re-stated facts that did not change (at most MAX_LISTED_CHANGES listed). */
  unchangedItems: ImportItem[];
  /** The audit entry recorded with the load (null: not audited, a dry run, or nothing changed). */
  auditId: string | null;
}

export type Progress = (message: string) => void;

export interface ImportOptions {
  /** Told what is being loaded, step by step. */
  progress?: Progress;
  /** Called once after the load has committed (not when it fails): whatever derives from the graph is stale. */
  onGraphChanged?: () => void;
  /** Read and report only; nothing is written (the transaction is rolled back). */
  dryRun?: boolean;
  /** Record an audit entry with the change, in its transaction (the seed loader does not). */
  audit?: { actor: string; kind?: AuditKind; summary?: string };
}

/** Thrown inside a dry run's transaction so the driver rolls it back; carries the report out. */
class DryRunRollback extends Error {
  constructor(readonly stats: ImportStats) {
    super('dry run: rolled back');
  }
}

function batches<T>(rows: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function displayName(n: NodeRecord): string {
  if (n.name) return n.name;
  const count = typeof n.count === 'number' ? n.count.toLocaleString('en') : '';
  const bound = n.lowerBound ? 'over ' : n.approx ? 'about ' : '';
  const when = n.date ?? n.period ?? n.dateText;
  return `${bound}${count} ${String(n.unit ?? '')}${when ? ` (${String(when)})` : ''}`.trim();
}

const union = (a: unknown, b: string[]) => [...new Set([...(Array.isArray(a) ? (a as string[]) : []), ...b])];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `next` whose values differ from `stored` (fields `next` does not set are kept as they are). */
function diff(stored: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  return Object.entries(next)
    .filter(([field, after]) => !BOOKKEEPING.has(field) && !same(stored[field], after))
    .map(([field, after]) => ({ field, before: stored[field] ?? null, after }));
}

/** The loader's record of where a seed record comes from (seed-format.ts): not a fact, never reported as a change. */
const BOOKKEEPING = new Set<string>(SEED_BOOKKEEPING_PROPERTIES);

/**
 * A record that does not come from a seed file (an import) and states a property or cites a
 * source that the loader had added to a seed record makes it the record's own: it comes off the
 * record's `seedAdded` / `seedAddedSources`, so `npm run seed:export` writes it.
 */
function restated(stored: Record<string, unknown> | undefined, rec: Record<string, unknown>): Record<string, unknown> {
  if (!stored || rec[SEED_FILE] !== undefined) return {};
  const out: Record<string, unknown> = {};
  const added = stored[SEED_ADDED];
  if (Array.isArray(added) && added.some((k) => rec[k] !== undefined)) out[SEED_ADDED] = added.filter((k) => rec[k] === undefined);
  const addedSources = stored[SEED_ADDED_SOURCES];
  const cites = Array.isArray(rec.sources) ? (rec.sources as string[]) : [];
  if (Array.isArray(addedSources) && addedSources.some((x) => cites.includes(x)))
    out[SEED_ADDED_SOURCES] = addedSources.filter((x) => !cites.includes(x));
  return out;
}

/** Clean (undefined-free) copy for Neo4j parameters. */
function clean(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

export interface ImportInput {
  sources: SourceRecord[];
  nodes: NodeRecord[];
  relationships: RelRecord[];
  /** Labels of nodes already in the database that relationships may point at. */
  existingLabels?: ReadonlyMap<string, NodeLabel>;
}

export function mergeDocs(docs: GraphDoc[]): { sources: SourceRecord[]; nodes: NodeRecord[]; relationships: RelRecord[] } {
  return {
    sources: docs.flatMap((d) => d.sources ?? []),
    nodes: docs.flatMap((d) => d.nodes),
    relationships: docs.flatMap((d) => d.relationships),
  };
}

async function runBatched(tx: ManagedTransaction, cypher: string, rows: unknown[], stats: ImportStats, write = true) {
  if (!write) return;
  for (const batch of batches(rows)) {
    const res = await tx.run(cypher, toNeoParams({ rows: batch }));
    const c = res.summary.counters.updates();
    stats.nodesCreated += c.nodesCreated;
    stats.relationshipsCreated += c.relationshipsCreated;
    stats.propertiesSet += c.propertiesSet;
  }
}

export async function importGraph(db: GraphDb, input: ImportInput, options: ImportOptions = {}): Promise<ImportStats> {
  const { progress = () => undefined, onGraphChanged, dryRun = false, audit } = options;
  const write = !dryRun;
  const labelOf = new Map<string, NodeLabel>(input.existingLabels ?? []);
  for (const s of input.sources) labelOf.set(s.id, 'Source');
  for (const n of input.nodes) labelOf.set(n.id, n.label);

  const fresh = (): ImportStats => ({
    sources: input.sources.length,
    nodes: input.nodes.length,
    relationships: input.relationships.length,
    mentions: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    created: { nodes: 0, relationships: 0, sources: 0 },
    unchanged: { nodes: 0, relationships: 0, sources: 0 },
    changed: [],
    changedTotal: 0,
    createdItems: [],
    unchangedItems: [],
    auditId: null,
  });
  let stats = fresh();

  const work = async (tx: ManagedTransaction) => {
    await tx.run("MERGE (l:ImportLock {id: 'import'}) SET l.at = datetime()");
    stats = fresh(); // a retried transaction starts its report again
    const auditChanges: AuditChange[] = [];
    const report = (change: ImportChange) => {
      stats.changedTotal++;
      if (stats.changed.length < MAX_LISTED_CHANGES) stats.changed.push(change);
    };
    const listed = (list: ImportItem[], item: ImportItem) => {
      if (list.length < MAX_LISTED_CHANGES) list.push(item);
    };

    // What exists already, read in this transaction: the report is exactly what the import does.
    const stored = new Map<string, Record<string, unknown>>();
    const ids = [...input.sources.map((s) => s.id), ...input.nodes.map((n) => n.id)];
    for (const batch of batches(ids, 5000)) {
      const res = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, properties(n) AS props', { ids: batch });
      for (const r of res.records) stored.set(r.get('id') as string, toPlain(r.get('props')) as Record<string, unknown>);
    }

    if (input.sources.length) {
      progress(`sources: ${input.sources.length}`);
      const rows = input.sources.map((s) => ({ id: s.id, props: clean({ ...s, id: undefined, name: s.name ?? s.title }) }));
      for (const row of rows) {
        const before = stored.get(row.id);
        const item: ImportItem = { kind: 'source', id: row.id, label: 'Source', name: String(row.props.name ?? '') };
        if (!before) {
          stats.created.sources++;
          listed(stats.createdItems, item);
          auditChanges.push({ entity: 'source', id: row.id, label: 'Source', op: 'create', before: null, after: auditProps(row.props) });
        } else {
          const changes = diff(before, row.props);
          if (changes.length) {
            report({ kind: 'source', id: row.id, changes });
            auditChanges.push({
              entity: 'source',
              id: row.id,
              label: 'Source',
              op: 'update',
              before: auditProps(before),
              after: auditProps({ ...before, ...row.props }),
            });
          } else {
            stats.unchanged.sources++;
            listed(stats.unchangedItems, item);
          }
        }
      }
      await runBatched(tx, 'UNWIND $rows AS row MERGE (s:Source:Entity {id: row.id}) SET s += row.props', rows, stats, write);
    }

    const byLabel = new Map<string, Record<string, unknown>[]>();
    const finalSources = new Map<string, string[]>();
    for (const n of input.nodes) {
      const before = stored.get(n.id);
      const props = clean({ ...nodeProps(n), name: displayName(n), sources: union(before?.sources, n.sources), ...restated(before, n) });
      finalSources.set(n.id, props.sources as string[]);
      const item: ImportItem = { kind: 'node', id: n.id, label: n.label, name: String(props.name ?? '') };
      if (!before) {
        stats.created.nodes++;
        listed(stats.createdItems, item);
        auditChanges.push({ entity: 'node', id: n.id, label: n.label, op: 'create', before: null, after: auditProps(props) });
      } else {
        const changes = diff(before, props);
        if (changes.length) {
          report({ kind: 'node', id: n.id, changes });
          auditChanges.push({
            entity: 'node',
            id: n.id,
            label: n.label,
            op: 'update',
            before: auditProps(before),
            after: auditProps({ ...before, ...props }),
          });
        } else {
          stats.unchanged.nodes++;
          listed(stats.unchangedItems, item);
        }
      }
      if (!byLabel.has(n.label)) byLabel.set(n.label, []);
      byLabel.get(n.label)!.push({ id: n.id, props });
    }
    for (const [label, rows] of byLabel) {
      progress(`nodes: ${rows.length} ${label}`);
      // `label` comes from the model's whitelist (validated), never from free input.
      await runBatched(tx, `UNWIND $rows AS row MERGE (n:\`${label}\`:Entity {id: row.id}) SET n += row.props`, rows, stats, write);
    }

    const byType = new Map<string, { from: string; to: string; key: string; props: Record<string, unknown> }[]>();
    for (const r of input.relationships) {
      if (!labelOf.has(r.from) || !labelOf.has(r.to)) throw new Error(`relationship ${relKey(r)}: unknown end`);
      const { type, from, to, ...props } = r;
      if (!byType.has(type)) byType.set(type, []);
      byType.get(type)!.push({ from, to, key: relKey(r), props: clean({ ...props, key: relKey(r) }) });
    }
    for (const [type, rows] of byType) {
      progress(`relationships: ${rows.length} ${type}`);
      // Stored relationships of these keys, found from their (indexed) ends; `type` is whitelisted.
      const storedRels = new Map<string, Record<string, unknown>>();
      for (const batch of batches(
        rows.filter((row) => stored.has(row.from) || input.existingLabels?.has(row.from)),
        5000,
      )) {
        const res = await tx.run(
          `UNWIND $rows AS row MATCH (:Entity {id: row.from})-[r:\`${type}\` {key: row.key}]->(:Entity {id: row.to}) RETURN r.key AS key, properties(r) AS props`,
          { rows: batch.map(({ from, to, key }) => ({ from, to, key })) },
        );
        for (const rec of res.records) storedRels.set(rec.get('key') as string, toPlain(rec.get('props')) as Record<string, unknown>);
      }
      for (const row of rows) {
        const before = storedRels.get(row.key);
        const item: ImportItem = { kind: 'relationship', id: row.key, label: type, name: `${row.from} -> ${row.to}` };
        const ends = { from: row.from, to: row.to };
        if (!before) {
          stats.created.relationships++;
          listed(stats.createdItems, item);
          auditChanges.push({
            entity: 'relationship',
            id: row.key,
            label: type,
            op: 'create',
            before: null,
            after: auditProps(row.props),
            ...ends,
          });
          continue;
        }
        row.props = { ...row.props, sources: union(before.sources, row.props.sources as string[]), ...restated(before, row.props) };
        const changes = diff(before, row.props);
        if (changes.length) {
          report({ kind: 'relationship', id: row.key, changes });
          auditChanges.push({
            entity: 'relationship',
            id: row.key,
            label: type,
            op: 'update',
            before: auditProps(before),
            after: auditProps({ ...before, ...row.props }),
            ...ends,
          });
        } else {
          stats.unchanged.relationships++;
          listed(stats.unchangedItems, item);
        }
      }
      // `type` comes from the model's whitelist (validated); ends are found through the Entity.id index.
      await runBatched(
        tx,
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from})
         MATCH (b:Entity {id: row.to})
         MERGE (a)-[r:\`${type}\` {key: row.key}]->(b)
         SET r += row.props`,
        rows,
        stats,
        write,
      );
    }
    // A dry run stops here: the report is complete, and nothing was written to roll back but the lock.
    if (dryRun) throw new DryRunRollback(stats);

    // MENTIONS: every node names the documents it cites; derived, so a source view can list its
    // facts. They follow `sources` exactly: stale ones (a source no longer cited) are removed.
    const mentions = input.nodes.flatMap((n) =>
      finalSources.get(n.id)!.map((s) => ({ source: s, id: n.id, key: `MENTIONS:${s}->${n.id}` })),
    );
    stats.mentions = mentions.length;
    const touchedExisting = input.nodes.filter((n) => stored.has(n.id)).map((n) => n.id);
    for (const batch of batches(touchedExisting, 5000)) {
      await tx.run(
        'UNWIND $ids AS id MATCH (n:Entity {id: id})<-[m:MENTIONS]-(s:Source) WHERE NOT s.id IN coalesce(n.sources, []) DELETE m',
        { ids: batch },
      );
    }
    await runBatched(
      tx,
      `UNWIND $rows AS row
       MATCH (s:Source {id: row.source})
       MATCH (n:Entity {id: row.id})
       MERGE (s)-[r:MENTIONS {key: row.key}]->(n)
       SET r.sources = [row.source], r.derived = true`,
      mentions,
      stats,
    );
    progress(`mentions: ${stats.mentions}`);
    // The derived degree of every node this load touched, in the same transaction.
    await refreshDegrees(tx, [
      ...input.sources.map((s) => s.id),
      ...input.nodes.map((n) => n.id),
      ...input.relationships.flatMap((r) => [r.from, r.to]),
      ...mentions.map((m) => m.source),
    ]);
    // Short display names of long-named agreements and events (derived; the rule: server/shared/short-name.ts).
    await refreshShortNames(tx);
    if (audit && auditChanges.length) {
      const created = stats.created.nodes + stats.created.relationships + stats.created.sources;
      const sources = new Set<string>(input.sources.map((s) => s.id));
      for (const c of auditChanges) for (const s of (c.after?.sources as string[] | undefined) ?? []) sources.add(s);
      stats.auditId = await recordAudit(tx, {
        actor: audit.actor,
        kind: audit.kind ?? 'import',
        summary: audit.summary ?? `import: ${created} created, ${stats.changedTotal} changed`,
        sources: [...sources],
        changes: auditChanges,
      });
    }
    return stats;
  };
  if (dryRun) {
    try {
      await db.write(work);
    } catch (err) {
      if (err instanceof DryRunRollback) return err.stats;
      throw err;
    }
    throw new Error('dry run: the transaction was not rolled back');
  }
  const result = await db.write(work);
  onGraphChanged?.();
  return result;
}

export { NAMELESS_LABELS };
