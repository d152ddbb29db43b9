// The time-window rule (server/shared/time-window.ts) as a Cypher predicate, built from the same
// interval spec the client applies, so the two cannot disagree. The predicates read $from/$to:
// the window's bounds as day keys (`windowBounds`), either one null for an open end.
import { NODE_INTERVAL, OPEN_END, REL_INTERVAL, type IntervalSpec } from '../shared/time-window.ts';

export { windowBounds } from '../shared/time-window.ts';

const padStart = (e: string) => `CASE size(${e}) WHEN 4 THEN ${e} + '-01-01' WHEN 7 THEN ${e} + '-01' ELSE ${e} END`;
const padEnd = (e: string) => `CASE size(${e}) WHEN 4 THEN ${e} + '-12-31' WHEN 7 THEN ${e} + '-31' ELSE ${e} END`;

function predicate(v: string, spec: IntervalSpec): string {
  // Property names come from the spec (constants), never from input; checked all the same.
  for (const k of [...spec.start, ...spec.end, ...spec.openIf]) if (!/^[A-Za-z]+$/.test(k)) throw new Error(`bad property name ${k}`);
  const start = `coalesce(${spec.start.map((k) => `${v}.${k}`).join(', ')})`;
  const open = `CASE WHEN ${spec.openIf.map((k) => `${v}.${k} IS NOT NULL`).join(' OR ')} THEN '${OPEN_END}' END`;
  const end = `coalesce(${[...spec.end.map((k) => `${v}.${k}`), open, start].join(', ')})`;
  return `(${start} IS NULL OR (($to IS NULL OR ${padStart(start)} <= $to) AND ($from IS NULL OR ${padEnd(end)} >= $from)))`;
}

/** Cypher predicate for a node variable. */
export const nodeInWindow = (v: string) => predicate(v, NODE_INTERVAL);
/** Cypher predicate for a relationship variable. */
export const relInWindow = (v: string) => predicate(v, REL_INTERVAL);
