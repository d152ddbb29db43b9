// App and database status for /api/health.
import type { HealthResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';

const started = Date.now();

export async function getHealth(
  db: GraphDb,
  mode: 'embedded' | 'external',
  version: string,
  limits: HealthResponse['limits'],
): Promise<HealthResponse> {
  const base = { app: { version, uptimeSeconds: Math.round((Date.now() - started) / 1000) }, limits };
  // The Bolt address is not advertised: a client of the app has no business with the database itself.
  const neo4j = { mode, database: db.database };
  try {
    const res = await db.read(
      'CALL () { RETURN COUNT { MATCH (n) } - COUNT { MATCH (:AuditEntry) } AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      { timeoutMs: 3000, noRetry: true },
    );
    const rec = res.records[0];
    const serverVersion = await db.serverVersion().catch(() => undefined);
    return {
      status: 'ok',
      ...base,
      neo4j: { status: 'up', ...neo4j, serverVersion },
      counts: { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) },
    };
  } catch {
    return { status: 'degraded', ...base, neo4j: { status: 'down', ...neo4j, message: 'Neo4j is not answering. The app keeps retrying.' } };
  }
}
