// The schema diagram: labels as nodes (sized by count), relationship patterns as arrows with
// their type and count, in the explorer's colours and shapes.
import type cytoscape from 'cytoscape';
import { useMemo, useState } from 'react';
import type { SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { Spinner } from '../../../components/Feedback.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { GraphKit } from '../lib/graph-kit.ts';
import type { Translate } from '../../../i18n/index.ts';
import { schemaGraph } from '../lib/schema-graph.ts';
import { GraphView } from './GraphView.tsx';

const SCHEMA_STYLE = [
  {
    selector: 'node',
    style: {
      'text-valign': 'center',
      'text-margin-y': 0,
      color: '#fff',
      'text-outline-color': '#1f2937',
      'text-outline-width': 2,
      'font-size': 11,
      'min-zoomed-font-size': 0,
    },
  },
  { selector: 'edge', style: { 'min-zoomed-font-size': 0, 'font-size': 9.5, color: '#334155', width: 'mapData(count, 1, 300, 1.2, 6)' } },
  { selector: 'edge:loop', style: { 'loop-direction': '-30deg', 'loop-sweep': '-40deg', 'control-point-step-size': 60 } },
];

/** Labels around an ellipse that fills the area: the results pane is wide and short. */
const ORDER = ['Agency', 'Organisation', 'Agreement', 'MembershipCount', 'Statistic', 'Event', 'Person', 'Jurisdiction', 'Source'];
function ellipseLayout(_n: number, size: { width: number; height: number }): cytoscape.LayoutOptions {
  return {
    name: 'preset',
    fit: true,
    padding: 30,
    positions: (node: cytoscape.NodeSingular) => {
      const all = node
        .cy()
        .nodes()
        .map((x) => x.id())
        .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
      const i = all.indexOf(node.id());
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / all.length;
      return { x: Math.cos(angle) * Math.max(160, size.width / 2 - 90), y: Math.sin(angle) * Math.max(110, size.height / 2 - 50) };
    },
  } as unknown as cytoscape.LayoutOptions;
}

export function SchemaDiagram({
  t,
  lang,
  schema,
  kit,
}: {
  t: Translate<'console'>;
  lang: Lang;
  schema: SchemaResponse | undefined;
  kit: GraphKit;
}) {
  const [withSources, setWithSources] = useState(false);
  const stylesheet = useMemo(() => [...(kit.stylesheet as unknown[]), ...SCHEMA_STYLE] as cytoscape.StylesheetJson, [kit]);
  const elements = useMemo(() => {
    if (!schema) return [];
    const g = schemaGraph(schema, withSources);
    const counts = new Map(g.nodes.map((n) => [n.id, n.properties.count as number]));
    return kit.elements(g, lang).map((el) => {
      if (el.group === 'nodes') {
        const count = counts.get(String(el.data.id)) ?? 0;
        return { ...el, data: { ...el.data, caption: `${el.data.id}\n${count}`, size: Math.round(44 + 12 * Math.log10(count + 1)) } };
      }
      const e = g.edges.find((x) => x.id === el.data.id)!;
      return { ...el, data: { ...el.data, caption: `${e.type} ${e.properties.count}`, count: e.properties.count as number } };
    });
  }, [schema, withSources, kit, lang]);
  if (!schema) return <Spinner label={t('schemaLoading')} />;
  return (
    <div className="wb-schema-diagram">
      <div className="wb-schema-bar">
        <span className="muted small">{t('schemaDiagramHint')}</span>
        <label className="wb-check small">
          <input type="checkbox" checked={withSources} onChange={(e) => setWithSources(e.target.checked)} />
          {t('schemaIncludeSources')}
        </label>
      </div>
      <GraphView
        t={t}
        elements={elements}
        stylesheet={stylesheet}
        layout={ellipseLayout}
        label={t('tabSchemaDiagram')}
        testId="schema-diagram"
      />
    </div>
  );
}
