// Repository for the presenter's growth charts: reads member counts, memberships and
// milestone facts of organisations (and agreements such as the UNCAC) and hands them to the
// pure computation in growth-series.ts.
import type { GrowthListResponse, GrowthOrganisation, GrowthResponse, GrowthSummary, MilestoneEnd } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { notFound } from '../errors.ts';
import {
  buildDerivedSeries,
  buildMilestones,
  buildPublishedSeries,
  seriesMatches,
  seriesNames,
  type CountRecord,
  type MembershipRecord,
  type MilestoneRecord,
} from './growth-series.ts';
import { primaryLabel } from './lookup.ts';

/** Labels whose nodes can have members and counts. */
export const GROWTH_LABELS = ['Organisation', 'Agreement'] as const;

const COUNTS = `CALL (o) {
    OPTIONAL MATCH (o)-[h:HAS_COUNT]->(c:MembershipCount)
    RETURN collect(CASE WHEN c IS NULL THEN null ELSE {countId: c.id, date: c.date, dateText: c.dateText, count: c.count, unit: c.unit, scope: c.scope,
      lowerBound: c.lowerBound, approx: c.approx, derived: c.derived, note: c.note, sourceUrl: c.sourceUrl,
      sources: coalesce(c.sources, []) + coalesce(h.sources, []), evidence: h.evidence} END) AS counts
  }`;

const MEMBERSHIPS = `CALL (o) {
    OPTIONAL MATCH (m)-[r:MEMBER_OF|PARTY_TO]->(o)
    RETURN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), memberId: m.id, memberName: m.name, memberLabel: ${primaryLabel('m')},
      status: r.status, since: r.since, until: r.until, signed: r.signed, ratified: r.ratified, sources: r.sources} END) AS memberships
  }`;

const ORG = `{id: o.id, label: ${primaryLabel('o')}, name: o.name, nameZh: o.nameZh, acronym: o.acronym, sources: coalesce(o.sources, [])}`;

function dropNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Every organisation or agreement with at least one published count or one dated member. */
export async function listGrowth(db: GraphDb): Promise<GrowthListResponse> {
  const res = await db.read(
    `MATCH (o:Entity) WHERE (o:Organisation OR o:Agreement) AND (EXISTS { (o)-[:HAS_COUNT]->(:MembershipCount) } OR EXISTS { ()-[:MEMBER_OF|PARTY_TO]->(o) })
     ${COUNTS}
     ${MEMBERSHIPS}
     RETURN ${ORG} AS org, counts, memberships
     ORDER BY o.name`,
  );
  const organisations: GrowthSummary[] = [];
  for (const rec of res.records) {
    const org = dropNulls(toPlain(rec.get('org')) as GrowthOrganisation);
    const published = buildPublishedSeries(toPlain(rec.get('counts')) as CountRecord[]);
    const derived = buildDerivedSeries(toPlain(rec.get('memberships')) as MembershipRecord[]);
    const publishedPoints = published.reduce((n, s) => n + s.points.length, 0);
    const undatedPoints = published.reduce((n, s) => n + s.undated.length, 0);
    const derivedPoints = derived.reduce((n, s) => n + s.points.length, 0);
    if (publishedPoints + undatedPoints + derivedPoints === 0) continue;
    const summary: GrowthSummary = {
      id: org.id,
      label: org.label,
      name: org.name,
      ...(org.nameZh ? { nameZh: org.nameZh } : {}),
      ...(org.acronym ? { acronym: org.acronym } : {}),
      units: published.map((s) => s.label),
      series: published.map((s) => ({ key: s.key, label: s.label, points: s.points.length, undated: s.undated.length })),
      publishedPoints,
      undatedPoints,
      derivedPoints,
      members: derived.reduce((n, s) => n + s.totalMembers, 0),
      unknownDateCount: derived.reduce((n, s) => n + s.unknownDateCount, 0),
    };
    organisations.push(summary);
  }
  return { organisations };
}

const END = (v: string) => `{id: ${v}.id, label: ${primaryLabel(v)}, name: ${v}.name, nameZh: ${v}.nameZh, acronym: ${v}.acronym}`;
const FACT = (date: string) => `{key: coalesce(r.key, elementId(r)), type: type(r), from: ${END('a')}, to: ${END('b')}, date: ${date},
  until: r.until, role: r.role, evidence: r.evidence, note: r.note, dateText: r.dateText, sources: coalesce(r.sources, []) + extra}`;

/** Growth series and milestones of one organisation (or agreement); 404 when there is none. */
export async function getGrowth(db: GraphDb, id: string, opts: { units?: string[] } = {}): Promise<GrowthResponse> {
  const res = await db.read(
    `MATCH (o:Entity {id: $id}) WHERE o:Organisation OR o:Agreement
     ${COUNTS}
     ${MEMBERSHIPS}
     CALL (o) {
       CALL (o) {
         MATCH (a)-[r:HOLDS_ROLE|ESTABLISHED|ADOPTED|SIGNED]->(o)
         WITH a, r, o AS b, [] AS extra
         RETURN ${FACT('coalesce(r.since, r.date)')} AS fact
         UNION ALL
         MATCH (o)-[r:ESTABLISHED|ADOPTED|SIGNED]->(b)
         WITH o AS a, r, b, [] AS extra
         RETURN ${FACT('r.date')} AS fact
         UNION ALL
         MATCH (o)-[r:HOSTED]->(b:Event)
         WITH o AS a, r, b, coalesce(b.sources, []) AS extra
         RETURN ${FACT('b.startDate')} AS fact
       }
       RETURN collect(fact) AS facts
     }
     RETURN ${ORG} AS org, counts, memberships, facts`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) throw notFound(`No organisation or agreement with id "${id}". GET /api/growth lists those with growth series.`);
  const organisation = dropNulls(toPlain(rec.get('org')) as GrowthOrganisation);
  const wanted = opts.units?.length ? new Set(opts.units.map((u) => u.trim().toLowerCase())) : null;
  // `units` picks series by unit, label or key; derived series are picked by the same names.
  const published = buildPublishedSeries(toPlain(rec.get('counts')) as CountRecord[]).filter((s) => !wanted || seriesMatches(s, wanted));
  const derived = buildDerivedSeries(toPlain(rec.get('memberships')) as MembershipRecord[]).filter(
    (s) => !wanted || seriesMatches(s, wanted),
  );
  const facts = (toPlain(rec.get('facts')) as MilestoneRecord[]).map((f) => ({
    ...f,
    from: dropNulls(f.from) as MilestoneEnd,
    to: dropNulls(f.to) as MilestoneEnd,
  }));
  return { organisation, published, derived, milestones: buildMilestones(facts), datePlacement: 'start-of-period' };
}

/** Series names (see seriesNames) of each of the given organisations or agreements that exist. */
export async function growthSeriesNames(db: GraphDb, ids: string[]): Promise<Map<string, Set<string>>> {
  if (!ids.length) return new Map();
  const res = await db.read(
    `MATCH (o:Entity) WHERE o.id IN $ids AND (o:Organisation OR o:Agreement)
     ${COUNTS}
     ${MEMBERSHIPS}
     RETURN o.id AS id, counts, memberships`,
    { ids },
  );
  return new Map(
    res.records.map((r) => [
      r.get('id') as string,
      seriesNames(
        buildPublishedSeries(toPlain(r.get('counts')) as CountRecord[]),
        buildDerivedSeries(toPlain(r.get('memberships')) as MembershipRecord[]),
      ),
    ]),
  );
}
