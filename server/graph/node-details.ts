// One node with its properties, the documents it cites, and its relationships grouped by type,
// each with the evidence sentence and sources of that fact.
import type { CitedFact, NodeDetails, SourceRef } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { factProperties, nodeDto, toPlain } from '../db/values.ts';
import { notFound } from '../errors.ts';
import { matchByIds, primaryLabel } from './lookup.ts';
import type { Node as NeoNode } from 'neo4j-driver';

export const SOURCE_FIELDS = `{id: s.id, title: s.title, publisher: s.publisher, date: s.date, dateText: s.dateText, url: s.url, kind: s.kind, file: s.file}`;

export async function getNodeDetails(db: GraphDb, id: string, relLimit = 500): Promise<NodeDetails> {
  const res = await db.read(
    `${matchByIds('n', 'ids')}
     WITH n LIMIT 1
     CALL (n) {
       OPTIONAL MATCH (n)-[r]-(m) WHERE type(r) <> 'MENTIONS'
       WITH r, m ORDER BY type(r), m.name LIMIT $relLimit
       RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
         id: coalesce(r.key, elementId(r)), type: type(r), out: startNode(r) = n,
         other: {id: m.id, label: ${primaryLabel('m')}, name: m.name, nameZh: m.nameZh}, props: properties(r)
       } END) AS rels
     }
     CALL (n, rels) {
       WITH n, reduce(acc = coalesce(n.sources, []), x IN rels | acc + coalesce(x.props.sources, [])) AS ids
       UNWIND ids AS sid
       WITH DISTINCT sid
       MATCH (s:Source {id: sid})
       RETURN collect(${SOURCE_FIELDS}) AS sources
     }
     RETURN n, rels, sources, COUNT { (n)-[r]-() WHERE NOT r:MENTIONS } AS degree, COUNT { (:Source)-[:MENTIONS]->(n) } AS mentionedIn`,
    { ids: [id], relLimit },
  );
  const rec = res.records[0];
  if (!rec) throw notFound(`No node with id "${id}". Search for it with /api/search?q=...`);
  const node = nodeDto(rec.get('n') as NeoNode);
  const grouped: Record<string, CitedFact[]> = {};
  for (const raw of toPlain(rec.get('rels')) as {
    id: string;
    type: string;
    out: boolean;
    other: CitedFact['other'];
    props: Record<string, unknown>;
  }[]) {
    const { evidence, sources, ...properties } = factProperties(raw.props);
    const other = { ...raw.other };
    if (other.nameZh == null) delete other.nameZh;
    const fact: CitedFact = {
      id: raw.id,
      type: raw.type,
      direction: raw.out ? 'out' : 'in',
      other,
      properties,
      evidence: typeof evidence === 'string' ? evidence : undefined,
      sources: Array.isArray(sources) ? (sources as string[]) : [],
    };
    (grouped[raw.type] ??= []).push(fact);
  }
  const sources = (toPlain(rec.get('sources')) as SourceRef[]).map(
    (s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null)) as unknown as SourceRef,
  );
  return { node, sources, relationships: grouped, degree: Number(rec.get('degree')), mentionedIn: Number(rec.get('mentionedIn')) };
}
