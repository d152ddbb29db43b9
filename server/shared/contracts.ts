// The HTTP API's request and response shapes, shared by the server and (with `import type`) the client.
import type { CommonGroup } from './common-ground.ts';

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

export interface GraphNode {
  /** The node's stable `id` property (slug). */
  id: string;
  /** Primary label (first label). */
  label: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
  elementId?: string;
}

export interface GraphEdge {
  /** Stable id: the relationship's `key` property, else the database element id. */
  id: string;
  type: string;
  /** `id` of the start and end nodes. */
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  app: { version: string; uptimeSeconds: number };
  neo4j: {
    status: 'up' | 'down';
    mode: 'embedded' | 'external';
    database: string;
    serverVersion?: string;
    message?: string;
  };
  counts?: { nodes: number; relationships: number };
  /** Server-side limits a client adapts to. */
  limits: { graphMaxNodes: number; cypherMaxRows: number; cypherTimeoutMs: number; cypherMaxQueryLength: number };
}

export interface GraphQuery {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
  limit?: number;
  /** Only nodes in the neighbourhood of these ids (expansion). */
  around?: string[];
  includeReference?: boolean;
}

export interface GraphResponse extends GraphData {
  truncated: boolean;
  limit: number;
  totalNodes: number;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher?: string;
  date?: string | null;
  dateText?: string;
  url?: string | null;
  kind?: string;
  file?: string;
}

export interface CitedFact {
  id: string;
  type: string;
  direction: 'out' | 'in';
  other: { id: string; label: string; name: string; nameZh?: string };
  properties: Record<string, unknown>;
  evidence?: string;
  sources: string[];
}

export interface NodeDetails {
  node: GraphNode;
  sources: SourceRef[];
  relationships: Record<string, CitedFact[]>;
  /** Relationships with other entities (MENTIONS excluded). */
  degree: number;
  /** Number of documents that mention the node (MENTIONS from a Source). */
  mentionedIn?: number;
}

/** A node named by id (GET /api/node-refs): what the console needs to show and open an id. */
export interface NodeRef {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
}

export interface NodeRefsResponse {
  nodes: NodeRef[];
}

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  aliases?: string[];
  score: number;
}
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface PathStep {
  node: GraphNode;
  /** The relationship leading to the next node (absent on the last step). */
  edge?: GraphEdge & { evidence?: string; sources?: string[] };
}
export interface PathsResponse {
  from: string;
  to: string;
  maxHops: number;
  paths: PathStep[][];
  graph: GraphData;
}

// --- Common ground of two entities (GET /api/common) ---

/** An entity named in a common-ground answer. `date`: an event's start or an agreement's date, when known. */
export interface CommonEntity {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  date?: string;
}

/** One relationship as evidence: its type, its own properties (role, status, since, until, date …), evidence and sources. */
export interface CommonFactBase {
  /** The relationship's key (`TYPE:from->to[#discriminator]`). */
  id: string;
  type: string;
  /** Properties of the relationship except `key`, `sources` and `evidence`. */
  properties: Record<string, unknown>;
  evidence?: string;
  /** Source ids (titles from GET /api/sources). */
  sources: string[];
  /** Every source is a reference-data file (`ref-…`). */
  reference: boolean;
}

/** How one side is tied to a shared item. */
export interface CommonFact extends CommonFactBase {
  /**
   * Which end the side's entity is: 'out' when it is the start (ICAC -MEMBER_OF-> IAACA), 'in'
   * when the item is (Indonesia's ACA -VISITED-> ICAC). For a fact that holds `through` a
   * jurisdiction, relative to that jurisdiction.
   */
  direction: 'out' | 'in';
  /** Holds only through a jurisdiction's membership: the side is not itself a member. */
  indirect: boolean;
  /**
   * The third entity the tie goes through, and the fact that links it: for an indirect
   * membership, the side's jurisdiction and the side's LOCATED_IN fact (the fact above is the
   * jurisdiction's MEMBER_OF); for a co-signatory partner, the agreement and the partner's own
   * SIGNED fact (the fact above is the side's SIGNED).
   */
  through?: { kind: 'jurisdiction' | 'agreement'; entity: CommonEntity; link: CommonFactBase };
}

/** An item both entities are tied to, with each side's facts. */
export interface CommonItem {
  entity: CommonEntity;
  a: CommonFact[];
  b: CommonFact[];
  /** On at least one side, every fact is indirect: the item is shared only through a jurisdiction's membership. */
  indirect: boolean;
  /** On at least one side, every fact rests on reference data only: the item is shared only thanks to reference data. */
  reference: boolean;
}

export interface CommonGroupResult {
  group: CommonGroup;
  /** The relationship types that count in this group (server/shared/common-ground.ts). */
  types: string[];
  /** Items found; `items` lists at most COMMON_ITEMS_CAP of them. */
  total: number;
  items: CommonItem[];
}

/** A relationship between the two entities themselves. */
export interface CommonTie extends CommonFactBase {
  /** Which of the two is the relationship's start. */
  from: 'a' | 'b';
}

export interface CommonGroundResponse {
  a: CommonEntity;
  b: CommonEntity;
  /** Relationships between a and b (any type but MENTIONS). */
  direct: CommonTie[];
  /** Every group, in display order, empty ones included. */
  groups: CommonGroupResult[];
}

export interface SourceSummary extends SourceRef {
  facts: { nodes: number; relationships: number };
}
export interface SourceDetails {
  source: SourceSummary & { note?: string; language?: string };
  text?: string;
  nodes: { id: string; label: string; name: string }[];
  relationships: { id: string; type: string; from: { id: string; name: string }; to: { id: string; name: string }; evidence?: string }[];
}

export interface SchemaResponse {
  labels: { label: string; count: number; properties: string[] }[];
  relationshipTypes: { type: string; count: number; properties: string[]; patterns: { from: string; to: string; count: number }[] }[];
  propertyKeys: string[];
  totals: { nodes: number; relationships: number };
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}
export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Why the answer was cut: the row cap (`rowCap`) or the byte cap (`byteCap`, rows and graph as JSON). */
  truncatedBy?: 'rows' | 'bytes';
  graph: GraphData;
  timeMs: number;
  rowCap: number;
  byteCap: number;
}

/** GET /api/export/seed: the curated graph in the seed format (seed/graph/*.json), by file name. */
export interface SeedExportResponse {
  /** File name ("core.json") -> the file's text, byte for byte as `npm run seed:export` writes it. */
  files: Record<string, string>;
  /** Records written; `added`: those no seed file had (imported or edited in since the seed was loaded). */
  counts: { nodes: number; relationships: number; added: number };
}

export interface ImportResponse {
  ok: true;
  counts: { sources: number; nodes: number; relationships: number };
  changes: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
  /**
   * What the import did to what was there: new facts counted, existing facts it changed listed with
   * a diff per field (at most 200; `changedTotal` counts all), existing facts it re-stated unchanged.
   * Citations only grow: a fact's `sources` become the union of the stored and imported lists.
   */
  report: {
    created: { nodes: number; relationships: number; sources: number };
    changed: { kind: 'node' | 'relationship' | 'source'; id: string; changes: { field: string; before: unknown; after: unknown }[] }[];
    changedTotal: number;
    unchanged: { nodes: number; relationships: number; sources: number };
    /** What was (or, in a dry run, would be) created, one row per fact (at most 200 listed). */
    createdItems?: ImportItem[];
    /** Facts re-stated without a change (at most 200 listed). */
    unchangedItems?: ImportItem[];
  };
  /** Id of the audit entry recorded with the import; null when the import changed nothing. */
  auditId?: string | null;
}

/** One fact of an import report: a node or source by id, a relationship by its key. */
export interface ImportItem {
  kind: 'node' | 'relationship' | 'source';
  id: string;
  /** The node's label or the relationship's type. */
  label: string;
  /** The display name (nodes) or "from -> to" (relationships). */
  name?: string;
}

/** A problem of an import, by file, record (row or index) and field. */
export interface ImportProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

/**
 * POST /api/import?dryRun=true: what the import would do, nothing written. `valid` is false when
 * any record is invalid (then an apply is refused with the same problems); the report then covers
 * the valid records only.
 */
export interface ImportPreviewResponse {
  ok: true;
  dryRun: true;
  valid: boolean;
  format: 'json' | 'csv';
  counts: ImportResponse['counts'];
  report: ImportResponse['report'];
  problems: ImportProblem[];
  problemCount: number;
}

// --- Audit log (GET /api/audit, /api/audit/export) ---

export type AuditKind = 'import' | 'edit' | 'merge' | 'retraction' | 'proposal' | 'document' | 'revert';

/** One fact an audited change touched: its properties before (null: created) and after (null: deleted). */
export interface AuditChange {
  entity: 'node' | 'relationship' | 'source';
  /** Node or source id; a relationship's key ("SIGNED:icac->mou-1"). */
  id: string;
  /** Node label or relationship type. */
  label: string;
  op: 'create' | 'update' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** For relationships: the ends' ids. */
  from?: string;
  to?: string;
}

export interface AuditEntry {
  id: string;
  /** ISO date-time (UTC) of the transaction. */
  at: string;
  actor: string;
  kind: AuditKind;
  summary: string;
  /** Source ids the change cites. */
  sources: string[];
  changeCount: number;
  /** How many facts were created, updated and deleted (over all the changes, listed or not). */
  ops: { create: number; update: number; delete: number };
  /** The changes (in a list, at most 50 per entry; the export gives all). */
  changes: AuditChange[];
  /** The revert entry that undid this one, if any. */
  revertedBy: string | null;
}

/** POST /api/audit/:id/revert */
export interface AuditRevertResponse {
  reverted: string;
  auditId: string;
  changeCount: number;
}

export interface AuditListResponse {
  entries: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

// --- Presenter: growth series (GET /api/growth, /api/growth/:id) ---

/** How precise a (possibly partial) ISO date is: "2024" is a year, "2024-05" a month. */
export type DatePrecision = 'year' | 'month' | 'day';

/** One published member count (a MembershipCount node), or several identical ones merged. */
export interface GrowthPoint {
  /** The date as the source gives it (partial allowed); null when the source gives none. */
  date: string | null;
  /**
   * Where the point sits on a time axis: the START of the period the date names
   * ("2024" -> "2024-01-01", "2024-05" -> "2024-05-01"); null when undated.
   */
  sortKey: string | null;
  precision: DatePrecision | null;
  count: number;
  /** The source said "over"/"more than": the value is at least `count`, not `count`. */
  lowerBound: boolean;
  /** The source said "about"/"nearly". */
  approx: boolean;
  /** Computed by the compilers of the reference data from a member list, not published. */
  derived: boolean;
  dateText?: string;
  note?: string;
  /** The verbatim quote (curated counts) from the HAS_COUNT relationship. */
  evidence?: string;
  sourceUrl?: string;
  /** Every source URL of the merged counts. */
  sourceUrls: string[];
  /** Source ids (documents / reference files) of every merged count. */
  sources: string[];
  /** The MembershipCount node id (the first, when several were merged). */
  countId: string;
  countIds: string[];
}

/** Published counts of ONE unit (and scope): never two units on one line. */
export interface PublishedSeries {
  /** Stable key: slug of the unit, plus "--" and the slug of the scope when there is one. */
  key: string;
  unit: string;
  /** Set when the counts cover part of the organisation only (e.g. one WCO region). */
  scope?: string;
  /** Unit, with the scope in brackets. */
  label: string;
  /** Dated points in time order. */
  points: GrowthPoint[];
  /** Points the source gives no date for: kept, but not placed on the time axis. */
  undated: GrowthPoint[];
  hasLowerBounds: boolean;
}

export interface DerivedMember {
  id: string;
  name: string;
  label: string;
  /** Which property dated it: MEMBER_OF.since, PARTY_TO.ratified or PARTY_TO.signed. */
  dateFrom: 'since' | 'ratified' | 'signed' | 'until';
}

export interface DerivedPoint {
  date: string;
  sortKey: string;
  precision: DatePrecision;
  /** Cumulative count after this date's changes. */
  count: number;
  added: number;
  removed: number;
  /** Members that joined (or, with dateFrom "until", left) on this date. */
  members: DerivedMember[];
  sources: string[];
}

/** A cumulative member count computed from dated MEMBER_OF / PARTY_TO relationships in the graph. */
export interface DerivedSeries {
  key: 'derived-members' | 'derived-parties';
  relationship: 'MEMBER_OF' | 'PARTY_TO';
  unit: string;
  label: string;
  /** What dates the members: "MEMBER_OF.since" or "PARTY_TO.ratified, else PARTY_TO.signed". */
  basis: string;
  points: DerivedPoint[];
  /** Members counted (observers excluded), with or without a date. */
  totalMembers: number;
  datedCount: number;
  /** Members with no known date: "plus N with no known date". */
  unknownDateCount: number;
  observersExcluded: number;
  sources: string[];
}

export interface MilestoneEnd {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  acronym?: string;
}

/** A dated fact from the graph to annotate a growth chart with, with its citation. */
export interface Milestone {
  /** The relationship's key. */
  id: string;
  kind: 'role' | 'established' | 'adopted' | 'hosted' | 'signed';
  type: string;
  date: string;
  sortKey: string;
  precision: DatePrecision;
  /** End of a role held (HOLDS_ROLE.until). */
  until?: string;
  /** A short English caption, e.g. "ICAC: President, IAACA (2022–)". */
  title: string;
  from: MilestoneEnd;
  to: MilestoneEnd;
  role?: string;
  evidence?: string;
  note?: string;
  dateText?: string;
  sources: string[];
  /** True when every source is a reference-data file (not one of the curated documents). */
  reference: boolean;
}

export interface GrowthOrganisation {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  sources: string[];
}

export interface GrowthResponse {
  organisation: GrowthOrganisation;
  published: PublishedSeries[];
  derived: DerivedSeries[];
  milestones: Milestone[];
  /** How partial dates are placed on the time axis: at the start of the period they name. */
  datePlacement: 'start-of-period';
}

export interface GrowthSummary {
  id: string;
  label: string;
  name: string;
  nameZh?: string;
  acronym?: string;
  /** Labels of the published series (unit, with scope in brackets). */
  units: string[];
  series: { key: string; label: string; points: number; undated: number }[];
  publishedPoints: number;
  undatedPoints: number;
  /** Dates in the derived cumulative series (0 when no member has a date). */
  derivedPoints: number;
  members: number;
  unknownDateCount: number;
}
export interface GrowthListResponse {
  organisations: GrowthSummary[];
}

// --- Presenter: stories (GET /api/stories, /api/stories/:id, POST /api/stories/validate) ---

export type StoryLayout = 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';

export interface StoryView {
  selected?: string;
  filters?: {
    labels?: string[];
    types?: string[];
    from?: string;
    to?: string;
    regions?: string[];
    includeReference?: boolean;
  };
  expanded?: string[];
  layout?: StoryLayout;
  chart?: { organisations: string[]; units?: string[] };
  timeline?: { from: string; to: string };
}

export interface StoryStep {
  caption: string;
  captionZh?: string;
  view: StoryView;
}

export interface Story {
  id: string;
  title: string;
  titleZh?: string;
  description?: string;
  descriptionZh?: string;
  steps: StoryStep[];
}

export interface StorySummary {
  id: string;
  title: string;
  titleZh?: string;
  description?: string;
  descriptionZh?: string;
  steps: number;
}

export interface StoryProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface StoryListResponse {
  stories: StorySummary[];
  /** Story files that do not parse (npm run seed:check names every problem). */
  invalid: { file: string; problems: StoryProblem[] }[];
}

export interface StoryValidateResponse {
  ok: true;
  story: Story;
}

/** Curated query library (cypher/queries/*.cypher): parameter types a header may declare. */
export type CuratedQueryParamType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'id';
export interface CuratedQueryParam {
  name: string;
  type: CuratedQueryParamType;
  description: string;
  /** The description in Traditional Chinese (`@paramZh`), when the header gives one. */
  descriptionZh?: string;
  /** No default: the parameter must be given. */
  required: boolean;
  /** The value used when the parameter is omitted (null: optional, the query treats it as "any"). Absent when required. */
  default?: string | number | boolean | null;
  /** Bounds of integer and number parameters. */
  min?: number;
  max?: number;
}
export interface CuratedQuery {
  id: string;
  title: string;
  description: string;
  /** Title and description in Traditional Chinese (`@titleZh`, `@descriptionZh`), when the header gives them. */
  titleZh?: string;
  descriptionZh?: string;
  params: CuratedQueryParam[];
  /** The query's own row cap; a run streams at most min(maxRows, CYPHER_MAX_ROWS) rows. */
  maxRows: number;
  /** The Cypher without its header, ready to open in the console with `params`. */
  cypher: string;
  /** Path of the .cypher file, relative to the project root. */
  file: string;
}
export interface CuratedQueryListResponse {
  queries: CuratedQuery[];
}
export interface CuratedQueryRunRequest {
  params?: Record<string, unknown>;
}
/** The shape of POST /api/cypher's answer, plus the query id and the parameters it ran with (defaults filled in). */
export interface CuratedQueryRunResponse extends CypherResponse {
  queryId: string;
  params: Record<string, unknown>;
}

/** Who may do what: viewers need no account; curators sign in to change the graph; admins also manage accounts. */
export type Role = 'curator' | 'admin';

/** The signed-in user as the API shows it. */
export interface SessionUser {
  name: string;
  role: Role;
}

/** GET/POST /api/session: who is signed in (null: nobody), and the token every cookie-authenticated write sends as X-CSRF-Token. */
export interface SessionResponse {
  user: SessionUser | null;
  csrfToken?: string;
}

/** An account as the admin's list shows it (never its password hash). */
export interface AccountInfo {
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AccountsResponse {
  accounts: AccountInfo[];
}
