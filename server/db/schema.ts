// Applies cypher/schema/*.cypher in file order (every statement is IF NOT EXISTS: idempotent),
// then fills in the derived `degree` where another tool left it missing.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../neo4j-local/paths.ts';
import { backfillDegrees } from './degree.ts';
import type { GraphDb } from './graph-db.ts';

export const schemaDir = path.join(projectRoot, 'cypher', 'schema');

export function schemaStatements(): { file: string; statement: string }[] {
  const files = fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) =>
    fs
      .readFileSync(path.join(schemaDir, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((statement) => ({ file, statement })),
  );
}

export async function applySchema(db: GraphDb): Promise<number> {
  const statements = schemaStatements();
  for (const { file, statement } of statements) {
    try {
      await db.write((tx) => tx.run(statement));
    } catch (err) {
      throw new Error(`schema ${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
  await backfillDegrees(db);
  return statements.length;
}
