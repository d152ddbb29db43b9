// The right panel's "Details" tab: the open source, else the selected entity or relationship,
// else the headline summary of the view on screen and the keyboard shortcuts.
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode, SourceRef } from '../../../../../server/shared/contracts.ts';
import { EmptyState, Skeleton } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import { EdgeDetailsView } from './EdgeDetailsView.tsx';
import { NodeDetailsView, type ExpansionSummary, type NodeActions } from './NodeDetailsView.tsx';
import { SourceView } from './SourceView.tsx';
import { ViewSummaryView } from './ViewSummaryView.tsx';
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
  /** Select a relationship (the summary's newest facts can be relationships). */
  onSelectEdge?: (id: string) => void;
  /** The view's graph is still loading. */
  loading?: boolean;
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
  return (
    <div className="details details-empty" data-testid="no-selection">
      {p.nodes.length > 0 ? (
        <ViewSummaryView
          t={t}
          lang={lang}
          nodes={p.nodes}
          edges={p.edges}
          onSelectNode={p.actions.onNavigate}
          onSelectEdge={p.onSelectEdge}
        />
      ) : p.loading ? (
        <div aria-busy="true">
          <p className="sr-only">{t('summaryLoading')}</p>
          <Skeleton lines={6} />
        </div>
      ) : (
        <EmptyState title={t('summaryEmptyTitle')} icon={<Icon name="info" size={28} />}>
          <p>{t('summaryEmptyBody')}</p>
        </EmptyState>
      )}
      <p className="muted details-hint">{t('noSelectionBody')}</p>
      <details className="details-section shortcuts-disclosure" data-testid="shortcuts">
        <summary>{t('tips')}</summary>
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
      </details>
    </div>
  );
}
