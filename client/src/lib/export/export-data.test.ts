// Unit: JSON, CSV and GraphML exports of a view (escaping, Chinese text, cited sources).
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../server/shared/contracts.ts';
import { citedSourceIds, edgesCsv, fileName, nodesCsv, toGraphml, toJson } from './export-data.ts';

const nodes: GraphNode[] = [
  {
    id: 'icac',
    label: 'Agency',
    labels: ['Agency'],
    name: 'Independent Commission Against Corruption',
    properties: {
      id: 'icac',
      name: 'Independent Commission Against Corruption',
      nameZh: '廉政公署',
      aliases: ['ICAC', '廉署'],
      sources: ['doc-a'],
      acronym: 'ICAC',
    },
  },
  {
    id: 'unodc',
    label: 'Organisation',
    labels: ['Organisation'],
    name: 'UN Office on Drugs and Crime',
    properties: { id: 'unodc', name: 'UN Office on Drugs and Crime', sources: ['doc-b', 'doc-a'], note: 'says "hello", then <b>' },
  },
];
const edges: GraphEdge[] = [
  {
    id: 'SIGNED:icac->unodc',
    type: 'SIGNED',
    source: 'icac',
    target: 'unodc',
    properties: {
      date: '2024-05',
      evidence: 'The two parties signed a Memorandum of Understanding (MoU) in May 2024',
      sources: ['doc-c'],
      key: 'SIGNED:icac->unodc',
    },
  },
];

describe('export-data', () => {
  it('lists cited sources once, in order of first citation', () => {
    expect(citedSourceIds({ nodes, edges })).toEqual(['doc-a', 'doc-b', 'doc-c']);
  });

  it('nodes.csv has a BOM, one row per node, quoted fields and joined lists', () => {
    const csv = nodesCsv({ nodes, edges });
    expect(csv.startsWith('\uFEFFid,label,name,nameZh,aliases,sources,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('廉政公署,ICAC; 廉署,doc-a');
    expect(lines[2]).toContain('"says ""hello"", then <b>"');
  });

  it('edges.csv carries evidence and sources', () => {
    const csv = edgesCsv({ nodes, edges });
    expect(csv).toContain(
      'SIGNED:icac->unodc,SIGNED,icac,unodc,The two parties signed a Memorandum of Understanding (MoU) in May 2024,doc-c,2024-05',
    );
    expect(csv.split('\r\n')[0]).not.toContain('key');
  });

  it('GraphML is well-formed and escaped, with positions when given', () => {
    const xml = toGraphml({ nodes, edges, positions: new Map([['icac', { x: 1.25, y: -3 }]]) }, 'view');
    expect(xml).toContain('<node id="icac">');
    expect(xml).toContain('<data key="n_nameZh">廉政公署</data>');
    expect(xml).toContain('says &quot;hello&quot;, then &lt;b&gt;');
    expect(xml).toContain('<edge id="SIGNED:icac-&gt;unodc" source="icac" target="unodc">');
    expect(xml).toContain('<data key="n_x">1.3</data>');
    expect((xml.match(/<node /g) ?? []).length).toBe(2);
    expect(xml.trim().endsWith('</graphml>')).toBe(true);
  });

  it('JSON includes the counts and the sources passed in', () => {
    const json = JSON.parse(
      toJson(
        { nodes, edges },
        { title: 't', url: 'http://x/?sel=icac', exportedAt: '2026-01-01T00:00:00Z', sources: [{ id: 'doc-a', title: 'A' }] },
      ),
    );
    expect(json.counts).toEqual({ nodes: 2, edges: 1 });
    expect(json.sources[0].title).toBe('A');
    expect(json.nodes[0].properties.nameZh).toBe('廉政公署');
  });

  it('file names are slugs with the date', () => {
    expect(fileName('ICAC & friends', 'png', new Date('2026-03-04T10:00:00Z'))).toBe('cooperation-atlas-icac-friends-2026-03-04.png');
  });
});
