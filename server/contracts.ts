// The HTTP API's request and response shapes, shared by the server and (with `import type`) the client.

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
    uri: string;
    database: string;
    serverVersion?: string;
    message?: string;
  };
  counts?: { nodes: number; relationships: number };
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
  degree: number;
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
  graph: GraphData;
  timeMs: number;
  rowCap: number;
}

export interface ImportResponse {
  ok: true;
  counts: { sources: number; nodes: number; relationships: number };
  changes: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
}
