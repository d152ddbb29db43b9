// Growth series for the presenter, as pure functions over plain records (no database here):
// published member counts grouped into one series per unit (and scope), the cumulative count
// derived from dated memberships, and dated milestones to annotate a chart with.
//
// Partial dates are placed at the START of the period they name: "2024" sits at 2024-01-01,
// "2024-05" at 2024-05-01 (as the explorer's time window does). So "2024" sorts before
// "2024-05"; where two dates start on the same day, the less precise one comes first
// ("2024" < "2024-01" < "2024-01-01"). `precision` travels with every point so a chart can
// draw the whole period (a year-only point spans the year) instead of implying a day.
import type {
  DerivedMember,
  DerivedPoint,
  DerivedSeries,
  GrowthPoint,
  Milestone,
  MilestoneEnd,
  PublishedSeries,
} from '../shared/contracts.ts';
import { compareDates, isPartialDate, periodStart as dateSortKey, precisionOf as datePrecision } from '../shared/partial-date.ts';
import { slugify } from '../shared/slug.ts';

// Dates follow the shared rule (server/shared/partial-date.ts).

const union = (...lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((l) => l ?? []))];
const norm = (s: string | undefined | null) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

// ---------------------------------------------------------------- published counts

/** A MembershipCount node as the repository reads it (with its HAS_COUNT relationship's citation). */
export interface CountRecord {
  countId: string;
  date?: string | null;
  dateText?: string | null;
  count: number;
  unit: string;
  scope?: string | null;
  lowerBound?: boolean | null;
  approx?: boolean | null;
  derived?: boolean | null;
  note?: string | null;
  sourceUrl?: string | null;
  sources?: string[] | null;
  evidence?: string | null;
}

function toPoint(c: CountRecord): GrowthPoint {
  const date = isPartialDate(c.date) ? c.date : null;
  const p: GrowthPoint = {
    date,
    sortKey: date ? dateSortKey(date) : null,
    precision: date ? datePrecision(date) : null,
    count: c.count,
    lowerBound: !!c.lowerBound,
    approx: !!c.approx,
    derived: !!c.derived,
    sourceUrls: c.sourceUrl ? [c.sourceUrl] : [],
    sources: union(c.sources ?? []),
    countId: c.countId,
    countIds: [c.countId],
  };
  if (c.dateText) p.dateText = c.dateText;
  if (c.note) p.note = c.note;
  if (c.evidence) p.evidence = c.evidence;
  if (c.sourceUrl) p.sourceUrl = c.sourceUrl;
  return p;
}

const joinText = (a: string | undefined, b: string | undefined) => (a && b && a !== b ? `${a} | ${b}` : (a ?? b));

/**
 * Two counts are the same published figure when they give the same date (or both none), the
 * same count of the same unit and scope, and the same kind of value (a lower bound "over 180"
 * is not the figure 180). The merged point cites every source; it is approximate or derived
 * only if all of the merged counts are.
 */
function mergeInto(into: GrowthPoint, p: GrowthPoint): void {
  into.sources = union(into.sources, p.sources);
  into.sourceUrls = union(into.sourceUrls, p.sourceUrls);
  into.countIds = union(into.countIds, p.countIds);
  into.approx = into.approx && p.approx;
  into.derived = into.derived && p.derived;
  const note = joinText(into.note, p.note);
  if (note) into.note = note;
  const dateText = joinText(into.dateText, p.dateText);
  if (dateText) into.dateText = dateText;
  into.evidence ??= p.evidence;
  into.sourceUrl ??= p.sourceUrl;
}

function comparePoints(a: GrowthPoint, b: GrowthPoint): number {
  if (a.date && b.date) {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  }
  return a.count - b.count || a.countId.localeCompare(b.countId);
}

/** Groups counts into one series per unit (and scope), merges duplicates, sorts by date. */
export function buildPublishedSeries(counts: readonly CountRecord[]): PublishedSeries[] {
  const series = new Map<string, { unit: string; scope?: string; byIdentity: Map<string, GrowthPoint> }>();
  for (const c of counts) {
    if (!Number.isFinite(c.count) || !c.unit?.trim()) continue;
    const scope = c.scope?.trim() || undefined;
    const key = `${norm(c.unit)}\u0000${norm(scope)}`;
    let s = series.get(key);
    if (!s) {
      s = { unit: c.unit.trim(), scope, byIdentity: new Map() };
      series.set(key, s);
    }
    const p = toPoint(c);
    const identity = `${p.date ?? ''}|${p.count}|${p.lowerBound}`;
    const existing = s.byIdentity.get(identity);
    if (existing) mergeInto(existing, p);
    else s.byIdentity.set(identity, p);
  }
  const out: PublishedSeries[] = [...series.values()].map(({ unit, scope, byIdentity }) => {
    const all = [...byIdentity.values()];
    const points = all.filter((p) => p.date).sort(comparePoints);
    const undated = all.filter((p) => !p.date).sort(comparePoints);
    const s: PublishedSeries = {
      key: scope ? `${slugify(unit)}--${slugify(scope)}` : slugify(unit),
      unit,
      label: scope ? `${unit} (${scope})` : unit,
      points,
      undated,
      hasLowerBounds: all.some((p) => p.lowerBound),
    };
    if (scope) s.scope = scope;
    return s;
  });
  // Whole-organisation series first, then the ones with the most points.
  return out.sort(
    (a, b) =>
      Number(!!a.scope) - Number(!!b.scope) ||
      b.points.length + b.undated.length - (a.points.length + a.undated.length) ||
      a.unit.localeCompare(b.unit),
  );
}

// ---------------------------------------------------------------- derived cumulative counts

/** One MEMBER_OF or PARTY_TO relationship into the organisation. */
export interface MembershipRecord {
  type: 'MEMBER_OF' | 'PARTY_TO';
  memberId: string;
  memberName: string;
  memberLabel: string;
  status?: string | null;
  since?: string | null;
  until?: string | null;
  signed?: string | null;
  ratified?: string | null;
  sources?: string[] | null;
}

const SERIES_DEF = {
  MEMBER_OF: {
    key: 'derived-members',
    unit: 'members',
    label: 'members (derived from dated memberships in the graph)',
    basis: 'MEMBER_OF.since',
  },
  PARTY_TO: {
    key: 'derived-parties',
    unit: 'states parties',
    label: 'states parties (derived from dated ratifications in the graph)',
    basis: 'PARTY_TO.ratified, else PARTY_TO.signed',
  },
} as const;

function joinDate(r: MembershipRecord): { date: string; from: DerivedMember['dateFrom'] } | null {
  if (r.type === 'PARTY_TO') {
    if (isPartialDate(r.ratified)) return { date: r.ratified, from: 'ratified' };
    if (isPartialDate(r.signed)) return { date: r.signed, from: 'signed' };
    return null;
  }
  return isPartialDate(r.since) ? { date: r.since, from: 'since' } : null;
}

/**
 * The cumulative member count by date, one series per relationship type present. Observers
 * are not members and are left out (and counted in `observersExcluded`). A member with
 * several relationships counts once, from its earliest known date; one whose date is unknown
 * counts in `unknownDateCount` and on no point. A dated `until` takes the member off again.
 */
export function buildDerivedSeries(records: readonly MembershipRecord[]): DerivedSeries[] {
  const out: DerivedSeries[] = [];
  for (const type of ['MEMBER_OF', 'PARTY_TO'] as const) {
    const rels = records.filter((r) => r.type === type);
    if (!rels.length) continue;
    const observers = new Set<string>();
    const members = new Map<
      string,
      { name: string; label: string; join?: { date: string; from: DerivedMember['dateFrom'] }; until?: string; sources: string[] }
    >();
    for (const r of rels) {
      if (r.status === 'observer') {
        observers.add(r.memberId);
        continue;
      }
      const m = members.get(r.memberId) ?? { name: r.memberName, label: r.memberLabel, sources: [] };
      const join = joinDate(r);
      if (join && (!m.join || compareDates(join.date, m.join.date) < 0)) m.join = join;
      if (isPartialDate(r.until) && (!m.until || compareDates(r.until, m.until) > 0)) m.until = r.until;
      m.sources = union(m.sources, r.sources ?? []);
      members.set(r.memberId, m);
    }
    for (const id of members.keys()) observers.delete(id); // a member that was also an observer is a member

    const changes = new Map<string, { added: number; removed: number; members: DerivedMember[]; sources: string[] }>();
    const change = (date: string) => {
      let c = changes.get(date);
      if (!c) changes.set(date, (c = { added: 0, removed: 0, members: [], sources: [] }));
      return c;
    };
    let unknown = 0;
    for (const [id, m] of members) {
      if (!m.join) {
        unknown++;
        continue;
      }
      const joined = change(m.join.date);
      joined.added++;
      joined.members.push({ id, name: m.name, label: m.label, dateFrom: m.join.from });
      joined.sources = union(joined.sources, m.sources);
      if (m.until && compareDates(m.until, m.join.date) >= 0) {
        const left = change(m.until);
        left.removed++;
        left.members.push({ id, name: m.name, label: m.label, dateFrom: 'until' });
        left.sources = union(left.sources, m.sources);
      }
    }
    let running = 0;
    const points: DerivedPoint[] = [...changes.entries()]
      .sort(([a], [b]) => compareDates(a, b))
      .map(([date, c]) => {
        running += c.added - c.removed;
        return {
          date,
          sortKey: dateSortKey(date),
          precision: datePrecision(date),
          count: running,
          added: c.added,
          removed: c.removed,
          members: c.members.sort((x, y) => x.name.localeCompare(y.name)),
          sources: c.sources,
        };
      });
    const def = SERIES_DEF[type];
    out.push({
      key: def.key,
      relationship: type,
      unit: def.unit,
      label: def.label,
      basis: def.basis,
      points,
      totalMembers: members.size,
      datedCount: members.size - unknown,
      unknownDateCount: unknown,
      observersExcluded: observers.size,
      sources: union(...[...members.values()].map((m) => m.sources)),
    });
  }
  return out;
}

// ---------------------------------------------------------------- milestones

/** A relationship touching the organisation that may mark a milestone, with both ends. */
export interface MilestoneRecord {
  key: string;
  type: 'HOLDS_ROLE' | 'ESTABLISHED' | 'ADOPTED' | 'HOSTED' | 'SIGNED';
  from: MilestoneEnd;
  to: MilestoneEnd;
  /** HOLDS_ROLE.since, ESTABLISHED/ADOPTED/SIGNED.date, or the hosted event's startDate. */
  date?: string | null;
  until?: string | null;
  role?: string | null;
  evidence?: string | null;
  note?: string | null;
  /** The relationship's own dateText: for HOSTED it means the event's date is not the relationship's. */
  dateText?: string | null;
  sources?: string[] | null;
}

const KIND: Record<MilestoneRecord['type'], Milestone['kind']> = {
  HOLDS_ROLE: 'role',
  ESTABLISHED: 'established',
  ADOPTED: 'adopted',
  HOSTED: 'hosted',
  SIGNED: 'signed',
};
const short = (e: MilestoneEnd) => e.acronym ?? e.name;

function milestoneTitle(r: MilestoneRecord, date: string): string {
  switch (r.type) {
    case 'HOLDS_ROLE':
      return `${short(r.from)}: ${r.role ?? 'role'}, ${short(r.to)} (${date}–${r.until ?? ''})`;
    case 'ESTABLISHED':
      return `${short(r.from)} established ${short(r.to)}`;
    case 'ADOPTED':
      return `${short(r.from)} adopted the ${r.to.name}`;
    case 'SIGNED':
      return `${short(r.from)} signed the ${r.to.name}`;
    case 'HOSTED':
      return `${r.to.name}${r.role && r.role !== 'host' ? ` (${short(r.from)}: ${r.role})` : ` (hosted by ${short(r.from)})`}`;
  }
}

/**
 * Dated milestones in time order. Undated facts are left out (they cannot be placed). A
 * HOSTED relationship with its own dateText (e.g. "past co-organiser; edition(s) not given")
 * does not share the event's date, so it is left out too: an event series that began in 2000
 * must not put a later co-organiser at 2000.
 */
export function buildMilestones(records: readonly MilestoneRecord[]): Milestone[] {
  const seen = new Set<string>();
  const out: Milestone[] = [];
  for (const r of records) {
    if (!isPartialDate(r.date)) continue;
    if (r.type === 'HOSTED' && r.dateText) continue;
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    const sources = union(r.sources ?? []);
    const m: Milestone = {
      id: r.key,
      kind: KIND[r.type],
      type: r.type,
      date: r.date,
      sortKey: dateSortKey(r.date),
      precision: datePrecision(r.date),
      title: milestoneTitle(r, r.date),
      from: r.from,
      to: r.to,
      sources,
      reference: sources.length > 0 && sources.every((s) => s.startsWith('ref-')),
    };
    if (isPartialDate(r.until)) m.until = r.until;
    if (r.role) m.role = r.role;
    if (r.evidence) m.evidence = r.evidence;
    if (r.note) m.note = r.note;
    if (r.dateText) m.dateText = r.dateText;
    out.push(m);
  }
  return out.sort((a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title));
}

// ---------------------------------------------------------------- names

/**
 * The lower-cased names a series can be asked for by (unit, label, key): what a story's
 * `chart.units` and `GET /api/growth/:id?units=` match. Only series with something to plot count.
 */
export function seriesNames(published: readonly PublishedSeries[], derived: readonly DerivedSeries[]): Set<string> {
  const names = new Set<string>();
  for (const s of published) if (s.points.length + s.undated.length) for (const n of [s.unit, s.label, s.key]) names.add(n.toLowerCase());
  for (const s of derived) if (s.points.length) for (const n of [s.unit, s.label, s.key]) names.add(n.toLowerCase());
  return names;
}

/** Whether a published series answers to one of the names asked for (case-insensitive). */
export function seriesMatches(s: { unit: string; label: string; key: string }, names: ReadonlySet<string>): boolean {
  return names.has(s.unit.toLowerCase()) || names.has(s.label.toLowerCase()) || names.has(s.key.toLowerCase());
}
