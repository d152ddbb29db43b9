// Unit: the schema as editor completions and as a diagram graph.
import { describe, expect, it } from 'vitest';
import type { SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { completionSchema } from './editor-schema.ts';
import { schemaGraph } from './schema-graph.ts';

const schema: SchemaResponse = {
  labels: [
    { label: 'Agency', count: 38, properties: ['id', 'name'] },
    { label: 'Organisation', count: 29, properties: ['id'] },
    { label: 'Source', count: 14, properties: ['id'] },
  ],
  relationshipTypes: [
    {
      type: 'MEMBER_OF',
      count: 50,
      properties: [],
      patterns: [
        { from: 'Agency', to: 'Organisation', count: 40 },
        { from: 'Agency', to: 'Agency', count: 10 },
      ],
    },
    { type: 'MENTIONS', count: 800, properties: [], patterns: [{ from: 'Source', to: 'Agency', count: 800 }] },
  ],
  propertyKeys: ['id', 'name'],
  totals: { nodes: 81, relationships: 850 },
};

describe('schema', () => {
  it('completes labels (with Entity) and types with their colon, keys and set parameters', () => {
    const c = completionSchema(schema, ['agency']);
    expect(c.labels).toEqual([':Agency', ':Organisation', ':Source', ':Entity']);
    expect(c.relationshipTypes).toEqual([':MEMBER_OF', ':MENTIONS']);
    expect(c.propertyKeys).toEqual(['id', 'name']);
    expect(c.parameters).toEqual(['agency']);
    expect(c.procedures.map((p) => p.name)).toContain('db.index.fulltext.queryNodes');
  });

  it('works before the schema has loaded', () => {
    expect(completionSchema(undefined, []).labels).toEqual([':Entity']);
  });

  it('draws one node per label and one edge per pattern, documents left out unless asked', () => {
    const g = schemaGraph(schema);
    expect(g.nodes.map((n) => [n.id, n.properties.count])).toEqual([
      ['Agency', 38],
      ['Organisation', 29],
    ]);
    expect(g.edges.map((e) => [e.id, e.properties.count])).toEqual([
      ['MEMBER_OF:Agency->Organisation', 40],
      ['MEMBER_OF:Agency->Agency', 10],
    ]);
    expect(schemaGraph(schema, true).edges).toHaveLength(3);
  });
});
