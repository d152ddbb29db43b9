// The model's names, said once: labels, relationship types, layouts, the id and date patterns
// and the limits both sides enforce. Pure data (no Node, DOM or zod), imported by the server's
// model (`server/model/model.ts`, which checks itself against these lists), its routes, and by
// the client (legend, filters, URL parsing). See ../shared/model.md for what each name means.

/** Every node label of the model, in legend order. */
export const NODE_LABEL_NAMES = [
  'Agency',
  'Organisation',
  'Jurisdiction',
  'Event',
  'Agreement',
  'Person',
  'Source',
  'MembershipCount',
  'Statistic',
] as const;
export type NodeLabel = (typeof NODE_LABEL_NAMES)[number];

/** Labels `/api/graph` draws when none are asked for, and the Explorer's default legend selection. */
export const DEFAULT_LABELS: readonly NodeLabel[] = ['Agency', 'Organisation', 'Jurisdiction', 'Event', 'Agreement', 'Person'];
/** Labels the Explorer can draw (sources are documents, shown in the side panel instead). */
export type DrawableLabel = Exclude<NodeLabel, 'Source'>;
export const DRAWABLE_LABELS: readonly DrawableLabel[] = NODE_LABEL_NAMES.filter((l): l is DrawableLabel => l !== 'Source');

/** Every relationship type of the model. */
export const REL_TYPE_NAMES = [
  'MEMBER_OF',
  'HOLDS_ROLE',
  'PARTNER_OF',
  'SIGNED',
  'SIGNED_AT',
  'PARTY_TO',
  'ESTABLISHED',
  'ADOPTED',
  'HOSTED',
  'ATTENDED',
  'TRAINED',
  'VISITED',
  'COOPERATES_WITH',
  'LOCATED_IN',
  'PART_OF',
  'HELD_IN',
  'HEADS',
  'HAS_COUNT',
  'HAS_STATISTIC',
  'MENTIONS',
] as const;
export type RelType = (typeof REL_TYPE_NAMES)[number];
/** Types the Explorer can draw: all but MENTIONS (a document's link to what it names). */
export const DRAWABLE_REL_TYPES: readonly RelType[] = REL_TYPE_NAMES.filter((t) => t !== 'MENTIONS');

/** Canvas layouts, in the order the layout menu offers them. */
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const ORIENTATIONS = ['TB', 'LR', 'BT', 'RL'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** An entity or source id: a lower-case slug. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 200;
export function isId(s: unknown): s is string {
  return typeof s === 'string' && s.length <= ID_MAX_LENGTH && ID_PATTERN.test(s);
}

/** An ISO 8601 date, possibly partial: 2024, 2024-05, 2024-05-13 (see partial-date.ts). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Shortest paths: how many hops a path may have, and the default. */
export const PATH_HOPS = { min: 1, max: 6, default: 4 } as const;
