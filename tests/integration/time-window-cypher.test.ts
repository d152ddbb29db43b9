// Integration: the server's Cypher time-window predicates, run in Neo4j against the same table
// of cases as the JS rule (tests/unit/time-window.test.ts), so the two sides cannot disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { nodeInWindow, relInWindow, windowBounds } from '../../server/graph/time-window.ts';
import { testDb } from '../setup/harness.ts';
import { WINDOW_CASES } from '../support/time-window-cases.ts';

let db: GraphDb;
beforeAll(async () => {
  db = testDb();
});
afterAll(async () => {
  await db?.close();
});

describe('the time-window rule (Cypher)', () => {
  it.each(WINDOW_CASES)('$what', async ({ kind, props, from, to, kept }) => {
    const { lo, hi } = windowBounds(from, to);
    const pred = kind === 'node' ? nodeInWindow('v') : relInWindow('v');
    const res = await db.read(`WITH $props AS v RETURN ${pred} AS kept`, { props, from: lo, to: hi });
    expect(res.records[0].get('kept')).toBe(kept);
  });
});
