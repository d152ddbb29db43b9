// The Explorer: owns the view state (URL + undo history), fetches the view, and lays out the
// regions (header, filters, canvas, details/paths), each behind its own error boundary.
import { urls } from '../api/endpoints.ts';
import { DRAWABLE_REL_TYPES } from '../../../server/shared/vocabulary.ts';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathsResponse, SchemaResponse, SearchHit, SourceRef, SourceSummary } from '../../../server/shared/contracts.ts';
import { EntityCombobox, type EntityComboboxHandle } from '../components/EntityCombobox.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ApiErrorNotice, EmptyState, Spinner } from '../components/Feedback.tsx';
import { Icon } from '../components/Icon.tsx';
import { GraphCanvas } from '../components/canvas/components/GraphCanvas.tsx';
import { DetailsPanel } from '../features/details/components/DetailsPanel.tsx';
import { ExportMenu } from '../features/export/components/ExportMenu.tsx';
import { FilterPanel } from '../features/filters/components/FilterPanel.tsx';
import { PathFinder } from '../features/paths/components/PathFinder.tsx';
import { CommonGroundPanel } from '../features/common/components/CommonGroundPanel.tsx';
import { pathUrl, useViewGraph } from '../api/use-view-graph.ts';
import { retryApi, useApi } from '../api/cache.ts';
import type { CanvasHandle } from '../lib/canvas-handle.ts';
import { toLocale } from '../i18n/index.ts';
import { labelName, typeName } from '../i18n/model.ts';
import { parseViewState, serializeViewState } from '../lib/url-state.ts';
import { commit, initHistory, redo, undo, viewActions as A, type History, type ViewState } from '../lib/view-state.ts';
import { PANEL_TABS, type PanelTab } from '../lib/view-state.ts';
import { AddToStory } from '../features/presenter/components/AddToStory.tsx';
import { TimelinePlayer, TimelineToggle } from '../components/timeline/TimelinePlayer.tsx';
import { ExploreHeader } from './ExploreHeader.tsx';

type Action = { kind: 'apply'; fn: (s: ViewState) => ViewState } | { kind: 'undo' } | { kind: 'redo' };

function reducer(h: History, a: Action): History {
  if (a.kind === 'undo') return undo(h);
  if (a.kind === 'redo') return redo(h);
  return commit(h, a.fn(h.present));
}

const TAB_ICONS = { details: 'info', paths: 'path', common: 'shared' } as const satisfies Record<PanelTab, string>;

/** Relationship types offered when the schema is not loaded (yet). */
const FALLBACK_TYPES: string[] = [...DRAWABLE_REL_TYPES];

function isTyping(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  if (!e) return false;
  const tag = e.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || e.isContentEditable;
}

export function ExplorePage() {
  const [history, dispatch] = useReducer(reducer, undefined, () => initHistory(parseViewState(window.location.search)));
  const state = history.present;
  const lang = state.lang;
  const { t } = useTranslation('explore', { lng: toLocale(lang) });
  const { t: tCommon } = useTranslation('common', { lng: toLocale(lang) });
  const update = useCallback((fn: (s: ViewState) => ViewState) => dispatch({ kind: 'apply', fn }), []);

  const canvasRef = useRef<CanvasHandle>(null);
  const searchRef = useRef<EntityComboboxHandle>(null);
  const [layoutNonce, setLayoutNonce] = useState(0);
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number }>();
  const [focusPath, setFocusPath] = useState<{ nodes: string[]; edges: string[] }>();
  const [notice, setNotice] = useState<string>();
  const [leftOpen, setLeftOpen] = useState(true);
  const [rightOpen, setRightOpen] = useState(true);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const getCanvas = useCallback(() => canvasRef.current, []);

  // The URL mirrors the state (replaceState: the undo history is ours, not the browser's).
  useEffect(() => {
    const q = serializeViewState(state);
    const next = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', next);
    // The console's "Add to canvas" starts from the last explorer view.
    try {
      localStorage.setItem('atlas:lastExplorer', q);
    } catch {
      /* storage unavailable */
    }
  }, [state]);
  useEffect(() => {
    document.documentElement.lang = toLocale(lang);
  }, [lang]);

  const graph = useViewGraph(state);
  const { view } = graph;
  const schema = useApi<SchemaResponse>(urls.schema());
  const sourcesEntry = useApi<{ sources: SourceSummary[] }>(urls.sources());
  const sources = useMemo(
    () => new Map<string, SourceRef>((sourcesEntry?.data?.sources ?? []).map((s) => [s.id, s])),
    [sourcesEntry?.data],
  );
  const pUrl = pathUrl(state);
  const pathEntry = useApi<PathsResponse>(pUrl);
  const allTypes = useMemo(() => {
    const fromSchema = schema?.data?.relationshipTypes
      .filter((r) => r.type !== 'MENTIONS')
      .sort((a, b) => b.count - a.count)
      .map((r) => r.type);
    return fromSchema?.length ? fromSchema : FALLBACK_TYPES;
  }, [schema?.data]);
  const nodeById = useMemo(() => new Map(view.nodes.map((n) => [n.id, n])), [view.nodes]);
  const displayName = useCallback(
    (id: string) => {
      const n = nodeById.get(id);
      if (!n) return undefined;
      return lang === 'zh' && typeof n.properties.nameZh === 'string' ? n.properties.nameZh : n.name;
    },
    [nodeById, lang],
  );
  const typeCaption = useCallback((type: string) => typeName(lang, type), [lang]);

  // Keep the last document title in sync with the focus.
  const focusName = state.sel
    ? displayName(state.sel)
    : state.path
      ? `${displayName(state.path.from) ?? state.path.from} → ${displayName(state.path.to) ?? state.path.to}`
      : undefined;
  useEffect(() => {
    document.title = `${focusName ? `${focusName} · ` : ''}${t('appName')}`;
  }, [focusName, t]);

  const reveal = useCallback(
    (id: string) => {
      update((s) => A.reveal(s, id, nodeById.has(id)));
      setFocusRequest((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    },
    [update, nodeById],
  );
  // A search pick moves the keyboard focus to the network, where e / Enter expand and arrows move.
  const onPick = useCallback(
    (hit: SearchHit) => {
      reveal(hit.id);
      document.querySelector<HTMLElement>('[data-testid="canvas"]')?.focus({ preventScroll: true });
    },
    [reveal],
  );

  const expand = useCallback((id: string, type?: string) => update((s) => A.expand(s, id, type)), [update]);

  // Keyboard shortcuts.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && (e.key === 'z' || e.key === 'Z') && !isTyping(e.target)) {
        e.preventDefault();
        dispatch({ kind: e.shiftKey ? 'redo' : 'undo' });
        return;
      }
      if (mod && (e.key === 'y' || e.key === 'Y') && !isTyping(e.target)) {
        e.preventDefault();
        dispatch({ kind: 'redo' });
        return;
      }
      if (mod || e.altKey || isTyping(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'Escape') {
        update((s) => (s.source ? A.closeSource(s) : A.clearSelection(s)));
        setFocusPath(undefined);
      } else if (e.key === 'e' && state.sel) {
        expand(state.sel);
      } else if (e.key === 'f') {
        canvasRef.current?.fit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [update, expand, state.sel]);

  const nodeActions = useMemo(
    () => ({
      onExpand: expand,
      onMore: (id: string, type?: string) => update((s) => A.showMore(s, id, type)),
      onCollapse: (id: string) => update((s) => A.collapse(s, id)),
      onHide: (id: string) => update((s) => A.hide(s, id)),
      onCentre: (id: string) => setFocusRequest((f) => ({ id, n: (f?.n ?? 0) + 1 })),
      onConnectFrom: () => update((s) => A.setTab(s, 'paths')),
      onCompareFrom: (id: string) => update((s) => A.compareFrom(s, id)),
      onNavigate: reveal,
      onOpenSource: (id: string) => update((s) => A.openSource(s, id)),
      onCloseSource: () => update((s) => A.closeSource(s)),
    }),
    [expand, update, reveal],
  );

  const expansionsOf = useCallback(
    (id: string) => view.expansions.filter((x) => x.id === id).map((x) => ({ type: x.type, added: x.added.length, more: x.more })),
    [view.expansions],
  );

  const windowText =
    state.from !== undefined || state.to !== undefined
      ? state.from === state.to
        ? String(state.from)
        : `${state.from ?? '…'}–${state.to ?? '…'}`
      : t('allTime', { ns: 'filters' });
  const subtitle = [
    t('statusCounts', { nodes: view.nodes.length, edges: view.edges.length }),
    `${t('timeWindow', { ns: 'filters' })}: ${windowText}`,
    state.labels.length < 6 ? state.labels.map((l) => labelName(lang, l, true)).join(', ') : '',
    state.places.length
      ? `${t('places', { ns: 'filters' })}: ${state.places.map((p) => (p.startsWith('r:') ? p.slice(2) : (displayName(p) ?? p))).join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');

  const base = graph.base;
  const region = (name: string) => ({
    region: name,
    message: (e: Error) => t('regionCrashed', { message: e.message }),
    reloadLabel: t('regionReload'),
  });
  const suggestedFrom = state.sel ? { id: state.sel, name: displayName(state.sel) ?? state.sel } : undefined;

  return (
    <div className={`app${leftOpen ? '' : ' left-closed'}${rightOpen ? '' : ' right-closed'}`} data-lang={lang}>
      <ErrorBoundary {...region('header')}>
        <ExploreHeader
          t={t}
          lang={lang}
          layout={state.layout}
          orient={state.orient}
          canUndo={history.past.length > 0}
          canRedo={history.future.length > 0}
          search={
            <EntityCombobox
              ref={searchRef}
              lang={lang}
              label={t('searchLabel')}
              placeholder={t('searchPlaceholder')}
              onPick={onPick}
              className="search-main"
              testId="search"
            />
          }
          exportMenu={
            <ExportMenu
              lang={lang}
              canvas={() => canvasRef.current}
              nodes={view.nodes}
              edges={view.edges}
              sources={sources}
              focusName={focusName}
              fileSlug={state.sel ?? (state.path ? `${state.path.from}-to-${state.path.to}` : 'view')}
              subtitle={subtitle}
            />
          }
          onLayout={(l, o) => update((s) => A.setLayout(s, l, o))}
          onRelayout={() => setLayoutNonce((n) => n + 1)}
          onUndo={() => dispatch({ kind: 'undo' })}
          onRedo={() => dispatch({ kind: 'redo' })}
          onReset={() => update((s) => A.reset(s))}
          onLang={(l) => update((s) => A.setLang(s, l))}
        />
      </ErrorBoundary>

      <aside className="left-panel" aria-label={t('filters', { ns: 'filters' })} hidden={!leftOpen}>
        <ErrorBoundary {...region('filters')}>
          <FilterPanel
            lang={lang}
            state={state}
            nodes={view.nodes}
            edges={view.edges}
            placeNodes={base?.nodes ?? view.nodes}
            placeEdges={base?.edges ?? view.edges}
            schema={schema?.data}
            allTypes={allTypes}
            onToggleLabel={(l) => update((s) => A.toggleLabel(s, l))}
            onToggleType={(type) => update((s) => A.toggleType(s, type, allTypes))}
            onSetTypes={(types) => update((s) => A.setTypes(s, types))}
            onTogglePlace={(p) => update((s) => A.togglePlace(s, p))}
            onClearPlaces={() => update((s) => A.setPlaces(s, []))}
            onWindow={(f, to) => update((s) => A.setWindow(s, f, to))}
            onDatedOnly={(on) => update((s) => A.setDatedOnly(s, on))}
            onReference={(on) => update((s) => A.setIncludeReference(s, on))}
            onSizeByDegree={(on) => update((s) => A.setSizeByDegree(s, on))}
            onWebgl={(on) => update((s) => A.setWebgl(s, on))}
          />
        </ErrorBoundary>
      </aside>

      <main className={`canvas-region${timelineOpen ? ' timeline-open' : ''}`} id="canvas-region" aria-label={t('canvasLabel')}>
        <button
          type="button"
          className="panel-toggle panel-toggle-left"
          data-canvas-overlay=""
          onClick={() => setLeftOpen((o) => !o)}
          aria-label={leftOpen ? t('collapsePanel') : t('expandPanel')}
          aria-expanded={leftOpen}
          title={leftOpen ? t('collapsePanel') : t('expandPanel')}
        >
          <Icon name="panelLeft" size={16} />
        </button>
        <button
          type="button"
          className="panel-toggle panel-toggle-right"
          data-canvas-overlay=""
          onClick={() => setRightOpen((o) => !o)}
          aria-label={rightOpen ? t('collapsePanel') : t('expandPanel')}
          aria-expanded={rightOpen}
          title={rightOpen ? t('collapsePanel') : t('expandPanel')}
        >
          <Icon name="panelRight" size={16} />
        </button>
        <ErrorBoundary {...region('canvas')}>
          <GraphCanvas
            ref={canvasRef}
            t={tCommon}
            lang={lang}
            nodes={view.nodes}
            edges={view.edges}
            sizeByDegree={state.sizeByDegree}
            webgl={state.webgl}
            layout={state.layout}
            orient={state.orient}
            layoutNonce={layoutNonce}
            selectedNode={state.sel}
            selectedEdge={state.edge}
            pathNodes={view.pathNodes}
            pathEdges={view.pathEdges}
            focusPath={focusPath}
            focusRequest={focusRequest}
            typeCaption={typeCaption}
            onSelectNode={(id) => update((s) => A.selectNode(s, id))}
            onSelectEdge={(id) => update((s) => A.selectEdge(s, id))}
            onClear={() => update((s) => A.clearSelection(s))}
            onExpand={expand}
            onWebglUnavailable={() => setNotice(t('webglFailed'))}
          />
          <div className="canvas-tools" role="toolbar" aria-label={t('display', { ns: 'filters' })} data-canvas-overlay="">
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => canvasRef.current?.zoomBy(1.3)}
              title={t('zoomIn')}
              aria-label={t('zoomIn')}
            >
              <Icon name="zoomIn" />
            </button>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => canvasRef.current?.zoomBy(1 / 1.3)}
              title={t('zoomOut')}
              aria-label={t('zoomOut')}
            >
              <Icon name="zoomOut" />
            </button>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => canvasRef.current?.fit()}
              title={t('fit')}
              aria-label={t('fit')}
              data-testid="fit"
            >
              <Icon name="fit" />
            </button>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => state.sel && canvasRef.current?.centre(state.sel)}
              disabled={!state.sel}
              title={t('centreSelection')}
              aria-label={t('centreSelection')}
            >
              <Icon name="target" />
            </button>
            <TimelineToggle lang={lang} open={timelineOpen} onToggle={() => setTimelineOpen((o) => !o)} />
            <AddToStory lang={lang} state={state} />
          </div>
          {timelineOpen && (
            <TimelinePlayer
              lang={lang}
              nodes={view.nodes}
              edges={view.edges}
              canvas={getCanvas}
              onClose={() => setTimelineOpen(false)}
              fileSlug={state.sel ?? 'view'}
              videoSubtitle={subtitle}
            />
          )}
          {graph.initial && (graph.loading || graph.failure) && (
            <div className="canvas-overlay">
              {graph.failure?.entry.error ? (
                <div className="overlay-error">
                  <ApiErrorNotice lang={lang} error={graph.failure.entry.error} onRetry={() => retryApi(graph.failure!.url)} />
                </div>
              ) : (
                <Spinner label={t('loadingGraph')} />
              )}
            </div>
          )}
          {!graph.initial && !graph.loading && view.nodes.length === 0 && (
            <div className="canvas-overlay" data-testid="empty-graph">
              <EmptyState title={t('emptyGraphTitle')} icon={<Icon name="globe" size={30} />}>
                <p>{t('emptyGraphBody')}</p>
                <button type="button" className="btn btn-primary" onClick={() => update((s) => A.reset(s))}>
                  {t('resetView')}
                </button>
              </EmptyState>
            </div>
          )}
          {!graph.initial && graph.failure?.entry.error && (
            <div className="canvas-alert">
              <ApiErrorNotice lang={lang} error={graph.failure.entry.error} onRetry={() => retryApi(graph.failure!.url)} />
            </div>
          )}
          {notice && (
            <div className="canvas-alert">
              <div className="notice notice-info" role="status">
                <span>{notice}</span>
                <button type="button" className="btn btn-small btn-ghost" onClick={() => setNotice(undefined)}>
                  {t('dismiss')}
                </button>
              </div>
            </div>
          )}
          <div className="status-bar" data-testid="status" data-canvas-overlay="">
            <span data-testid="counts" data-nodes={view.nodes.length} data-edges={view.edges.length}>
              {t('statusCounts', { nodes: view.nodes.length, edges: view.edges.length })}
            </span>
            {base?.truncated && (
              <span>
                · {t('statusTruncated', { shown: base.nodes.length, total: base.totalNodes })}{' '}
                <button type="button" className="link" onClick={() => update((s) => A.setLimit(s, s.limit + 300))}>
                  {t('loadMore')}
                </button>
              </span>
            )}
            {state.limit === 0 && (
              <span data-testid="pins-only">
                · {t('pinsOnly')}{' '}
                <button type="button" className="link" onClick={() => update((s) => A.setLimit(s, 300))}>
                  {t('showNetwork')}
                </button>
              </span>
            )}
            {state.hidden.length > 0 && (
              <span>
                · {t('hiddenCount', { n: state.hidden.length })}{' '}
                <button type="button" className="link" onClick={() => update((s) => A.unhideAll(s))}>
                  {t('showHidden')}
                </button>
              </span>
            )}
            {graph.loading && !graph.initial && (
              <span className="spinner spinner-small" role="status" aria-label={t('loading')} data-testid="busy" />
            )}
          </div>
        </ErrorBoundary>
      </main>

      <aside className="right-panel" aria-label={t('details')} hidden={!rightOpen}>
        <div className="tabs" role="tablist" aria-label={t('details')}>
          {PANEL_TABS.map((tab, i) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`tab-${tab}`}
              aria-selected={state.tab === tab}
              aria-controls={`tabpanel-${tab}`}
              tabIndex={state.tab === tab ? 0 : -1}
              className={state.tab === tab ? 'tab active' : 'tab'}
              onClick={() => update((s) => A.setTab(s, tab))}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const other: PanelTab = PANEL_TABS[(i + (e.key === 'ArrowRight' ? 1 : -1) + PANEL_TABS.length) % PANEL_TABS.length]!;
                  update((s) => A.setTab(s, other));
                  document.getElementById(`tab-${other}`)?.focus();
                }
              }}
              data-testid={`tab-${tab}`}
            >
              <Icon name={TAB_ICONS[tab]} size={15} />{' '}
              {tab === 'common' ? t('tab', { ns: 'common-ground' }) : t(tab === 'details' ? 'details' : 'paths')}
              {tab === 'paths' && state.path && <span className="dot" aria-hidden="true" />}
              {tab === 'common' && state.common?.b && <span className="dot" aria-hidden="true" />}
            </button>
          ))}
        </div>
        <div className="tab-panel" role="tabpanel" id={`tabpanel-${state.tab}`} aria-labelledby={`tab-${state.tab}`}>
          <ErrorBoundary {...region('panel')}>
            {state.tab === 'details' ? (
              <DetailsPanel
                lang={lang}
                selectedNode={state.sel}
                selectedEdge={state.edge}
                source={state.source}
                nodes={view.nodes}
                edges={view.edges}
                sources={sources}
                expansionsOf={expansionsOf}
                actions={nodeActions}
                onSelectEdge={(id) => update((s) => A.selectEdge(s, id))}
                loading={graph.loading}
              />
            ) : state.tab === 'common' ? (
              <CommonGroundPanel
                lang={lang}
                pair={state.common}
                nameOf={displayName}
                sources={sources}
                onPick={(a, b) => update((s) => A.setCommon(s, a, b))}
                onSwap={() => update((s) => A.swapCommon(s))}
                onClear={() => update((s) => A.clearCommon(s))}
                onNavigate={reveal}
                onOpenSource={(id) => update((s) => A.openSource(s, id))}
              />
            ) : (
              <PathFinder
                lang={lang}
                path={state.path}
                suggestedFrom={suggestedFrom}
                nameOf={displayName}
                entry={pathEntry}
                url={pUrl}
                sources={sources}
                onFind={(from, to, hops) => update((s) => A.setPath(s, from, to, hops))}
                onClear={() => {
                  setFocusPath(undefined);
                  update((s) => A.clearPath(s));
                }}
                onNavigate={reveal}
                onOpenSource={(id) => update((s) => A.openSource(s, id))}
                onFocusPath={setFocusPath}
              />
            )}
          </ErrorBoundary>
        </div>
      </aside>
    </div>
  );
}
