// The analysts' read-only Cypher console. Defence in depth, every layer enforced here:
//  1. length cap and a static screen (no LOAD CSV, no admin commands, only whitelisted procedures);
//  2. EXPLAIN first, in a READ transaction: only queryType 'r' is accepted;
//  3. the query itself runs in a READ transaction (the server refuses any write), once (no retry),
//     with a per-transaction timeout, streaming at most maxRows + 1 rows.
import neo4j, { isNode, isPath, isRelationship, type Node as NeoNode, type Relationship as NeoRel } from 'neo4j-driver';
import type { CypherResponse, GraphEdge, GraphNode } from '../contracts.ts';
import { toNeoParams, type GraphDb } from '../db/graph-db.ts';
import { edgeDto, nodeDto, toPlain } from '../db/values.ts';
import { AppError, toConsoleError } from '../http/errors.ts';

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
}

/** Procedures an analyst may call: schema introspection and full-text search; nothing that writes or administers. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties', 'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships', 'db.index.fulltext.listavailableanalyzers',
]);

const refuse = (code: string, message: string) => new AppError(400, code, message);

/** The query with comments and string literals blanked out, for the static screen. */
export function stripLiterals(q: string): string {
  return q
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

export function screenQuery(query: string, limits: ConsoleLimits): void {
  if (typeof query !== 'string' || !query.trim()) throw refuse('empty_query', 'Type a Cypher query to run.');
  if (query.length > limits.maxQueryLength) {
    throw refuse('query_too_long', `The query is ${query.length} characters; the console accepts at most ${limits.maxQueryLength}.`);
  }
  const code = stripLiterals(query);
  if (/\bLOAD\s+CSV\b/i.test(code)) throw refuse('load_csv_refused', 'LOAD CSV is not available in the console: it reads files and URLs.');
  if (/\b(TERMINATE|ALTER|GRANT|DENY|REVOKE)\b/i.test(code) || /\b(CREATE|DROP|START|STOP|RENAME)\s+(DATABASE|ALIAS|USER|ROLE|SERVER|COMPOSITE)\b/i.test(code)) {
    throw refuse('admin_refused', 'Administration commands are not available in the console.');
  }
  if (/\bSHOW\s+(TRANSACTIONS?|USERS?|ROLES?|PRIVILEGES?|SERVERS?|CURRENT\s+USER|DATABASES?|ALIASES|SETTINGS?)\b/i.test(code)) {
    throw refuse('admin_refused', 'That SHOW command is not available in the console; SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are.');
  }
  if (/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) {
    throw refuse('write_refused', 'CALL { ... } IN TRANSACTIONS is for batched writes; the console is read-only.');
  }
  for (const m of code.matchAll(/\bCALL\s+([A-Za-z_`][\w.`]*)/gi)) {
    const name = m[1].replace(/`/g, '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) {
      throw refuse('procedure_refused', `The procedure ${m[1]} is not available in the console. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`);
    }
  }
  const statements = code.split(';').map((s) => s.trim()).filter(Boolean);
  if (statements.length > 1) throw refuse('multiple_statements', 'Run one statement at a time (the query contains a ";" between statements).');
}

function collectGraph(value: unknown, nodes: Map<string, NeoNode>, rels: Map<string, NeoRel>, depth = 0): void {
  if (value === null || value === undefined || depth > 8) return;
  if (isNode(value)) nodes.set((value as NeoNode).elementId, value as NeoNode);
  else if (isRelationship(value)) rels.set((value as NeoRel).elementId, value as NeoRel);
  else if (isPath(value)) {
    const p = value as unknown as { start: NeoNode; segments: { relationship: NeoRel; end: NeoNode }[] };
    nodes.set(p.start.elementId, p.start);
    for (const s of p.segments) {
      rels.set(s.relationship.elementId, s.relationship);
      nodes.set(s.end.elementId, s.end);
    }
  } else if (Array.isArray(value)) for (const v of value) collectGraph(v, nodes, rels, depth + 1);
  else if (typeof value === 'object' && !neo4j.isInt(value)) for (const v of Object.values(value as object)) collectGraph(v, nodes, rels, depth + 1);
}

export async function runConsoleQuery(db: GraphDb, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<CypherResponse> {
  screenQuery(query, limits);
  try {
    return await runScreened(db, query, params, limits);
  } catch (err) {
    throw toConsoleError(err);
  }
}

async function runScreened(db: GraphDb, query: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<CypherResponse> {
  const started = Date.now();
  const stripped = query.trim().replace(/;\s*$/, '');
  const body = stripped.replace(/^\s*(EXPLAIN|PROFILE)\s+/i, '');
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limits.maxRows + 1, 1000) });
  let killTimer: NodeJS.Timeout | undefined;
  try {
    // 1. EXPLAIN: plans without running; only pure reads pass.
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${body}`, toNeoParams(params)), { timeout: limits.timeoutMs });
    const queryType = plan.summary.queryType;
    if (queryType !== 'r') {
      throw new AppError(403, 'read_only', `The console is read-only: this query ${queryType === 's' ? 'changes the schema' : 'would write to the graph'} (query type "${queryType}"). Nothing was run.`);
    }
    // 2. Run it in a READ transaction, once, with a timeout; stream at most maxRows + 1 rows.
    const tx = session.beginTransaction({ timeout: limits.timeoutMs });
    killTimer = setTimeout(() => void session.close().catch(() => undefined), limits.timeoutMs + 3000);
    const result = tx.run(stripped, toNeoParams(params));
    const rows: Record<string, unknown>[] = [];
    const nodes = new Map<string, NeoNode>();
    const rels = new Map<string, NeoRel>();
    let truncated = false;
    let columns: string[] = [];
    try {
      for await (const record of result) {
        if (!columns.length) columns = [...record.keys] as string[];
        if (rows.length >= limits.maxRows) {
          truncated = true;
          break;
        }
        const row: Record<string, unknown> = {};
        for (const key of record.keys) {
          const v = record.get(key);
          collectGraph(v, nodes, rels);
          row[key as string] = toPlain(v);
        }
        rows.push(row);
      }
      if (!columns.length) columns = [...((await result.keys()) as string[])];
    } finally {
      await tx.rollback().catch(() => undefined);
    }
    // Relationships whose end nodes are not in the result: fetch those nodes so edges have both ends.
    const missing = [...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((e) => !nodes.has(e));
    if (missing.length) {
      const extra = await db.read('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: [...new Set(missing)] }, { timeoutMs: limits.timeoutMs });
      for (const r of extra.records) nodes.set((r.get('n') as NeoNode).elementId, r.get('n') as NeoNode);
    }
    const idOf = new Map<string, string>();
    const graphNodes: GraphNode[] = [...nodes.values()].map((n) => {
      const dto = nodeDto(n);
      idOf.set(n.elementId, dto.id);
      return dto;
    });
    const graphEdges: GraphEdge[] = [...rels.values()].map((r) => {
      const e = edgeDto(r, { source: idOf.get(r.startNodeElementId) ?? r.startNodeElementId, target: idOf.get(r.endNodeElementId) ?? r.endNodeElementId });
      return typeof e.properties.key === 'string' ? { ...e, id: e.properties.key } : e;
    });
    return { columns, rows, truncated, graph: { nodes: graphNodes, edges: graphEdges }, timeMs: Date.now() - started, rowCap: limits.maxRows };
  } finally {
    clearTimeout(killTimer);
    await session.close().catch(() => undefined);
  }
}
