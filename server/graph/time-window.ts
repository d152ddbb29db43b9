// Time-window filtering with partial ISO dates. A window [from, to] keeps an element whose own
// interval overlaps it; elements without any date are timeless and always kept. Partial dates
// are widened: "2024" starts 2024-01-01 and ends 2024-12-31.

export function windowStart(d: string | undefined): string | null {
  if (!d) return null;
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function windowEnd(d: string | undefined): string | null {
  if (!d) return null;
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

const padStart = (e: string) => `CASE size(${e}) WHEN 4 THEN ${e} + '-01-01' WHEN 7 THEN ${e} + '-01' ELSE ${e} END`;
const padEnd = (e: string) => `CASE size(${e}) WHEN 4 THEN ${e} + '-12-31' WHEN 7 THEN ${e} + '-31' ELSE ${e} END`;

/** Cypher predicate for a node variable; uses $from/$to (already widened, may be null). */
export function nodeInWindow(v: string): string {
  const start = `coalesce(${v}.startDate, ${v}.date, ${v}.founded)`;
  const end = `coalesce(${v}.endDate, ${v}.startDate, ${v}.date, ${v}.founded)`;
  return `(${start} IS NULL OR (($to IS NULL OR ${padStart(start)} <= $to) AND ($from IS NULL OR ${padEnd(end)} >= $from)))`;
}

/** Cypher predicate for a relationship variable (since/until, date, signed/ratified). */
export function relInWindow(v: string): string {
  const start = `coalesce(${v}.since, ${v}.date, ${v}.ratified, ${v}.signed)`;
  const end = `coalesce(${v}.until, CASE WHEN ${v}.since IS NOT NULL OR ${v}.ratified IS NOT NULL THEN '9999-12-31' END, ${v}.date, ${v}.signed)`;
  return `(${start} IS NULL OR (($to IS NULL OR ${padStart(start)} <= $to) AND ($from IS NULL OR ${padEnd(end)} >= $from)))`;
}
