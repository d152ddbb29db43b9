// Loads validated graph documents into Neo4j: batched `UNWIND ... MERGE`, all in ONE write
// transaction (all or nothing), idempotent (MERGE on ids and relationship keys). Concurrent
// loads are serialised by a lock node that every load writes first. The touched nodes' derived
// `degree` is refreshed in the same transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import { refreshDegrees } from '../db/degree.ts';
import { toNeoParams, type GraphDb } from '../db/graph-db.ts';
import { bumpGraphGeneration } from '../http/response-cache.ts';
import { NAMELESS_LABELS, type NodeLabel } from '../model/model.ts';
import { nodeProps, relKey, type GraphDoc, type NodeRecord, type RelRecord, type SourceRecord } from '../model/records.ts';

export const BATCH_SIZE = 1000;

export interface ImportStats {
  sources: number;
  nodes: number;
  relationships: number;
  mentions: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export type Progress = (message: string) => void;

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

async function runBatched(tx: ManagedTransaction, cypher: string, rows: unknown[], stats: ImportStats) {
  for (const batch of batches(rows)) {
    const res = await tx.run(cypher, toNeoParams({ rows: batch }));
    const c = res.summary.counters.updates();
    stats.nodesCreated += c.nodesCreated;
    stats.relationshipsCreated += c.relationshipsCreated;
    stats.propertiesSet += c.propertiesSet;
  }
}

export async function importGraph(db: GraphDb, input: ImportInput, progress: Progress = () => undefined): Promise<ImportStats> {
  const labelOf = new Map<string, NodeLabel>(input.existingLabels ?? []);
  for (const s of input.sources) labelOf.set(s.id, 'Source');
  for (const n of input.nodes) labelOf.set(n.id, n.label);

  const stats: ImportStats = { sources: input.sources.length, nodes: input.nodes.length, relationships: input.relationships.length, mentions: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };

  const result = await db.write(async (tx) => {
    await tx.run("MERGE (l:ImportLock {id: 'import'}) SET l.at = datetime()");
    stats.nodesCreated = stats.relationshipsCreated = stats.propertiesSet = 0;

    if (input.sources.length) {
      progress(`sources: ${input.sources.length}`);
      const rows = input.sources.map((s) => ({ id: s.id, props: clean({ ...s, id: undefined, name: s.name ?? s.title }) }));
      await runBatched(tx, 'UNWIND $rows AS row MERGE (s:Source:Entity {id: row.id}) SET s += row.props', rows, stats);
    }

    const byLabel = new Map<string, Record<string, unknown>[]>();
    for (const n of input.nodes) {
      const props = clean({ ...nodeProps(n), name: displayName(n) });
      if (!byLabel.has(n.label)) byLabel.set(n.label, []);
      byLabel.get(n.label)!.push({ id: n.id, props });
    }
    for (const [label, rows] of byLabel) {
      progress(`nodes: ${rows.length} ${label}`);
      // `label` comes from the model's whitelist (validated), never from free input.
      await runBatched(tx, `UNWIND $rows AS row MERGE (n:\`${label}\`:Entity {id: row.id}) SET n += row.props`, rows, stats);
    }

    const byType = new Map<string, Record<string, unknown>[]>();
    for (const r of input.relationships) {
      if (!labelOf.has(r.from) || !labelOf.has(r.to)) throw new Error(`relationship ${relKey(r)}: unknown end`);
      const { type, from, to, ...props } = r;
      if (!byType.has(type)) byType.set(type, []);
      byType.get(type)!.push({ from, to, key: relKey(r), props: clean({ ...props, key: relKey(r) }) });
    }
    for (const [type, rows] of byType) {
      progress(`relationships: ${rows.length} ${type}`);
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
      );
    }

    // MENTIONS: every node names the documents it cites; derived, so a source view can list its facts.
    const mentions = input.nodes.flatMap((n) => n.sources.map((s) => ({ source: s, id: n.id, key: `MENTIONS:${s}->${n.id}` })));
    stats.mentions = mentions.length;
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
    await refreshDegrees(tx, [...input.sources.map((s) => s.id), ...input.nodes.map((n) => n.id), ...input.relationships.flatMap((r) => [r.from, r.to]), ...mentions.map((m) => m.source)]);
    return stats;
  });
  bumpGraphGeneration();
  return result;
}

export { NAMELESS_LABELS };
