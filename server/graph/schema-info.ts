// Labels, relationship types (with the label patterns they connect), property keys and counts.
import type { SchemaResponse } from '../contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';

const HIDDEN_LABELS = new Set(['ImportLock']);

export async function getSchemaInfo(db: GraphDb): Promise<SchemaResponse> {
  const [labels, types, keys] = await Promise.all([
    db.read(`CALL db.labels() YIELD label
             CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
             CALL (label) { MATCH (n) WHERE label IN labels(n) WITH n LIMIT 1000 UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS properties }
             RETURN label, count, properties ORDER BY label`),
    db.read(`CALL db.relationshipTypes() YIELD relationshipType AS type
             CALL (type) {
               MATCH (a)-[r]->(b) WHERE type(r) = type
               WITH labels(a)[0] AS from, labels(b)[0] AS to, count(*) AS count, collect(r)[0..200] AS sample
               RETURN collect({from: from, to: to, count: count}) AS patterns, sum(count) AS count,
                      reduce(acc = [], ks IN [x IN sample | keys(x)] | acc + [k IN ks WHERE NOT k IN acc]) AS properties
             }
             RETURN type, count, properties, patterns ORDER BY type`),
    db.read('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys'),
  ]);
  const labelRows = labels.records
    .map((r) => toPlain(r.toObject()) as SchemaResponse['labels'][number])
    .filter((l) => !HIDDEN_LABELS.has(l.label) && l.count > 0)
    .map((l) => ({ ...l, properties: [...l.properties].sort() }));
  const typeRows = types.records
    .map((r) => toPlain(r.toObject()) as SchemaResponse['relationshipTypes'][number])
    .filter((t) => t.count > 0)
    .map((t) => ({ ...t, properties: [...t.properties].sort(), patterns: [...t.patterns].sort((a, b) => b.count - a.count) }));
  return {
    labels: labelRows,
    relationshipTypes: typeRows,
    propertyKeys: (toPlain(keys.records[0].get('keys')) as string[]).sort(),
    totals: { nodes: labelRows.reduce((s, l) => s + l.count, 0), relationships: typeRows.reduce((s, t) => s + t.count, 0) },
  };
}
