// A story step's network: the step's view opened as explorer state (useViewGraph, the explorer's
// canvas), narrowed to the step's exact time window, laid out once, with the step's timeline
// range played over it (held at its end until played). Export as PNG and SVG with the caption
// and the sources of what is drawn. The timeline bar has its own row under the canvas (reserved
// from the start, so the first layout fits the space the canvas keeps), never over it; when the
// canvas's box changes size (the bar's row settling, the window resized), the view is framed
// again, until the viewer moves it themselves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRef, StoryView } from '../../../../../server/shared/contracts.ts';
import { GraphCanvas } from '../../../components/canvas/components/GraphCanvas.tsx';
import { ApiErrorNotice, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi } from '../../../api/cache.ts';
import type { CanvasHandle } from '../../../lib/canvas-handle.ts';
import { toLocale, type Lang, type Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { typeName } from '../../../i18n/model.ts';
import { fileName } from '../../../lib/export/export-data.ts';
import { downloadPages } from '../../../lib/download.ts';
import { networkSlides, viewSources } from '../../../lib/export/network-slide.ts';
import type { SlideText } from '../../../lib/export/slide-layout.ts';
import { TimelinePlayer } from '../../../components/timeline/TimelinePlayer.tsx';
import { narrowToWindow } from '../../../components/timeline/lib/window.ts';
import { useViewGraph } from '../../../api/use-view-graph.ts';
import { storyViewToViewState, storyWindow } from '../lib/story-view.ts';

const NO_IDS = new Set<string>();

export interface StoryNetworkProps {
  view: StoryView;
  lang: Lang;
  t: Translate<'presenter'>;
  present: boolean;
  sources: Map<string, SourceRef>;
  /** Title and caption, for exports and the recorded video. */
  title: string;
  caption: string;
  fileSlug: string;
  playRequest: number;
}

export function StoryNetwork(p: StoryNetworkProps) {
  const { view, lang, t, present, sources } = p;
  const { t: tCommon } = useTranslation('common', { lng: toLocale(lang) });
  const { t: tExport } = useTranslation('export', { lng: toLocale(lang) });
  const state = useMemo(() => storyViewToViewState(view, lang), [view, lang]);
  const graph = useViewGraph(state);
  const win = storyWindow(view);
  const exempt = useMemo(() => new Set(view.selected ? [view.selected] : []), [view.selected]);
  const shown = useMemo(() => {
    const v = narrowToWindow(graph.view.nodes, graph.view.edges, win.from, win.to, exempt);
    // A slide shows what is connected: nodes the step's filters leave without any link go,
    // unless the step names them (its subject, the nodes it expands).
    const linked = new Set(v.edges.flatMap((e) => [e.source, e.target]));
    const keep = new Set([...exempt, ...(view.expanded ?? [])]);
    return { nodes: v.nodes.filter((n) => linked.has(n.id) || keep.has(n.id)), edges: v.edges };
  }, [graph.view.nodes, graph.view.edges, win.from, win.to, exempt, view.expanded]);
  const canvasRef = useRef<CanvasHandle>(null);
  const getCanvas = useCallback(() => canvasRef.current, []);
  const [selected, setSelected] = useState<string | undefined>(view.selected);
  const [edge, setEdge] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // A big view is shown around its subject (the rest faded, framed on the subject's links, as a
  // search pick frames it in the explorer); a small one is shown whole.
  const focus = !!view.selected && shown.nodes.length > 45 && shown.nodes.some((n) => n.id === view.selected);
  const [reframe, setReframe] = useState(1);
  const focusRequest = useMemo(
    () => (focus && view.selected ? { id: view.selected, n: reframe } : undefined),
    [focus, view.selected, reframe],
  );
  // Framed again when the canvas's box changes size, until the viewer pans or zooms.
  const stageRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const focusRef = useRef(focus);
  useEffect(() => {
    focusRef.current = focus;
  });
  useEffect(() => {
    const el = stageRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = `${el.clientWidth}x${el.clientHeight}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ro = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now === last) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (moved.current) return;
        if (focusRef.current) setReframe((n) => n + 1);
        else canvasRef.current?.fit();
      }, 120);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      clearTimeout(timer);
    };
  }, []);
  // Relationship captions only where they can be read: a dense slide drops them.
  const dense = shown.edges.length > 36;
  const typeCaption = useCallback((type: string) => (dense ? '' : typeName(lang, type)), [lang, dense]);
  const slideText = (): SlideText => ({
    title: p.title,
    subtitle: p.caption,
    date: formatDate(new Date().toISOString().slice(0, 10), lang),
    sourcesHeading: tExport('exportSourcesLead'),
    sources: viewSources(shown, sources, (d) => formatDate(d, lang)),
    continued: (from, to) => tExport('exportContinued', { from, to }),
    pageHeading: tExport('exportSourcesContinued', { title: p.title }),
  });
  const exportAs = async (kind: 'png' | 'svg') => {
    const c = canvasRef.current;
    if (!c) return;
    setBusy(true);
    setError(undefined);
    try {
      await downloadPages(await networkSlides(c, slideText(), 'hd', kind), fileName(p.fileSlug, kind));
    } catch (e) {
      setError(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`story-network${view.timeline ? ' has-timeline' : ''}`} data-testid="story-network">
      <div className="sn-stage" ref={stageRef} onWheel={() => (moved.current = true)} onPointerDown={() => (moved.current = true)}>
        <GraphCanvas
          ref={canvasRef}
          t={tCommon}
          lang={lang}
          nodes={shown.nodes}
          edges={shown.edges}
          sizeByDegree
          webgl={false}
          layout={state.layout}
          orient={state.orient}
          layoutNonce={0}
          selectedNode={selected}
          selectedEdge={edge}
          pathNodes={NO_IDS}
          pathEdges={NO_IDS}
          typeCaption={typeCaption}
          onSelectNode={(id) => {
            setSelected(id);
            setEdge(undefined);
          }}
          onSelectEdge={(id) => {
            setEdge(id);
            setSelected(undefined);
          }}
          onClear={() => {
            setSelected(undefined);
            setEdge(undefined);
          }}
          onExpand={() => undefined}
          onWebglUnavailable={() => undefined}
          textScale={present ? 1.25 : 1}
          fadeUnrelated={focus}
          focusRequest={focusRequest}
        />
        {!present && (
          <div className="sn-tools" role="group" aria-label={t('networkTitle')}>
            <button type="button" className="btn btn-small" onClick={() => canvasRef.current?.fit()} title={t('fit')}>
              <Icon name="fit" size={14} />
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => exportAs('png')}
              disabled={busy || !shown.nodes.length}
              data-testid="network-export-png"
            >
              <Icon name="download" size={14} /> {t('exportNetworkPng')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => exportAs('svg')}
              disabled={busy || !shown.nodes.length}
              data-testid="network-export-svg"
            >
              <Icon name="download" size={14} /> {t('exportNetworkSvg')}
            </button>
          </div>
        )}
        {error && (
          <div className="sn-alert notice notice-error" role="alert">
            {error}
          </div>
        )}
        {graph.initial && (graph.loading || graph.failure) && (
          <div className="canvas-overlay">
            {graph.failure?.entry.error ? (
              <div className="overlay-error">
                <ApiErrorNotice lang={lang} error={graph.failure.entry.error} onRetry={() => retryApi(graph.failure!.url)} />
              </div>
            ) : (
              <Spinner label={t('loadingView')} />
            )}
          </div>
        )}
        {!graph.initial && !graph.loading && shown.nodes.length === 0 && <div className="canvas-overlay sn-empty">{t('emptyView')}</div>}
      </div>
      {view.timeline && (
        <div className="sn-timeline-row">
          {!graph.initial && shown.nodes.length > 0 && (
            <TimelinePlayer
              lang={lang}
              nodes={shown.nodes}
              edges={shown.edges}
              canvas={getCanvas}
              range={view.timeline}
              startAtEnd
              keyboard={false}
              playRequest={p.playRequest}
              variant={present ? 'present' : 'story'}
              videoTitle={p.title}
              videoSubtitle={p.caption}
              fileSlug={p.fileSlug}
            />
          )}
        </div>
      )}
    </div>
  );
}
