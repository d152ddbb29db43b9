// Unit: what "Open in Explorer" opens — a result's nodes, else the ids its rows hold that are
// nodes (with the entities the question names), never documents.
import { describe, expect, it } from 'vitest';
import type { GraphNode, NodeRef } from '../../../../../server/shared/contracts.ts';
import { explorerTargets } from './explorer-targets.ts';

const ref = (id: string, label: string): [string, NodeRef] => [id, { id, label, name: id.toUpperCase() }];
const refs = new Map<string, NodeRef>([
  ref('icac', 'Agency'),
  ref('customs-hk', 'Agency'),
  ref('wco', 'Organisation'),
  ref('iaaca', 'Organisation'),
  ref('icac-ar-2024-ch6', 'Source'),
]);
const node = (id: string, label: string): GraphNode =>
  ({ id, label, labels: [label, 'Entity'], name: id, properties: { id } }) as unknown as GraphNode;

describe('explorer targets', () => {
  it('opens the nodes of a result that has nodes, without documents', () => {
    const t = explorerTargets({
      nodes: [node('icac', 'Agency'), node('wco', 'Organisation'), node('icac', 'Agency'), node('doc-1', 'Source')],
      rowIds: ['iaaca'],
      anchorIds: ['customs-hk'],
      refs: undefined,
    });
    expect(t).toEqual({ from: 'nodes', ids: ['icac', 'wco'], anchors: 0, documents: 1, pending: false });
  });

  it('opens the ids that are nodes, the question entities first, documents and non-nodes left out', () => {
    const t = explorerTargets({
      nodes: [],
      rowIds: ['wco', 'association', 'iaaca', 'icac-ar-2024-ch6', 'wco'],
      anchorIds: ['icac', 'customs-hk', 'wco'],
      refs,
    });
    expect(t).toEqual({ from: 'ids', ids: ['icac', 'customs-hk', 'wco', 'iaaca'], anchors: 2, documents: 1, pending: false });
  });

  it('waits for the lookup, and opens nothing when the rows name no node', () => {
    expect(explorerTargets({ nodes: [], rowIds: ['wco'], anchorIds: [], refs: undefined }).pending).toBe(true);
    expect(explorerTargets({ nodes: [], rowIds: ['association'], anchorIds: ['icac'], refs })).toMatchObject({ from: 'none', ids: [] });
    expect(explorerTargets({ nodes: [], rowIds: [], anchorIds: ['icac'], refs })).toMatchObject({ from: 'none', ids: [] });
  });

  it('opens the question entities when the rows name only documents', () => {
    const t = explorerTargets({ nodes: [], rowIds: ['icac-ar-2024-ch6'], anchorIds: ['iaaca'], refs });
    expect(t).toEqual({ from: 'ids', ids: ['iaaca'], anchors: 1, documents: 1, pending: false });
  });
});
