// The documents (and reference files) the graph cites, and the facts each one supports. A
// document's text comes from a SourceTextReader the caller gives (the app's reads seed/sources/).
import { primaryLabel } from './lookup.ts';
import type { SourceDetails, SourceSummary } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { notFound } from '../errors.ts';

/** The text of a document source by its `file` (the app's reads seed/sources/); undefined when there is none. */
export type SourceTextReader = (file: string) => string | undefined;

const SUMMARY = `{id: s.id, title: s.title, publisher: s.publisher, date: s.date, dateText: s.dateText, url: s.url, kind: s.kind, file: s.file, note: s.note, language: s.language,
  facts: {nodes: COUNT { (s)-[:MENTIONS]->() }, relationships: COUNT { ()-[r]->() WHERE s.id IN r.sources AND type(r) <> 'MENTIONS' }}}`;

function dropNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as T;
}

export async function listSources(db: GraphDb): Promise<SourceSummary[]> {
  const res = await db.read(`MATCH (s:Source) RETURN ${SUMMARY} AS s ORDER BY s.kind, s.date DESC, s.id`);
  return res.records.map((r) => dropNulls(toPlain(r.get('s')) as SourceSummary));
}

export async function getSource(db: GraphDb, id: string, sourceText: SourceTextReader, limit = 2000): Promise<SourceDetails> {
  const res = await db.read(
    `MATCH (s:Source {id: $id})
     CALL (s) {
       OPTIONAL MATCH (s)-[:MENTIONS]->(n)
       WITH n ORDER BY ${primaryLabel('n')}, n.name LIMIT $limit
       RETURN collect(CASE WHEN n IS NULL THEN null ELSE {id: n.id, label: ${primaryLabel('n')}, name: n.name} END) AS nodes
     }
     CALL (s) {
       MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONS' AND s.id IN r.sources
       WITH a, r, b ORDER BY type(r), a.name LIMIT $limit
       RETURN collect({id: coalesce(r.key, elementId(r)), type: type(r), from: {id: a.id, name: a.name}, to: {id: b.id, name: b.name}, evidence: r.evidence}) AS rels
     }
     RETURN ${SUMMARY} AS s, nodes, rels`,
    { id, limit },
  );
  const rec = res.records[0];
  if (!rec) throw notFound(`No source with id "${id}". GET /api/sources lists them.`);
  const source = dropNulls(toPlain(rec.get('s')) as SourceDetails['source']);
  const text = source.kind === 'document' && source.file ? sourceText(source.file) : undefined;
  return {
    source,
    ...(text ? { text } : {}),
    nodes: toPlain(rec.get('nodes')) as SourceDetails['nodes'],
    relationships: (toPlain(rec.get('rels')) as SourceDetails['relationships']).map((r) => dropNulls(r)),
  };
}
