// "What do A and B have in common?": the organisations both belong to (directly, or indirectly
// through their jurisdiction's membership), the events both attended or hosted, the agreements
// both signed, the partners both have, the places both are in, and the relationships between
// the two, each side's facts with their evidence and sources. One query: both entities' ties
// gathered per group (the types of server/shared/common-ground.ts), kept where both sides reach
// the same item.
import {
  CO_SIGNATORY_TYPE,
  COMMON_GROUND_TYPES,
  COMMON_GROUPS,
  COMMON_ITEMS_CAP,
  INDIRECT_MEMBERSHIP,
  isReferenceOnly,
  type CommonGroup,
} from '../shared/common-ground.ts';
import type { CommonEntity, CommonFact, CommonFactBase, CommonGroundResponse, CommonItem, CommonTie } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { notFound } from '../errors.ts';
import { matchByIds, primaryLabel } from './lookup.ts';

/** A node as the answer names it. */
const entity = (v: string) =>
  `{id: ${v}.id, label: ${primaryLabel(v)}, name: ${v}.name, nameZh: ${v}.nameZh, acronym: ${v}.acronym, date: coalesce(${v}.startDate, ${v}.date)}`;
/** A relationship as evidence; `side` (when given) is the node the direction is read from. */
const rel = (v: string, side?: string) =>
  `{id: coalesce(${v}.key, elementId(${v})), type: type(${v}), props: properties(${v})${side ? `, out: startNode(${v}) = ${side}` : ''}}`;
const types = (group: CommonGroup) => COMMON_GROUND_TYPES[group].join('|');

// Every branch returns one fact of `x` (a or b) about an item of a group. Relationship types are
// the model's names from a constant, never input: safe to write into the text.
const TIES = `
  MATCH (x)-[r:${types('organisations')}]->(item:Organisation)
  RETURN 'organisations' AS grp, item, ${rel('r', 'x')} AS fact, null AS via, null AS link
  UNION ALL
  MATCH (x)-[l:${INDIRECT_MEMBERSHIP.via}]->(j:Jurisdiction)-[r:${INDIRECT_MEMBERSHIP.membership}]->(item:Organisation)
  RETURN 'organisations' AS grp, item, ${rel('r', 'j')} AS fact, ${entity('j')} AS via, ${rel('l')} AS link
  UNION ALL
  MATCH (x)-[r:${types('events')}]->(item:Event)
  RETURN 'events' AS grp, item, ${rel('r', 'x')} AS fact, null AS via, null AS link
  UNION ALL
  MATCH (x)-[r:${types('agreements')}]->(item:Agreement)
  RETURN 'agreements' AS grp, item, ${rel('r', 'x')} AS fact, null AS via, null AS link
  UNION ALL
  MATCH (x)-[r:${types('partners')}]-(item) WHERE NOT item:Source
  RETURN 'partners' AS grp, item, ${rel('r', 'x')} AS fact, null AS via, null AS link
  UNION ALL
  MATCH (x)-[r:${CO_SIGNATORY_TYPE}]->(g:Agreement)<-[l:${CO_SIGNATORY_TYPE}]-(item) WHERE item <> x
  RETURN 'partners' AS grp, item, ${rel('r', 'x')} AS fact, ${entity('g')} AS via, ${rel('l')} AS link
  UNION ALL
  MATCH (x)-[r:${types('places')}]->(item:Jurisdiction)
  RETURN 'places' AS grp, item, ${rel('r', 'x')} AS fact, null AS via, null AS link`;

export const COMMON_GROUND_CYPHER = `
${matchByIds('a', 'a')} AND NOT a:Source
${matchByIds('b', 'b')} AND NOT b:Source
CALL (a, b) {
  OPTIONAL MATCH (a)-[r]-(b) WHERE NOT r:MENTIONS
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE ${rel('r', 'a')} END) AS direct
}
CALL (a, b) {
  UNWIND [['a', a], ['b', b]] AS pair
  WITH a, b, pair[0] AS side, pair[1] AS x
  CALL (x) {${TIES}
  }
  WITH a, b, side, grp, item, collect({fact: fact, via: via, link: link}) AS facts
  WHERE item <> a AND item <> b
  WITH grp, item, collect({side: side, facts: facts}) AS sides
  WHERE size(sides) = 2
  RETURN collect({grp: grp, item: ${entity('item')}, sides: sides}) AS shared
}
RETURN ${entity('a')} AS a, ${entity('b')} AS b, direct, shared`;

interface RawRel {
  id: string;
  type: string;
  props: Record<string, unknown>;
  out?: boolean;
}
interface RawFact {
  fact: RawRel;
  via: RawEntity | null;
  link: RawRel | null;
}
type RawEntity = { id: string; label: string; name: string | null; nameZh: string | null; acronym: string | null; date: string | null };
interface RawShared {
  grp: CommonGroup;
  item: RawEntity;
  sides: { side: 'a' | 'b'; facts: RawFact[] }[];
}

function toEntity(e: RawEntity): CommonEntity {
  return {
    id: e.id,
    label: e.label,
    name: e.name ?? e.id,
    ...(e.nameZh ? { nameZh: e.nameZh } : {}),
    ...(typeof e.acronym === 'string' && e.acronym ? { acronym: e.acronym } : {}),
    ...(typeof e.date === 'string' ? { date: e.date } : {}),
  };
}

function toFactBase(r: RawRel): CommonFactBase {
  const { key: _key, evidence, sources, ...properties } = r.props;
  const ids = Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
  return {
    id: r.id,
    type: r.type,
    properties,
    ...(typeof evidence === 'string' && evidence ? { evidence } : {}),
    sources: ids,
    reference: isReferenceOnly(ids),
  };
}

function toFact(raw: RawFact): CommonFact {
  const base = toFactBase(raw.fact);
  const indirect = raw.via !== null && raw.fact.type === INDIRECT_MEMBERSHIP.membership && raw.via.label === 'Jurisdiction';
  return {
    ...base,
    direction: raw.fact.out === false ? 'in' : 'out',
    indirect,
    ...(raw.via && raw.link
      ? {
          through: {
            kind: indirect ? ('jurisdiction' as const) : ('agreement' as const),
            entity: toEntity(raw.via),
            link: toFactBase(raw.link),
          },
        }
      : {}),
  };
}

/** Direct facts before indirect ones, documents before reference data, then by type and key. */
function factOrder(x: CommonFact, y: CommonFact): number {
  return (
    Number(x.indirect) - Number(y.indirect) ||
    Number(x.reference) - Number(y.reference) ||
    x.type.localeCompare(y.type) ||
    x.id.localeCompare(y.id)
  );
}

/** What rests on documents first, direct before indirect, the latest dated first, then by name. */
function itemOrder(x: CommonItem, y: CommonItem): number {
  return (
    Number(x.reference) - Number(y.reference) ||
    Number(x.indirect) - Number(y.indirect) ||
    (y.entity.date ?? '').localeCompare(x.entity.date ?? '') ||
    x.entity.name.localeCompare(y.entity.name) ||
    x.entity.id.localeCompare(y.entity.id)
  );
}

function toItem(raw: RawShared): CommonItem {
  const side = (s: 'a' | 'b') => (raw.sides.find((x) => x.side === s)?.facts ?? []).map(toFact).sort(factOrder);
  const a = side('a');
  const b = side('b');
  return {
    entity: toEntity(raw.item),
    a,
    b,
    indirect: a.every((f) => f.indirect) || b.every((f) => f.indirect),
    reference: a.every((f) => f.reference) || b.every((f) => f.reference),
  };
}

export async function commonGround(db: GraphDb, a: string, b: string): Promise<CommonGroundResponse> {
  const res = await db.read(COMMON_GROUND_CYPHER, { a: [a], b: [b] });
  const rec = res.records[0];
  if (!rec) {
    const found = await db.read(`${matchByIds('n', 'ids')} AND NOT n:Source RETURN n.id AS id`, { ids: [a, b] });
    const ids = new Set(found.records.map((r) => r.get('id') as string));
    const missing = [a, b].filter((id) => !ids.has(id));
    throw notFound(
      `No entity with id ${missing.map((id) => `"${id}"`).join(' or ')}. Search for it with /api/search?q=... (documents cannot be compared).`,
    );
  }
  const direct: CommonTie[] = (toPlain(rec.get('direct')) as RawRel[])
    .map((r) => ({ ...toFactBase(r), from: r.out ? ('a' as const) : ('b' as const) }))
    .sort((x, y) => Number(x.reference) - Number(y.reference) || x.type.localeCompare(y.type) || x.id.localeCompare(y.id));
  const byGroup = new Map<CommonGroup, CommonItem[]>(COMMON_GROUPS.map((g) => [g, []]));
  for (const raw of toPlain(rec.get('shared')) as RawShared[]) byGroup.get(raw.grp)?.push(toItem(raw));
  return {
    a: toEntity(toPlain(rec.get('a')) as RawEntity),
    b: toEntity(toPlain(rec.get('b')) as RawEntity),
    direct,
    groups: COMMON_GROUPS.map((group) => {
      const items = byGroup.get(group)!.sort(itemOrder);
      return { group, types: [...COMMON_GROUND_TYPES[group]], total: items.length, items: items.slice(0, COMMON_ITEMS_CAP) };
    }),
  };
}
