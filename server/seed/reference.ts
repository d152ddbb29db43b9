// Turns the reference CSVs (seed/reference/) into graph records: a cited layer of memberships,
// treaty parties and published member counts. Each row keeps its own `sourceUrl` and `note`;
// each record cites the reference file's Source (ref-*). Nodes the curated graph already has
// (matched by id, ISO3 code or name) are reused, never redefined.
import type { GraphDoc, NodeRecord, RelRecord } from '../model/records.ts';
import { slugify } from '../shared/slug.ts';

type Rows = Record<string, string>[];
export type ReferenceFiles = Record<string, Rows>;

/** Reference organisations: the id used in the graph, and the record to create if the curated graph lacks it. */
const ORGS: Record<string, NodeRecord> = {
  uncac: { label: 'Agreement', id: 'uncac', name: 'United Nations Convention against Corruption', aliases: ['UNCAC'], kind: 'convention', sources: ['ref-uncac-parties'] } as NodeRecord,
  wco: { label: 'Organisation', id: 'wco', name: 'World Customs Organization', acronym: 'WCO', aliases: ['WCO'], kind: 'intergovernmental', sources: ['ref-wco-members'] } as NodeRecord,
  interpol: { label: 'Organisation', id: 'interpol', name: 'INTERPOL', acronym: 'INTERPOL', kind: 'intergovernmental', sources: ['ref-interpol-members'] } as NodeRecord,
  'globe-network': { label: 'Organisation', id: 'globe-network', name: 'Global Operational Network of Anti-Corruption Law Enforcement Authorities', aliases: ['GlobE Network', 'GlobE'], kind: 'network', sources: ['ref-globe-members'] } as NodeRecord,
  iaaca: { label: 'Organisation', id: 'iaaca', name: 'International Association of Anti-Corruption Authorities', acronym: 'IAACA', aliases: ['IAACA'], kind: 'association', sources: ['ref-iaaca-members'] } as NodeRecord,
  apec: { label: 'Organisation', id: 'apec', name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC', aliases: ['APEC'], kind: 'forum', sources: ['ref-apec-members'] } as NodeRecord,
  'adb-oecd-aci': { label: 'Organisation', id: 'adb-oecd-aci', name: 'ADB/OECD Anti-Corruption Initiative for Asia and the Pacific', aliases: ['ADB/OECD Anti-Corruption Initiative'], kind: 'programme', sources: ['ref-adb-oecd-aci-members'] } as NodeRecord,
  iaca: { label: 'Organisation', id: 'iaca', name: 'International Anti-Corruption Academy', acronym: 'IACA', aliases: ['IACA'], kind: 'academy', sources: ['ref-membership-counts'] } as NodeRecord,
};

const COUNT_ORG: Record<string, string> = {
  'UNCAC (States parties)': 'uncac',
  'WCO (members)': 'wco',
  'INTERPOL (member countries)': 'interpol',
  'GlobE Network': 'globe-network',
  'IAACA (organisational members)': 'iaaca',
  'ADB/OECD Anti-Corruption Initiative for Asia and the Pacific': 'adb-oecd-aci',
  'APEC (member economies)': 'apec',
  'IACA (International Anti-Corruption Academy, parties)': 'iaca',
};

const YEAR_OR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const dateOrUndefined = (s: string | undefined) => (s && YEAR_OR_DATE.test(s) ? s : undefined);
const bool = (s: string | undefined) => s?.toLowerCase() === 'true';
const normName = (s: string) => s.toLowerCase().replace(/\([^)]*\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

function shortRegion(region: string): string | undefined {
  if (!region) return undefined;
  if (region.startsWith('Asia/Pacific')) return 'Asia/Pacific';
  return region.replace(/\s*\(.*\)\s*$/, '');
}

/**
 * Builds the reference layer. Where a reference row states what a curated record already states
 * (same relationship type and ends, or a property of a curated node), the curated record is kept
 * and the reference source is ADDED to its sources (with any property it lacks), so no fact loses
 * a citation and no edge is doubled.
 */
export function buildReferenceLayer(files: ReferenceFiles, curated: NodeRecord[], curatedRels: RelRecord[] = []): GraphDoc {
  const nodes = new Map<string, NodeRecord>();
  const rels: RelRecord[] = [];
  const curatedById = new Map(curated.map((n) => [n.id, n]));
  const byIso3 = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const n of curated) {
    if (n.label === 'Jurisdiction' && typeof n.iso3 === 'string') byIso3.set(n.iso3, n.id);
    if (n.label === 'Agency' || n.label === 'Organisation') {
      for (const nm of [n.name, ...((n.aliases as string[] | undefined) ?? [])]) if (nm) byName.set(normName(nm), n.id);
    }
  }
  const usedIds = new Set(curated.map((n) => n.id));

  const addSource = (node: NodeRecord, source: string) => {
    if (!node.sources.includes(source)) node.sources.push(source);
  };
  const curatedRelByEnds = new Map<string, RelRecord>();
  for (const r of curatedRels) if (!r.key) curatedRelByEnds.set(`${r.type}:${r.from}->${r.to}`, r);

  const org = (id: string, source: string): string => {
    if (curatedById.has(id)) return id;
    const existing = nodes.get(id);
    if (existing) addSource(existing, source);
    else {
      const rec = structuredClone(ORGS[id]);
      rec.sources = [source];
      nodes.set(id, rec);
      usedIds.add(id);
    }
    return id;
  };

  const jurisdiction = (name: string, iso3: string, source: string, extra: Partial<NodeRecord> = {}): string | null => {
    const code = iso3.trim().toUpperCase();
    if (!name && !code) return null;
    let id = code ? byIso3.get(code) : byName.get(normName(name));
    const curatedNode = id ? curatedById.get(id) : undefined;
    if (id && curatedNode) {
      // A curated jurisdiction: keep it, but take a property it lacks (e.g. the WCO region), citing the reference.
      for (const [k, v] of Object.entries(extra)) {
        if (v !== undefined && curatedNode[k] === undefined) {
          curatedNode[k] = v;
          addSource(curatedNode, source);
        }
      }
      return id;
    }
    if (!id) {
      id = slugify(name);
      while (usedIds.has(id)) id = `${id}-${(code || 'x').toLowerCase()}`;
      usedIds.add(id);
      if (code) byIso3.set(code, id);
      else byName.set(normName(name), id);
      const rec: NodeRecord = { label: 'Jurisdiction', id, name, sources: [source] };
      if (code) rec.iso3 = code;
      if (!code && /union/i.test(name)) rec.kind = 'union';
      nodes.set(id, rec);
    }
    const rec = nodes.get(id)!;
    addSource(rec, source);
    for (const [k, v] of Object.entries(extra)) if (v !== undefined && rec[k] === undefined) rec[k] = v;
    return id;
  };

  const agency = (name: string, countryIso3: string, countryName: string, source: string): string => {
    const known = byName.get(normName(name));
    if (known) return known;
    const base = slugify(countryName ? `${countryName} ${name}` : name);
    let id = base;
    while (usedIds.has(id)) id = `${base}-2`;
    usedIds.add(id);
    byName.set(normName(name), id);
    const acronym = /\(([A-Z&]{2,10})\)/.exec(name)?.[1];
    const rec: NodeRecord = { label: 'Agency', id, name: name.replace(/\s*\([A-Z&]{2,10}\)\s*$/, ''), sources: [source] };
    if (acronym) {
      rec.acronym = acronym;
      rec.aliases = [acronym];
    }
    nodes.set(id, rec);
    const j = countryIso3 || countryName ? jurisdiction(countryName, countryIso3, source) : null;
    if (j) rels.push({ type: 'LOCATED_IN', from: id, to: j, sources: [source] });
    return id;
  };

  const rel = (r: RelRecord) => {
    for (const k of Object.keys(r)) if (r[k] === undefined || r[k] === '') delete r[k];
    const same = curatedRelByEnds.get(`${r.type}:${r.from}->${r.to}`);
    if (same) {
      for (const s of r.sources) if (!same.sources.includes(s)) same.sources.push(s);
      for (const [k, v] of Object.entries(r)) if (!['type', 'from', 'to', 'sources', 'note'].includes(k) && same[k] === undefined) same[k] = v;
      return;
    }
    rels.push(r);
  };

  // UNCAC states parties.
  for (const row of files['uncac_parties.csv'] ?? []) {
    const src = 'ref-uncac-parties';
    const j = jurisdiction(row.country, row.iso3, src);
    if (!j) continue;
    rel({ type: 'PARTY_TO', from: j, to: org('uncac', src), sources: [src], signed: dateOrUndefined(row.signature_date), ratified: dateOrUndefined(row.ratification_date), actionType: row.action_type, sourceUrl: row.source_url, note: row.note });
  }
  // WCO members, with the WCO region where the data gives one.
  for (const row of files['wco_members.csv'] ?? []) {
    const src = 'ref-wco-members';
    const region = shortRegion(row.region);
    const j = jurisdiction(row.member, row.iso3, src, region ? { region } : {});
    if (!j) continue;
    rel({ type: 'MEMBER_OF', from: j, to: org('wco', src), sources: [src], status: 'member', since: dateOrUndefined(row.joined_date) ?? dateOrUndefined(row.joined_year), sourceUrl: row.source_url, note: [row.note, region ? `WCO region: ${row.region}` : ''].filter(Boolean).join('; ') });
  }
  // INTERPOL (Factbook participation; sub-bureaus noted).
  for (const row of files['interpol_members_factbook.csv'] ?? []) {
    const src = 'ref-interpol-members';
    const j = jurisdiction(row.entity, row.iso3, src);
    if (!j) continue;
    rel({ type: 'MEMBER_OF', from: j, to: org('interpol', src), sources: [src], status: 'member', sourceUrl: row.source_url, note: row.factbook_entry !== 'Interpol' ? `CIA World Factbook lists "${row.factbook_entry}" (${row.factbook_file})` : `CIA World Factbook (${row.factbook_file})` });
  }
  // APEC member economies.
  for (const row of files['apec_member_economies.csv'] ?? []) {
    const src = 'ref-apec-members';
    const j = jurisdiction(row.economy, row.iso3, src);
    if (!j) continue;
    rel({ type: 'MEMBER_OF', from: j, to: org('apec', src), sources: [src], status: 'member', since: dateOrUndefined(row.joined_year), sourceUrl: row.source_url, note: row.note });
  }
  // ADB/OECD Anti-Corruption Initiative.
  for (const row of files['adb_oecd_aci_members.csv'] ?? []) {
    const src = 'ref-adb-oecd-aci-members';
    const j = jurisdiction(row.member, row.iso3, src);
    if (!j) continue;
    rel({ type: 'MEMBER_OF', from: j, to: org('adb-oecd-aci', src), sources: [src], status: 'member', since: dateOrUndefined(row.endorsed_or_joined), sourceUrl: row.source_url, note: row.note });
  }
  // IAACA: a partial list of member organisations, with Executive Committee roles.
  for (const row of files['iaaca_members_partial.csv'] ?? []) {
    const src = 'ref-iaaca-members';
    const a = agency(row.organisation, row.iso3, row.country.replace(/,\s*China$/, ''), src);
    const iaaca = org('iaaca', src);
    rel({ type: 'MEMBER_OF', from: a, to: iaaca, sources: [src], status: 'member', sourceUrl: row.source_url, note: [row.role, row.note].filter(Boolean).join('; ') });
    const span = /(\d{4})-(\d{4})/.exec(row.role);
    const roleName = row.role.replace(/\s*\d{4}-\d{4}\s*/, '').replace(/^New member.*$/, '').trim();
    if (roleName) {
      rel({ type: 'HOLDS_ROLE', from: a, to: iaaca, sources: [src], role: roleName, since: span ? span[1] : dateOrUndefined(row.date), until: span ? span[2] : undefined, sourceUrl: row.source_url, note: row.note });
    }
  }
  // GlobE Network: named member authorities and observers.
  for (const row of files['globe_network_members.csv'] ?? []) {
    const src = 'ref-globe-members';
    if (/not named/i.test(row.authority)) continue; // an unnamed authority is not a node we can name
    const expansion = /([A-Z]{2,6}) = ([^;(]+)/.exec(row.note);
    const name = expansion && expansion[1] === row.authority ? `${expansion[2].trim()} (${row.authority})` : row.authority;
    const a = agency(name, row.iso3, row.country, src);
    rel({ type: 'MEMBER_OF', from: a, to: org('globe-network', src), sources: [src], status: 'member', since: dateOrUndefined(row.join_date), sourceUrl: row.source_url, note: row.note });
  }
  for (const row of files['globe_network_observers.csv'] ?? []) {
    const src = 'ref-globe-observers';
    const known = byName.get(normName(row.observer)) ?? (normName(row.observer) === normName(ORGS.iaca.name as string) ? org('iaca', src) : undefined);
    let id = known;
    if (!id) {
      id = slugify(row.observer.replace(/\s*\(([A-Z]+)\)\s*$/, ''));
      while (usedIds.has(id)) id = `${id}-2`;
      usedIds.add(id);
      const acronym = /\(([A-Z]{2,10})\)/.exec(row.observer)?.[1];
      const rec: NodeRecord = { label: 'Organisation', id, name: row.observer.replace(/\s*\([A-Z]{2,10}\)\s*$/, ''), sources: [src] };
      if (acronym) rec.aliases = [acronym];
      nodes.set(id, rec);
      byName.set(normName(row.observer), id);
    }
    const validated = /validated/i.test(row.note);
    rel({ type: 'MEMBER_OF', from: id, to: org('globe-network', src), sources: [src], status: 'observer', since: validated ? dateOrUndefined(row.as_of) : undefined, dateText: validated ? undefined : `listed as an observer as of ${row.as_of}`, sourceUrl: row.source_url, note: row.note });
  }
  // Published (and derived) member counts.
  const countIds = new Set<string>();
  for (const row of files['membership_counts.csv'] ?? []) {
    const src = 'ref-membership-counts';
    const orgId = COUNT_ORG[row.organisation];
    if (!orgId) continue;
    org(orgId, src);
    const date = dateOrUndefined(row.date);
    let id = `count-${orgId}-${date ?? 'undated'}-${slugify(row.unit)}${row.scope ? `-${slugify(row.scope)}` : ''}`;
    let n = 2;
    while (countIds.has(id)) id = `${id.replace(/-\d+$/, '')}-${n++}`;
    countIds.add(id);
    const rec: NodeRecord = {
      label: 'MembershipCount', id, sources: [src],
      count: Number(row.count), unit: row.unit, lowerBound: bool(row.lower_bound), derived: bool(row.derived),
      note: row.note, sourceUrl: row.source_url,
    };
    if (date) rec.date = date;
    else rec.dateText = 'undated in the source (see note)';
    if (row.scope) rec.scope = row.scope;
    for (const k of Object.keys(rec)) if (rec[k] === '' || rec[k] === undefined) delete rec[k];
    nodes.set(id, rec);
    rel({ type: 'HAS_COUNT', from: orgId, to: id, sources: [src] });
  }
  return { nodes: [...nodes.values()], relationships: rels };
}
