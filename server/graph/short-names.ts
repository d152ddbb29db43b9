// `shortName` / `shortNameZh` on agreements and events whose names do not fit under a node:
// derived display names (bookkeeping, not facts; the rule is server/shared/short-name.ts),
// recomputed by every load in its own transaction, written only where they changed and removed
// where a name no longer needs one.
import type { ManagedTransaction } from 'neo4j-driver';
import { toNeoParams } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { AGREEMENT_NAME_MAX, SHORT_NAME_MAX, SHORT_NAME_MAX_ZH, shortNames, type ShortNameInput } from '../shared/short-name.ts';

export const SHORT_NAME_PROPERTIES = ['shortName', 'shortNameZh'] as const;

const GATHER = `
MATCH (n:Entity)
WHERE (n:Agreement AND size(n.name) > $maxAgreement) OR ((n:Agreement OR n:Event) AND (size(n.name) > $max OR size(n.nameZh) > $maxZh))
CALL (n) {
  OPTIONAL MATCH (s:Entity)-[:SIGNED]->(n)
  OPTIONAL MATCH (s)-[:LOCATED_IN]->(j:Jurisdiction)
  WITH s, j ORDER BY j.id
  WITH s, collect(j)[0] AS place, COUNT { (s)-[:SIGNED]->(:Agreement) } AS signed
  ORDER BY signed DESC, s.id
  WITH s, place WHERE s IS NOT NULL
  RETURN collect({name: s.name, nameZh: s.nameZh, acronym: s.acronym, place: place.name, placeZh: place.nameZh}) AS parties
}
RETURN n.id AS id, CASE WHEN n:Agreement THEN 'Agreement' ELSE 'Event' END AS label, n.name AS name, n.nameZh AS nameZh,
       n.kind AS kind, coalesce(n.date, n.startDate) AS date, parties`;

const ACRONYMS = `
MATCH (o:Entity)
WHERE (o:Organisation OR o:Agreement OR o:Agency) AND o.acronym IS NOT NULL AND size(o.name) > size(o.acronym) + 4
RETURN o.name AS name, o.acronym AS acronym`;

const CURRENT = `
MATCH (n:Entity) WHERE n.shortName IS NOT NULL OR n.shortNameZh IS NOT NULL
RETURN n.id AS id, n.shortName AS shortName, n.shortNameZh AS shortNameZh`;

const dropNulls = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** Recomputes the short names of every agreement and event (only long names need one); writes only what changed. */
export async function refreshShortNames(tx: ManagedTransaction): Promise<number> {
  const params = toNeoParams({ max: SHORT_NAME_MAX, maxZh: SHORT_NAME_MAX_ZH, maxAgreement: AGREEMENT_NAME_MAX });
  const inputs = (await tx.run(GATHER, params)).records.map((r) => {
    const o = toPlain(r.toObject()) as ShortNameInput & { parties: Record<string, unknown>[] };
    return dropNulls({ ...o, parties: o.parties.map((c) => dropNulls(c)) }) as ShortNameInput;
  });
  const acronyms = (await tx.run(ACRONYMS)).records.map((r) => ({ name: String(r.get('name')), acronym: String(r.get('acronym')) }));
  const next = shortNames(inputs, acronyms);
  const current = new Map(
    (await tx.run(CURRENT)).records.map((r) => [String(r.get('id')), { shortName: r.get('shortName'), shortNameZh: r.get('shortNameZh') }]),
  );
  const rows: { id: string; shortName: string | null; shortNameZh: string | null }[] = [];
  for (const id of new Set([...next.keys(), ...current.keys()])) {
    const want = next.get(id) ?? {};
    const have = current.get(id) ?? { shortName: null, shortNameZh: null };
    const row = { id, shortName: want.shortName ?? null, shortNameZh: want.shortNameZh ?? null };
    if (row.shortName !== (have.shortName ?? null) || row.shortNameZh !== (have.shortNameZh ?? null)) rows.push(row);
  }
  if (rows.length) {
    await tx.run(
      `UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n.shortName = row.shortName, n.shortNameZh = row.shortNameZh`,
      toNeoParams({ rows }),
    );
  }
  return rows.length;
}
