// The right panel's "Details" tab: the open source, else the selected entity or relationship,
// else a hint on how to start and what is in view.
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode, SourceRef } from '../../../../../server/shared/contracts.ts';
import { EmptyState } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { countBy } from '../../../lib/filters.ts';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import { labelName } from '../../../i18n/model.ts';
import { EdgeDetailsView } from './EdgeDetailsView.tsx';
import { NodeDetailsView, type ExpansionSummary, type NodeActions } from './NodeDetailsView.tsx';
import { SourceView } from './SourceView.tsx';
import './details.css';

export interface DetailsPanelProps {
  lang: Lang;
  selectedNode?: string;
  selectedEdge?: string;
  source?: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  sources: Map<string, SourceRef>;
  expansionsOf: (id: string) => ExpansionSummary[];
  actions: NodeActions & { onCloseSource: () => void };
}

export function DetailsPanel(p: DetailsPanelProps) {
  const { lang } = p;
  const { t } = useTranslation('details', { lng: toLocale(lang) });
  if (p.source) return <SourceView t={t} lang={lang} id={p.source} onBack={p.actions.onCloseSource} onNavigate={p.actions.onNavigate} />;
  if (p.selectedNode) {
    return (
      <NodeDetailsView
        key={p.selectedNode}
        t={t}
        lang={lang}
        id={p.selectedNode}
        expansions={p.expansionsOf(p.selectedNode)}
        actions={p.actions}
        allSources={p.sources}
      />
    );
  }
  const edge = p.selectedEdge ? p.edges.find((e) => e.id === p.selectedEdge) : undefined;
  if (edge) {
    return (
      <EdgeDetailsView
        t={t}
        lang={lang}
        edge={edge}
        nodes={new Map(p.nodes.map((n) => [n.id, n]))}
        sources={p.sources}
        onNavigate={p.actions.onNavigate}
        onOpenSource={p.actions.onOpenSource}
      />
    );
  }
  const counts = countBy(p.nodes, (n) => n.label);
  return (
    <div className="details details-empty" data-testid="no-selection">
      <EmptyState title={t('noSelectionTitle')} icon={<Icon name="info" size={28} />}>
        <p>{t('noSelectionBody')}</p>
      </EmptyState>
      {p.nodes.length > 0 && (
        <section className="details-section">
          <h3>{t('overview')}</h3>
          <ul className="overview">
            {[...counts]
              .sort((a, b) => b[1] - a[1])
              .map(([label, c]) => (
                <li key={label}>
                  <LabelGlyph label={label} size={14} /> <span>{labelName(lang, label, true)}</span> <strong>{c}</strong>
                </li>
              ))}
          </ul>
        </section>
      )}
      <section className="details-section">
        <h3>{t('tips')}</h3>
        <dl className="shortcuts">
          <div>
            <dt>
              <kbd>/</kbd>
            </dt>
            <dd>{t('tipSearch')}</dd>
          </div>
          <div>
            <dt>
              <kbd>Esc</kbd>
            </dt>
            <dd>{t('tipEsc')}</dd>
          </div>
          <div>
            <dt>
              <kbd>e</kbd>
            </dt>
            <dd>{t('tipExpand')}</dd>
          </div>
          <div>
            <dt>
              <kbd>f</kbd>
            </dt>
            <dd>{t('tipFit')}</dd>
          </div>
          <div>
            <dt>
              <kbd>Ctrl</kbd>+<kbd>Z</kbd>
            </dt>
            <dd>{t('tipUndo')}</dd>
          </div>
          <div>
            <dt>
              <kbd>←↑→↓</kbd>
            </dt>
            <dd>{t('tipArrows')}</dd>
          </div>
          <div>
            <dt>{t('tipMouse')}</dt>
            <dd>{t('tipDblClick')}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
