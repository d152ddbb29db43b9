// App and database status for /api/health.
import type { HealthResponse } from '../contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';

const started = Date.now();

export async function getHealth(db: GraphDb, mode: 'embedded' | 'external', version: string, limits: HealthResponse['limits']): Promise<HealthResponse> {
  const base = { app: { version, uptimeSeconds: Math.round((Date.now() - started) / 1000) }, limits };
  const neo4j = { mode, uri: db.uri, database: db.database };
  try {
    const res = await db.read(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      { timeoutMs: 3000, noRetry: true },
    );
    const rec = res.records[0];
    const serverVersion = await db.serverVersion().catch(() => undefined);
    return { status: 'ok', ...base, neo4j: { status: 'up', ...neo4j, serverVersion }, counts: { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) } };
  } catch (err) {
    return { status: 'degraded', ...base, neo4j: { status: 'down', ...neo4j, message: `Neo4j is not answering (${(err as Error).message.split('\n')[0]}). The app keeps retrying.` } };
  }
}
