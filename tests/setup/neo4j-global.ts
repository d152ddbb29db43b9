// Starts the project's own Neo4j for the test run (own free port, own temporary folder), applies
// the schema and loads the seed; stops it afterwards, also when tests fail. With NEO4J_URI set,
// the tests use that server instead (its database is wiped and reloaded: never point it at real data).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/process.ts';
import { loadSeedIntoDb } from '../../server/seed/load-seed.ts';

let local: LocalNeo4j | undefined;
let home: string | undefined;

export default async function setup(project: TestProject) {
  let uri = process.env.TEST_NEO4J_URI;
  let user = process.env.TEST_NEO4J_USER ?? '';
  let password = process.env.TEST_NEO4J_PASSWORD ?? '';
  if (!uri) {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-test-neo4j-'));
    local = await startLocalNeo4j({ home, heapMb: 768, pageCacheMb: 64, log: (l) => console.log(l) });
    uri = local.uri;
    user = local.user;
    password = local.password;
    console.log(`[tests] Neo4j up in ${(local.startMs / 1000).toFixed(1)} s at ${uri} (home ${home})`);
  }
  const db = new GraphDb({ uri, database: 'neo4j', user, password });
  try {
    await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await applySchema(db);
    const started = Date.now();
    await loadSeedIntoDb(db);
    console.log(`[tests] seed loaded in ${Date.now() - started} ms`);
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jHome', home ?? '');
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  return async () => {
    await local?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHome: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}
