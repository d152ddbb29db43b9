// The analysts' read-only Cypher console. Every limit is the app's own, whatever the database or
// the client does:
//  1. the text screen (server/console/screen.ts): length, nesting depth, a Cypher tokenizer that
//     refuses LOAD CSV, admin commands, USE, unlisted procedures and multiple statements early,
//     with a friendly message; the parameters' size and depth (server/console/params-check.ts);
//  2. a concurrency slot per client and overall (server/console/gate.ts), held until the
//     database has really finished;
//  3. the decisive check: EXPLAIN in a READ transaction, and the plan walked operator by operator
//     against a whitelist of reading operators (server/console/plan-check.ts);
//  4. the query itself in a READ transaction (the server refuses any write), once (no retry),
//     streaming rows until the row cap or the byte cap;
//  5. a deadline: at `timeoutMs` the client gets 504 whatever the database is doing, and the app
//     terminates the transaction itself (found by its metadata) over its own connection.
import { randomUUID } from 'node:crypto';
import neo4j, { isNode, isPath, isRelationship, type Node as NeoNode, type Relationship as NeoRel, type Session } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { CypherResponse, GraphEdge, GraphNode } from '../shared/contracts.ts';
import { createConsoleGate } from '../console/gate.ts';
import { checkParams } from '../console/params-check.ts';
import { checkPlan } from '../console/plan-check.ts';
import { screenQuery } from '../console/screen.ts';
import { toNeoParams, type GraphDb } from '../db/graph-db.ts';
import { edgeDto, nodeDto, toPlain } from '../db/values.ts';
import { AppError, toConsoleError } from '../errors.ts';

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxQueryLength: number;
  maxResponseBytes: number;
  maxParamsBytes: number;
  maxNesting: number;
  maxConcurrent: number;
  maxConcurrentPerClient: number;
}

export interface RunOptions {
  /** Who asks (the client's address): concurrency is counted per client. */
  client: string;
  /** A lower row cap for this run (a curated query's @maxRows). */
  maxRows?: number;
}

export interface CypherConsole {
  run(query: string, params: Record<string, unknown>, opts: RunOptions): Promise<CypherResponse>;
  /** Console queries the database is still working on (slots taken). */
  running(): number;
}

export function consoleLimits(config: Config): ConsoleLimits {
  return {
    timeoutMs: config.CYPHER_TIMEOUT_MS,
    maxRows: config.CYPHER_MAX_ROWS,
    maxQueryLength: config.CYPHER_MAX_QUERY_LENGTH,
    maxResponseBytes: config.CYPHER_MAX_RESPONSE_BYTES,
    maxParamsBytes: config.CYPHER_MAX_PARAMS_BYTES,
    maxNesting: config.CYPHER_MAX_NESTING,
    maxConcurrent: config.CYPHER_MAX_CONCURRENT,
    maxConcurrentPerClient: config.CYPHER_MAX_CONCURRENT_PER_CLIENT,
  };
}

/** Rows are pulled from the database in small batches, so a byte cap is never overshot by a big batch. */
const FETCH_SIZE = 50;
/** After the deadline, how long a slot waits for the database before it is given back regardless. */
const SLOT_GRACE_MS = 60000;

export function createCypherConsole(db: GraphDb, config: Config | ConsoleLimits): CypherConsole {
  const limits = 'CYPHER_TIMEOUT_MS' in config ? consoleLimits(config) : config;
  const gate = createConsoleGate(limits.maxConcurrent, limits.maxConcurrentPerClient);
  return {
    running: gate.running,
    async run(query, params, opts) {
      screenQuery(query, limits);
      checkParams(params, limits);
      const release = gate.acquire(opts.client);
      const runLimits = { ...limits, maxRows: Math.min(opts.maxRows ?? limits.maxRows, limits.maxRows) };
      const tag = randomUUID();
      const work = runChecked(db, query, params, runLimits, tag);
      // The slot is given back when the database is done (or, if it never answers, after a grace period).
      const grace = setTimeout(release, limits.timeoutMs + SLOT_GRACE_MS);
      grace.unref();
      void work.then(release, release).finally(() => clearTimeout(grace));
      let deadline: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        deadline = setTimeout(() => {
          void terminateTagged(db, tag);
          reject(
            new AppError(
              504,
              'query_timeout',
              `The query ran longer than ${limits.timeoutMs / 1000} s and was stopped. Narrow it (add a LIMIT, a WHERE, or anchor it on a node).`,
            ),
          );
        }, limits.timeoutMs);
      });
      try {
        return await Promise.race([work, timedOut]);
      } catch (err) {
        throw toConsoleError(err);
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}

/** Terminates the console transaction carrying `tag` in its metadata, over the app's own connection. */
async function terminateTagged(db: GraphDb, tag: string): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    const found = await session.run(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.atlasConsole = $tag RETURN collect(transactionId) AS ids',
      { tag },
      { timeout: 5000 },
    );
    const ids = found.records[0]?.get('ids') as string[] | undefined;
    if (ids?.length) await session.run('TERMINATE TRANSACTIONS $ids', { ids }, { timeout: 5000 });
  } catch {
    // The database may be gone or the transaction already over; the client has its 504 either way.
  } finally {
    await session.close().catch(() => undefined);
  }
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
  else if (typeof value === 'object' && !neo4j.isInt(value))
    for (const v of Object.values(value as object)) collectGraph(v, nodes, rels, depth + 1);
}

const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? 'null');

async function runChecked(
  db: GraphDb,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
  tag: string,
): Promise<CypherResponse> {
  const started = Date.now();
  const stripped = query.trim().replace(/;\s*$/, '');
  const body = stripped.replace(/^\s*(EXPLAIN|PROFILE)\s+/i, '');
  const neoParams = toNeoParams(params);
  const txConfig = { timeout: limits.timeoutMs, metadata: { atlasConsole: tag, app: 'cooperation-atlas-console' } };
  const session: Session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  try {
    // 1. EXPLAIN: plans without running; the plan must read and only read.
    const planTx = session.beginTransaction(txConfig);
    let plan;
    try {
      plan = await planTx.run(`EXPLAIN ${body}`, neoParams);
    } finally {
      await planTx.rollback().catch(() => undefined);
    }
    const queryType = plan.summary.queryType;
    if (queryType !== 'r') {
      throw new AppError(
        403,
        'read_only',
        `The console is read-only: this query ${queryType === 's' ? 'changes the schema or administers the database' : 'would write to the graph'} (query type "${queryType}"). Nothing was run.`,
      );
    }
    checkPlan(plan.summary.plan as Parameters<typeof checkPlan>[0], db.database);

    // 2. Run it in a READ transaction, once; stream until the row cap or the byte cap.
    const tx = session.beginTransaction(txConfig);
    const result = tx.run(stripped, neoParams);
    const rows: Record<string, unknown>[] = [];
    const nodes = new Map<string, NeoNode>();
    const rels = new Map<string, NeoRel>();
    let truncatedBy: 'rows' | 'bytes' | undefined;
    let bytes = 0;
    let columns: string[] = [];
    try {
      for await (const record of result) {
        if (!columns.length) columns = [...record.keys] as string[];
        if (rows.length >= limits.maxRows) {
          truncatedBy = 'rows';
          break;
        }
        const row: Record<string, unknown> = {};
        for (const key of record.keys) {
          const v = record.get(key);
          collectGraph(v, nodes, rels);
          row[key as string] = toPlain(v);
        }
        bytes += jsonBytes(row);
        if (bytes > limits.maxResponseBytes) {
          truncatedBy = 'bytes';
          break;
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
      const extra = await db.read(
        'MATCH (n) WHERE elementId(n) IN $ids RETURN n',
        { ids: [...new Set(missing)] },
        { timeoutMs: limits.timeoutMs, noRetry: true },
      );
      for (const r of extra.records) nodes.set((r.get('n') as NeoNode).elementId, r.get('n') as NeoNode);
    }
    const idOf = new Map<string, string>();
    const graphNodes: GraphNode[] = [];
    for (const n of nodes.values()) {
      const dto = nodeDto(n);
      idOf.set(n.elementId, dto.id);
      graphNodes.push(dto);
    }
    const graphEdges: GraphEdge[] = [...rels.values()].map((r) => {
      const e = edgeDto(r, {
        source: idOf.get(r.startNodeElementId) ?? r.startNodeElementId,
        target: idOf.get(r.endNodeElementId) ?? r.endNodeElementId,
      });
      return typeof e.properties.key === 'string' ? { ...e, id: e.properties.key } : e;
    });
    let graph = { nodes: graphNodes, edges: graphEdges };
    // The graph part counts too: if rows and graph together pass the cap, the answer keeps the rows only.
    if (jsonBytes(graph) + bytes > limits.maxResponseBytes) {
      graph = { nodes: [], edges: [] };
      truncatedBy = 'bytes';
    }
    return {
      columns,
      rows,
      truncated: truncatedBy !== undefined,
      ...(truncatedBy ? { truncatedBy } : {}),
      graph,
      timeMs: Date.now() - started,
      rowCap: limits.maxRows,
      byteCap: limits.maxResponseBytes,
    };
  } finally {
    await session.close().catch(() => undefined);
  }
}
