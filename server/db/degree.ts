// `degree` on every Entity: its number of relationships, a derived property (not a fact; never
// shown as one). Loads refresh it for the nodes they touch, in their own transaction; a start
// fills it in for nodes written by other tools. The explorer ranks its default view by it.
import type { ManagedTransaction } from 'neo4j-driver';
import { toNeoParams, type GraphDb } from './graph-db.ts';

export const DEGREE_PROPERTY = 'degree';
const BATCH = 5000;

/** Recomputes `degree` of the given nodes; writes only the ones that changed. */
export async function refreshDegrees(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const all = [...new Set(ids)];
  for (let i = 0; i < all.length; i += BATCH) {
    await tx.run(
      `UNWIND $ids AS id
       MATCH (n:Entity {id: id})
       WITH n, COUNT { (n)--() } AS degree
       WHERE n.degree IS NULL OR n.degree <> degree
       SET n.degree = degree`,
      toNeoParams({ ids: all.slice(i, i + BATCH) }),
    );
  }
}

/** Fills in `degree` where it is missing (nodes written by other tools), in batches. Returns how many. */
export async function backfillDegrees(db: GraphDb): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.write(async (tx) => {
      const res = await tx.run(
        `MATCH (n:Entity) WHERE n.degree IS NULL
         WITH n LIMIT $batch
         SET n.degree = COUNT { (n)--() }
         RETURN count(n) AS c`,
        toNeoParams({ batch: BATCH }),
      );
      return Number(res.records[0]?.get('c') ?? 0);
    });
    total += n;
    if (n < BATCH) return total;
  }
}
