// The result's nodes and relationships drawn with the explorer's styles; a tap shows the
// element's properties beside the drawing.
import type cytoscape from 'cytoscape';
import { useMemo, useState } from 'react';
import type { GraphData } from '../../../../../server/shared/contracts.ts';
import { EmptyState } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { GraphKit } from '../lib/graph-kit.ts';
import type { Translate } from '../../../i18n/index.ts';
import { cellText } from '../lib/values.ts';
import { GraphView } from './GraphView.tsx';
import { graphCounts } from '../lib/counts.ts';

const RESULT_STYLE = [
  { selector: 'node', style: { 'min-zoomed-font-size': 4 } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 7 } },
];

export interface ResultGraphProps {
  t: Translate<'console'>;
  lang: Lang;
  graph: GraphData;
  kit: GraphKit;
  /** Entities the result names by id (no nodes to draw, but the explorer can open them). */
  namedEntities?: number;
}

export function ResultGraph({ t, lang, graph, kit, namedEntities = 0 }: ResultGraphProps) {
  const elements = useMemo(() => kit.elements(graph, lang), [kit, graph, lang]);
  // A result is usually small: keep captions readable at lower zoom than the explorer does.
  const stylesheet = useMemo(() => [...(kit.stylesheet as unknown[]), ...RESULT_STYLE] as cytoscape.StylesheetJson, [kit]);
  const [sel, setSel] = useState<{ group: 'nodes' | 'edges'; id: string }>();
  if (!graph.nodes.length) {
    return (
      <div className="wb-empty" data-testid="result-graph-empty">
        <EmptyState title={t('noGraph')} icon={<Icon name="globe" size={30} />}>
          <p>{t('noGraphHint')}</p>
          {namedEntities > 0 && <p data-testid="graph-open-hint">{t('noGraphOpenHint', { n: namedEntities, count: namedEntities })}</p>}
        </EmptyState>
      </div>
    );
  }
  const node = sel?.group === 'nodes' ? graph.nodes.find((n) => n.id === sel.id) : undefined;
  const edge = sel?.group === 'edges' ? graph.edges.find((e) => e.id === sel.id) : undefined;
  const props = node?.properties ?? edge?.properties;
  return (
    <div className="wb-result-graph">
      <GraphView
        t={t}
        elements={elements}
        stylesheet={stylesheet}
        layout={kit.layout}
        label={graphCounts(t, graph.nodes.length, graph.edges.length)}
        testId="result-graph"
        onSelect={setSel}
        selected={sel?.id}
      />
      <div className="wb-graph-caption muted small">{graphCounts(t, graph.nodes.length, graph.edges.length)}</div>
      {props && (
        <aside className="wb-graph-details" aria-label={node?.name ?? edge?.type} data-testid="graph-details">
          <div className="wb-graph-details-head">
            {node ? (
              <>
                <LabelGlyph label={node.label} size={16} />
                <strong>{lang === 'zh' && typeof node.properties.nameZh === 'string' ? node.properties.nameZh : node.name}</strong>
              </>
            ) : (
              <strong className="mono">:{edge!.type}</strong>
            )}
            <button
              type="button"
              className="btn btn-icon btn-ghost"
              onClick={() => setSel(undefined)}
              aria-label={t('closeDetails')}
              title={t('closeDetails')}
            >
              <Icon name="close" size={16} />
            </button>
          </div>
          <div className="muted small mono">{node ? `${node.labels.join(':')} · ${node.id}` : `${edge!.source} → ${edge!.target}`}</div>
          <dl className="wb-props">
            {Object.entries(props)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{cellText(v)}</dd>
                </div>
              ))}
          </dl>
        </aside>
      )}
    </div>
  );
}
