// Integration: GET /api/node-refs (which ids are nodes, with label and names) against the seed,
// and what the console opens in the explorer for every library query: the ids its rows hold
// (client/src/features/workbench/lib/result-ids.ts), looked up here, with the question's own
// entities (its id parameters). Every library query must open at least one entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuratedQueryRunResponse, NodeRef } from '../../server/shared/contracts.ts';
import { loadQueryLibrary } from '../../server/graph/query-library.ts';
import { explorerTargets } from '../../client/src/features/workbench/lib/explorer-targets.ts';
import { MAX_ID_CANDIDATES, resultIds } from '../../client/src/features/workbench/lib/result-ids.ts';
import { startTestApp, type TestApp } from '../setup/harness.ts';

const QUERIES = loadQueryLibrary().list();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CYPHER_RATE_LIMIT_PER_MIN: '0' });
});
afterAll(async () => {
  await app?.close();
});

describe('GET /api/node-refs', () => {
  it('answers the ids that are nodes, in the order asked, with label and names; unknown ids left out', async () => {
    const res = await app.get('/api/node-refs?ids=wco,no-such-node,icac,icac-ar-2024-ch6,icac');
    expect(res.status).toBe(200);
    const nodes: NodeRef[] = res.body.nodes;
    expect(nodes.map((n) => n.id)).toEqual(['wco', 'icac', 'icac-ar-2024-ch6']);
    expect(nodes[1]).toEqual({ id: 'icac', label: 'Agency', name: 'Independent Commission Against Corruption', nameZh: '廉政公署' });
    expect(nodes[2]!.label).toBe('Source');
  });

  it('refuses bad ids and more than 200 ids with a 400 naming the parameter', async () => {
    const bad = await app.get('/api/node-refs?ids=icac,Not%20An%20Id');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('ids');
    const many = await app.get(`/api/node-refs?ids=${Array.from({ length: 201 }, (_, i) => `n-${i}`).join(',')}`);
    expect(many.status).toBe(400);
    expect((await app.get('/api/node-refs?ids=icac&x=1')).status).toBe(400);
  });
});

describe('"Open in Explorer" for every library query', () => {
  it.each(QUERIES.map((q) => [q.id, q] as const))('%s opens entities', async (id, q) => {
    const res = await app.post(`/api/queries/${id}/run`, {});
    expect(res.status).toBe(200);
    const body = res.body as CuratedQueryRunResponse;
    const rowIds = resultIds(body.columns, body.rows, MAX_ID_CANDIDATES);
    const anchorIds = q.params
      .filter((p) => p.type === 'id' && typeof body.params[p.name] === 'string')
      .map((p) => body.params[p.name] as string);
    const ask = [...new Set([...anchorIds, ...rowIds])].slice(0, MAX_ID_CANDIDATES);
    const refs = new Map<string, NodeRef>();
    if (ask.length) {
      const found = await app.get(`/api/node-refs?ids=${ask.join(',')}`);
      expect(found.status).toBe(200);
      for (const n of found.body.nodes as NodeRef[]) refs.set(n.id, n);
    }
    const t = explorerTargets({ nodes: body.graph.nodes, rowIds, anchorIds, refs });
    expect(t.ids.length, `${id} opens nothing`).toBeGreaterThan(0);
    // Only nodes the explorer draws: no documents, nothing that is not a node.
    for (const x of t.ids) {
      const label = refs.get(x)?.label ?? body.graph.nodes.find((n) => n.id === x)?.label;
      expect(label, `${id}: ${x}`).toBeDefined();
      expect(label).not.toBe('Source');
    }
  });
});
