// Labels, relationship types (with the label patterns they connect), property keys and counts.
import { primaryLabel } from './lookup.ts';
import type { SchemaResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { DEGREE_PROPERTY } from '../db/degree.ts';
import { SEED_BOOKKEEPING_PROPERTIES } from '../model/seed-format.ts';
import { toPlain } from '../db/values.ts';
import { AUDIT_LABEL, AUDIT_PROPERTY_KEYS } from './audit.ts';

/** Technical labels: the import lock, the audit log, and Entity (on every model node; see the README). */
const HIDDEN_LABELS = new Set(['ImportLock', AUDIT_LABEL, 'Entity']);
/** Bookkeeping properties, not facts: the stored degree the explorer ranks by (server/db/degree.ts),
 *  where a seed record came from (server/model/seed-format.ts). */
const HIDDEN_PROPERTIES = new Set<string>([DEGREE_PROPERTY, ...SEED_BOOKKEEPING_PROPERTIES]);
const shown = (keys: string[]) => keys.filter((k) => !HIDDEN_PROPERTIES.has(k)).sort();

export async function getSchemaInfo(db: GraphDb): Promise<SchemaResponse> {
  // Single passes over nodes and relationships (no per-label / per-type rescans).
  const [labels, types, keys] = await Promise.all([
    db.read(`MATCH (n) WHERE NOT n:${AUDIT_LABEL} UNWIND labels(n) AS label
             WITH label, count(*) AS count, collect(keys(n))[0..500] AS ks
             RETURN label, count, reduce(acc = [], k IN reduce(all = [], x IN ks | all + x) | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS properties
             ORDER BY label`),
    db.read(`MATCH (a)-[r]->(b)
             WITH type(r) AS type, ${primaryLabel('a')} AS from, ${primaryLabel('b')} AS to, count(*) AS count, collect(keys(r))[0..200] AS ks
             WITH type, collect({from: from, to: to, count: count}) AS patterns, sum(count) AS count, reduce(all = [], x IN collect(ks) | all + x) AS kss
             RETURN type, count, patterns, reduce(acc = [], k IN reduce(all = [], x IN kss | all + x) | CASE WHEN k IN acc THEN acc ELSE acc + k END) AS properties
             ORDER BY type`),
    db.read('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys'),
  ]);
  const labelRows = labels.records
    .map((r) => toPlain(r.toObject()) as SchemaResponse['labels'][number])
    .filter((l) => !HIDDEN_LABELS.has(l.label) && l.count > 0)
    .map((l) => ({ ...l, properties: shown(l.properties) }));
  const typeRows = types.records
    .map((r) => toPlain(r.toObject()) as SchemaResponse['relationshipTypes'][number])
    .filter((t) => t.count > 0)
    .map((t) => ({ ...t, properties: shown(t.properties), patterns: [...t.patterns].sort((a, b) => b.count - a.count) }));
  // The audit log's own keys are listed only where a label or type of the graph uses them too.
  const used = new Set([...labelRows, ...typeRows].flatMap((x) => x.properties));
  const auditOnly = new Set<string>(AUDIT_PROPERTY_KEYS.filter((k) => !used.has(k)));
  return {
    labels: labelRows,
    relationshipTypes: typeRows,
    propertyKeys: shown(toPlain(keys.records[0].get('keys')) as string[]).filter((k) => !auditOnly.has(k)),
    totals: { nodes: labelRows.reduce((s, l) => s + l.count, 0), relationships: typeRows.reduce((s, t) => s + t.count, 0) },
  };
}
