// Loads the validated seed into the database (one transaction) and reports counts.
import type { GraphDb } from '../db/graph-db.ts';
import { formatProblems } from '../model/validate.ts';
import { importGraph, mergeDocs, type ImportOptions, type ImportStats } from '../graph/import-graph.ts';
import type { NodeRecord, RelRecord } from '../model/records.ts';
import type { SeedStamp } from '../model/seed-format.ts';
import { loadSeed } from './seed-files.ts';

export class SeedInvalidError extends Error {}

/** Validates the seed folder (`dir`, default seed/) and loads it; `options` go to importGraph (progress, onGraphChanged). */
export async function loadSeedIntoDb(db: GraphDb, { dir, ...options }: ImportOptions & { dir?: string } = {}): Promise<ImportStats> {
  const seed = loadSeed(dir);
  if (seed.problems.length) {
    throw new SeedInvalidError(`The seed has ${seed.problems.length} problem(s); nothing was loaded:\n${formatProblems(seed.problems)}`);
  }
  const merged = mergeDocs(seed.docs.map((d) => d.doc));
  return importGraph(db, { ...merged, nodes: merged.nodes.map((n) => stamped(n, seed.stamps)), relationships: merged.relationships.map((r) => stamped(r, seed.stamps)) }, options);
}

/**
 * A curated record with its seed bookkeeping (server/model/seed-format.ts), so `npm run seed:export`
 * writes back what its file states. A record of the reference layer is returned as it is.
 */
function stamped<T extends NodeRecord | RelRecord>(rec: T, stamps: Map<object, SeedStamp>): T {
  const stamp = stamps.get(rec);
  if (!stamp) return rec;
  // A count or figure without a name is named by the loader (import-graph.ts displayName).
  const namedByLoader = 'label' in rec && rec.name === undefined;
  return { ...rec, ...stamp, seedAdded: namedByLoader ? [...stamp.seedAdded, 'name'] : stamp.seedAdded };
}

export async function countGraph(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const res = await db.read('CALL () { RETURN COUNT { MATCH (n) } - COUNT { MATCH (:AuditEntry) } AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const rec = res.records[0];
  return { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) };
}
