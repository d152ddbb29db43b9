// The network canvas. Cytoscape is a view: elements are derived from the API DTOs and patched
// in cy.batch() with a diff; selection, neighbourhood and path highlighting are classes. New
// nodes are placed next to their neighbours so the user's mental map survives expansion and
// filtering; a full layout runs only on first load or when the user asks for one.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import type { CanvasHandle, CanvasMask } from '../../../lib/canvas-handle.ts';
import type { Highlight, Scene } from '../../../lib/scene.ts';
import { labelName, type Translate } from '../../../lib/i18n.ts';
import type { Lang, LayoutName, Orientation } from '../../../lib/view-state.ts';
import { CANVAS_BG, buildStylesheet } from '../lib/cy-style.ts';
import { diffElements, toElements, type ElementDef } from '../lib/elements.ts';
import { FCOSE_DRAFT_ABOVE, layoutOptions } from '../lib/layouts.ts';
import { placeNewNodes } from '../lib/placement.ts';
import { crowding, spreadEvenly } from '../lib/spread.ts';
import { treeLayout } from '../lib/tree-layout.ts';

cytoscape.use(fcose);

export interface GraphCanvasProps {
  t: Translate;
  lang: Lang;
  nodes: GraphNode[];
  edges: GraphEdge[];
  sizeByDegree: boolean;
  webgl: boolean;
  layout: LayoutName;
  orient: Orientation;
  /** Bumped to re-run the layout on demand. */
  layoutNonce: number;
  selectedNode?: string;
  selectedEdge?: string;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  /** One path to emphasise (hovered in the list). */
  focusPath?: { nodes: string[]; edges: string[] };
  /** Centre on and flash this node (bump `n` to repeat). */
  focusRequest?: { id: string; n: number };
  typeCaption: (type: string) => string;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClear: () => void;
  onExpand: (id: string) => void;
  onWebglUnavailable: () => void;
  /** Larger captions (presentation mode), from the start; CanvasHandle.setTextScale changes them later. */
  textScale?: number;
  /** Fade what is not linked to the selection (default); a story step keeps its whole view visible. */
  fadeUnrelated?: boolean;
}

interface Hover {
  x: number;
  y: number;
  title: string;
  sub: string;
}

declare global {
  interface Window {
    /** Test and diagnostics hooks (read-only views of the canvas). */
    __atlas?: {
      firstRenderMs?: number;
      nodeIds(): string[];
      edgeIds(): string[];
      classesOf(id: string): string[];
      layoutRunning(): boolean;
      position(id: string): { x: number; y: number } | undefined;
      renderer(): string;
      zoom(): number;
      /** Frames Cytoscape has drawn since the instance was created, with either renderer (benchmarks). */
      renders(): number;
      /** How long the last layout took, in ms (benchmarks). */
      layoutMs?: number;
      elementCount(): number;
    };
  }
}

function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}

/** Starting positions on a spiral, best-connected first (hubs in the middle, the long tail outside). */
function spiral(ids: string[], edges: GraphEdge[]): Map<string, { x: number; y: number }> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const ordered = [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
  const out = new Map<string, { x: number; y: number }>();
  ordered.forEach((id, i) => {
    const r = 30 * Math.sqrt(i + 1);
    const a = i * 2.399963;
    out.set(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  return out;
}

/** A Cytoscape element definition for one of ours (nodes at `position`). */
function toCytoscape(el: ElementDef, position?: { x: number; y: number }): cytoscape.ElementDefinition {
  return {
    group: el.group,
    data: { ...el.data },
    classes: el.classes,
    ...(el.group === 'nodes' ? { position } : {}),
  } as cytoscape.ElementDefinition;
}

/** Above this many elements the canvas switches to its level-of-detail options. */
export const LARGE_VIEW_ELEMENTS = 1500;

export const GraphCanvas = forwardRef<CanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const {
    t,
    lang,
    nodes,
    edges,
    sizeByDegree,
    webgl,
    layout,
    orient,
    layoutNonce,
    selectedNode,
    selectedEdge,
    pathNodes,
    pathEdges,
    focusPath,
    focusRequest,
    typeCaption,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const applied = useRef<Map<string, ElementDef>>(new Map());
  const layoutRef = useRef<cytoscape.Layouts | null>(null);
  /** A first layout waiting for the first frame to be drawn (big views). */
  const pendingLayout = useRef(false);
  /** Run once, just after the next frame Cytoscape draws with nodes in it. */
  const afterFirstFrame = useRef<(() => void) | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [hover, setHover] = useState<Hover>();
  const [rendererName, setRendererName] = useState<'canvas' | 'webgl'>('canvas');
  const callbacks = useRef(props);
  callbacks.current = props;
  const lastLayoutKey = useRef<string>('');
  const textScaleRef = useRef<number | undefined>(undefined);
  // Timeline playback mask, re-applied whenever elements are (re)added.
  const maskRef = useRef<CanvasMask | null>(null);
  const applyMask = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const m = maskRef.current;
    cy.batch(() => {
      cy.elements('.tl-hidden, .tl-fresh, .tl-ended').removeClass('tl-hidden tl-fresh tl-ended');
      if (!m) return;
      for (const [ids, cls] of [
        [m.hidden, 'tl-hidden'],
        [m.fresh, 'tl-fresh'],
        [m.ended, 'tl-ended'],
      ] as const) {
        for (const id of ids) cy.getElementById(id).addClass(cls);
      }
    });
  }, []);

  const elements = useMemo(
    () => toElements(nodes, edges, { lang, sizeByDegree, typeCaption }),
    [nodes, edges, lang, sizeByDegree, typeCaption],
  );
  // Level of detail for big views (measured by `npm run bench`): a lighter stylesheet (see
  // buildStylesheet), the first frame before the layout, and cheap frames while panning/zooming.
  const large = elements.length > LARGE_VIEW_ELEMENTS;
  const largeRef = useRef(large);
  largeRef.current = large;

  const runLayout = useCallback((animate: boolean) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    layoutRef.current?.stop();
    const sel = callbacks.current.selectedNode;
    const root = sel && cy.$id(sel).nonempty() ? sel : undefined;
    const { layout: name, orient: o } = callbacks.current;
    let options = layoutOptions({ name, orient: o, animate, root }, cy.nodes().length);
    if (name === 'breadthfirst') {
      const tree = treeLayout({
        nodes: cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), sortKey: `${n.data('label')}|${n.data('name')}` })),
        edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
        root,
        orient: o,
        aspect: Math.max(0.3, cy.width() / Math.max(1, cy.height())),
      });
      options = {
        ...options,
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => tree.positions.get(n.id()) ?? { x: 0, y: 0 },
      } as unknown as cytoscape.LayoutOptions;
    }
    const l = cy.elements().layout(options);
    layoutRef.current = l;
    setLayoutRunning(true);
    const started = performance.now();
    const draft = name === 'fcose' && cy.nodes().length > FCOSE_DRAFT_ABOVE;
    l.one('layoutstop', () => {
      // A draft force layout of a dense graph piles nodes up: spread them over an even disk.
      if (draft && layoutRef.current === l) {
        const at = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        if (crowding(at.values(), 20) > 0.25) {
          const even = spreadEvenly(at, 48);
          cy.batch(() => cy.nodes().positions((n) => even.get(n.id()) ?? n.position()));
          cy.fit(undefined, 36);
        }
      }
      if (window.__atlas) window.__atlas.layoutMs = performance.now() - started;
      if (layoutRef.current === l) {
        layoutRef.current = null;
        setLayoutRunning(false);
      }
    });
    l.run();
  }, []);

  /**
   * Makes the Cytoscape instance, with its first elements given to the constructor: adding
   * thousands of elements to a live instance costs a third more before the first frame than
   * creating it with them (measured by `npm run bench`).
   */
  const createInstance = useCallback((initial: cytoscape.ElementDefinition[], viewport?: { zoom: number; pan: cytoscape.Position }) => {
    const container = containerRef.current!;
    const { webgl: wantGl } = callbacks.current;
    const useGl = wantGl && webglAvailable();
    if (wantGl && !useGl) callbacks.current.onWebglUnavailable();
    const big = largeRef.current;
    const previous = cyRef.current;
    if (previous && !previous.destroyed()) previous.destroy();
    const cy = cytoscape({
      container,
      elements: initial,
      // A first fill is framed; a re-created instance keeps the user's viewport.
      layout: { name: 'preset', fit: !viewport && initial.length > 0, padding: 36 },
      ...(viewport ?? {}),
      style: buildStylesheet({ textScale: textScaleRef.current ?? callbacks.current.textScale, large: big }),
      minZoom: 0.08,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      // Big views while panning and zooming: a texture of the view, no edges, no captions.
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      hideLabelsOnViewport: big,
      // Drawn at 1:1, but not at exactly 1: at a ratio of 1 Cytoscape makes its viewport texture
      // at twice the resolution, redrawing every element's cached bitmap at the start of each
      // pan (1.3 s at 5,000 elements); just above 1 it reuses them (44 ms). Same pixels on screen.
      pixelRatio: big ? 1.0001 : 'auto',
      renderer: useGl ? { name: 'canvas', webgl: true, webglBgColor: [246, 248, 251] } : { name: 'canvas' },
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    // Cytoscape keeps a WebGL layer count on its prototype once WebGL was used: drop the unused layer.
    if (!useGl) container.querySelector('canvas[data-id$="-webgl"]')?.remove();
    setRendererName(useGl ? 'webgl' : 'canvas');

    cy.on('tap', 'node', (e) => callbacks.current.onSelectNode(e.target.id()));
    cy.on('tap', 'edge', (e) => callbacks.current.onSelectEdge(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) callbacks.current.onClear();
    });
    cy.on('dbltap', 'node', (e) => callbacks.current.onExpand(e.target.id()));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      n.addClass('hovered');
      const p = n.renderedPosition();
      const zh = n.data('nameZh') as string | null;
      const { lang: l } = callbacks.current;
      const title = l === 'zh' && zh ? zh : (n.data('name') as string);
      const other = l === 'zh' ? (zh ? (n.data('name') as string) : '') : (zh ?? '');
      setHover({
        x: p.x,
        y: p.y - n.renderedOuterHeight() / 2,
        title,
        sub: [labelName(l, n.data('label') as string), other].filter(Boolean).join(' · '),
      });
    });
    cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hovered');
      setHover(undefined);
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hovered'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hovered'));
    cy.on('viewport', () => setHover(undefined));
    // Count drawn frames by wrapping the renderer's render(): the WebGL renderer emits no 'render' event.
    let renders = 0;
    const renderer = (cy as unknown as { renderer(): { render: (o?: unknown) => void } }).renderer();
    const drawFrame = renderer.render;
    renderer.render = function (this: unknown, o?: unknown) {
      drawFrame.call(this, o);
      renders++;
      if (cy.nodes().length === 0) return;
      if (window.__atlas && window.__atlas.firstRenderMs === undefined) window.__atlas.firstRenderMs = performance.now();
      const next = afterFirstFrame.current;
      if (next && cyRef.current === cy) {
        afterFirstFrame.current = null;
        setTimeout(next, 0);
      }
    };
    window.__atlas = {
      firstRenderMs: window.__atlas?.firstRenderMs,
      layoutMs: window.__atlas?.layoutMs,
      nodeIds: () => cy.nodes().map((n) => n.id()),
      edgeIds: () => cy.edges().map((e) => e.id()),
      classesOf: (id) => {
        const el = cy.getElementById(id);
        return el.nonempty() ? (el.classes() as unknown as string[]) : [];
      },
      layoutRunning: () => layoutRef.current !== null || pendingLayout.current,
      position: (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? { ...n.position() } : undefined;
      },
      renderer: () => (useGl ? 'webgl' : 'canvas'),
      zoom: () => cy.zoom(),
      renders: () => renders,
      elementCount: () => cy.elements().length,
    };
    return cy;
  }, []);

  // Create (and on a renderer switch or a change of level of detail, re-create) the instance, keeping elements, positions and viewport.
  useEffect(() => {
    const previous = cyRef.current && !cyRef.current.destroyed() ? cyRef.current : null;
    const positions = new Map(previous?.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []);
    const viewport = previous ? { zoom: previous.zoom(), pan: { ...previous.pan() } } : undefined;
    const initial =
      previous && applied.current.size ? [...applied.current.values()].map((el) => toCytoscape(el, positions.get(el.data.id))) : [];
    if (!initial.length) applied.current = new Map();
    createInstance(initial, initial.length ? viewport : undefined);
    if (initial.length) applyMask();
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
    };
  }, [webgl, large, createInstance, applyMask]);

  useEffect(() => () => cyRef.current?.destroy(), []);

  // Panels open and close and windows resize: keep Cytoscape's idea of its size current.
  useEffect(() => {
    const el = containerRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => cyRef.current?.resize());
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Patch elements.
  useEffect(() => {
    let cy = cyRef.current;
    if (!cy) return;
    const wasEmpty = cy.nodes().length === 0;
    const diff = diffElements(applied.current.values(), elements);
    if (!diff.add.length && !diff.remove.length && !diff.update.length) return;
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    for (const id of diff.remove) positions.delete(id);
    const newNodeIds = diff.add.filter((el) => el.group === 'nodes').map((el) => el.data.id);
    // First fill: spread on a spiral (the layout then takes over); later: next to their neighbours.
    const placed = wasEmpty ? spiral(newNodeIds, edges) : placeNewNodes(newNodeIds, edges, positions, { radius: 120, spacing: 58 });
    const adds = diff.add.map((el) => toCytoscape(el, el.group === 'nodes' ? (placed.get(el.data.id) ?? { x: 0, y: 0 }) : undefined));
    if (wasEmpty && !diff.remove.length && !diff.update.length) {
      // First fill of an empty canvas: a new instance made with its elements.
      cy = createInstance(adds);
    } else {
      const live = cy;
      live.batch(() => {
        if (diff.remove.length) {
          const gone = new Set(diff.remove);
          live.remove(live.elements().filter((el) => gone.has(el.id())));
        }
        if (adds.length) live.add(adds);
        for (const u of diff.update) {
          const el = live.getElementById(u.id);
          el.data(u.data);
          if (u.classes !== undefined) el.classes(u.classes);
        }
      });
    }
    const next = new Map<string, ElementDef>();
    for (const el of elements) next.set(el.data.id, el);
    applied.current = next;
    if (maskRef.current) applyMask();
    if (wasEmpty || lastLayoutKey.current === '') {
      lastLayoutKey.current = `${layout}|${orient}|${layoutNonce}`;
      if (large) {
        // A big view is drawn at once on its starting spiral, and laid out after that first frame
        // (a layout of thousands of nodes takes seconds: the user sees the network meanwhile).
        pendingLayout.current = true;
        setLayoutRunning(true);
        afterFirstFrame.current = () => {
          pendingLayout.current = false;
          setLayoutRunning(false);
          if (cyRef.current === cy && !cy.destroyed()) runLayout(false);
        };
      } else {
        runLayout(false);
      }
    } else if (newNodeIds.length) {
      // Bring new nodes into view when they landed off-screen.
      const freshIds = new Set(newNodeIds);
      const fresh = cy.nodes().filter((n) => freshIds.has(n.id()));
      const ext = cy.extent();
      const bb = fresh.boundingBox();
      if (bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2) {
        cy.animate({ fit: { eles: fresh.union(fresh.neighborhood()), padding: 50 } }, { duration: 350 });
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, rendererName]);

  // Layout on demand (picker or "re-run").
  useEffect(() => {
    const key = `${layout}|${orient}|${layoutNonce}`;
    if (lastLayoutKey.current === '' || lastLayoutKey.current === key) return;
    lastLayoutKey.current = key;
    runLayout(true);
  }, [layout, orient, layoutNonce, runLayout]);

  // Highlighting: selection and its neighbourhood, or the path (then only the selection itself
  // stays lit besides the path, so the chain stands out); everything else fades.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('is-selected nbr in-path path-focus faded');
      let keep = cy.collection();
      let any = false;
      const pathMode = pathNodes.size > 0;
      if (selectedNode) {
        const n = cy.getElementById(selectedNode);
        if (n.nonempty()) {
          any = true;
          n.addClass('is-selected');
          if (pathMode) keep = keep.union(n);
          else {
            const hood = n.closedNeighborhood();
            hood.difference(n).addClass('nbr');
            keep = keep.union(hood);
          }
        }
      } else if (selectedEdge) {
        const e = cy.getElementById(selectedEdge);
        if (e.nonempty()) {
          any = true;
          e.addClass('is-selected');
          e.connectedNodes().addClass('nbr');
          keep = keep.union(e).union(e.connectedNodes());
        }
      }
      if (pathMode) {
        any = true;
        const ids = new Set([...pathNodes, ...pathEdges]);
        const onPath = cy.elements().filter((el) => ids.has(el.id()));
        onPath.addClass('in-path');
        keep = keep.union(onPath);
      }
      if (focusPath) {
        const ids = new Set([...focusPath.nodes, ...focusPath.edges]);
        cy.elements()
          .filter((el) => ids.has(el.id()))
          .addClass('path-focus');
      }
      if (any && callbacks.current.fadeUnrelated !== false) cy.elements().difference(keep).addClass('faded');
    });
  }, [selectedNode, selectedEdge, pathNodes, pathEdges, focusPath, elements, rendererName]);

  // Frame a newly found path.
  const pathKey = [...pathNodes].sort().join(',');
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !pathKey) return;
    const ids = new Set(pathKey.split(','));
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const frame = () => {
      const nodesOnPath = cy.nodes().filter((n) => ids.has(n.id()));
      if (nodesOnPath.length < ids.size || layoutRef.current) {
        if (tries++ < 40) timer = setTimeout(frame, 150);
        return;
      }
      cy.animate({ fit: { eles: nodesOnPath, padding: 90 } }, { duration: 400 });
      if (cy.zoom() > 1.4) cy.zoom(1.4);
    };
    frame();
    return () => clearTimeout(timer);
  }, [pathKey]);

  // Centre on a node and flash it (search picks, navigation).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focusRequest) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const attempt = () => {
      const n = cy.getElementById(focusRequest.id);
      if (n.empty() || layoutRef.current) {
        // Not on the canvas yet (still loading) or the layout is moving it: try again shortly.
        if (tries++ < 40) timer = setTimeout(attempt, 150);
        return;
      }
      // Frame the node with its neighbours (not too close), so the user sees its connections.
      const hood = n.closedNeighborhood().nodes();
      const bb = hood.boundingBox();
      const fitZoom = Math.min(cy.width() / (bb.w + 160), cy.height() / (bb.h + 160));
      const zoom = Math.max(0.35, Math.min(1.25, fitZoom));
      cy.animate({ zoom, center: { eles: n } }, { duration: 400 });
      n.addClass('flash');
      timer = setTimeout(() => n.removeClass('flash'), 1600);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [focusRequest]);

  useImperativeHandle(
    ref,
    (): CanvasHandle => ({
      fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 36 } }, { duration: 300 }),
      zoomBy: (f) => {
        const cy = cyRef.current;
        if (!cy) return;
        const c = { x: cy.width() / 2, y: cy.height() / 2 };
        cy.animate(
          { zoom: { level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * f)), renderedPosition: c } },
          { duration: 200 },
        );
      },
      centre: (id) => {
        const cy = cyRef.current;
        const n = cy?.getElementById(id);
        if (cy && n?.nonempty()) cy.animate({ center: { eles: n } }, { duration: 300 });
      },
      pngBlob: async ({ scale, bg }) => {
        const cy = cyRef.current;
        if (!cy) throw new Error('no canvas');
        return cy.png({ output: 'blob-promise', full: true, scale, bg, maxWidth: 9000, maxHeight: 9000 });
      },
      scene: (): Scene => {
        const cy = cyRef.current;
        if (!cy) return { nodes: [], edges: [] };
        const hl = (el: cytoscape.NodeSingular | cytoscape.EdgeSingular): Highlight =>
          el.hasClass('is-selected') ? 'selected' : el.hasClass('in-path') ? 'path' : el.hasClass('nbr') ? 'neighbour' : null;
        return {
          // What is on screen (elements the timeline has not shown yet are display: none).
          nodes: cy.nodes(':visible').map((n) => ({
            id: n.id(),
            label: n.data('label') as string,
            x: n.position('x'),
            y: n.position('y'),
            size: Number(n.data('size')),
            caption: String(n.data('caption') ?? ''),
            reference: n.hasClass('ref'),
            faded: n.hasClass('faded'),
            highlight: hl(n),
          })),
          edges: cy.edges(':visible').map((e) => ({
            id: e.id(),
            source: e.source().id(),
            target: e.target().id(),
            caption: String(e.data('caption') ?? ''),
            faded: e.hasClass('faded'),
            highlight: hl(e),
          })),
        };
      },
      positions: () => new Map(cyRef.current?.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []),
      setTextScale: (k) => {
        textScaleRef.current = k;
        cyRef.current?.style(buildStylesheet({ textScale: k, large: largeRef.current }));
      },
      setMask: (mask) => {
        maskRef.current = mask;
        applyMask();
      },
      paintInto: (ctx, box) => {
        ctx.fillStyle = CANVAS_BG;
        ctx.fillRect(box.x, box.y, box.width, box.height);
        const container = containerRef.current;
        if (!container) return;
        // Cytoscape draws on stacked canvases (nodes/edges below, dragged and selected elements above).
        const layers = [...container.querySelectorAll('canvas')].sort(
          (a, b) => Number(getComputedStyle(a).zIndex || 0) - Number(getComputedStyle(b).zIndex || 0),
        );
        for (const c of layers) {
          if (!c.width || !c.height) continue;
          const k = Math.min(box.width / c.width, box.height / c.height);
          const w = c.width * k;
          const h = c.height * k;
          ctx.drawImage(c, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
        }
      },
    }),
    [],
  );

  // Keyboard: arrow keys move the selection to the nearest node in that direction; Enter expands.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy || e.altKey || e.ctrlKey || e.metaKey) return;
    const dirs: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    if (e.key === 'Enter' && selectedNode) {
      e.preventDefault();
      callbacks.current.onExpand(selectedNode);
      return;
    }
    const d = dirs[e.key];
    if (!d) return;
    e.preventDefault();
    const nodesAll = cy.nodes();
    if (!nodesAll.length) return;
    const current = selectedNode ? cy.getElementById(selectedNode) : cy.collection();
    if (current.empty()) {
      const top = nodesAll.max((n) => n.degree(false)).ele;
      callbacks.current.onSelectNode(top.id());
      return;
    }
    const p = current.position();
    let best: { id: string; score: number } | undefined;
    nodesAll.forEach((n) => {
      if (n.id() === current.id()) return;
      const q = n.position();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const along = dx * d[0] + dy * d[1];
      if (along <= 0) return;
      const across = Math.abs(dx * d[1] - dy * d[0]);
      const score = along + across * 2.5;
      if (!best || score < best.score) best = { id: n.id(), score };
    });
    if (best) {
      callbacks.current.onSelectNode(best.id);
      const n = cy.getElementById(best.id);
      const ext = cy.extent();
      const q = n.position();
      if (q.x < ext.x1 || q.x > ext.x2 || q.y < ext.y1 || q.y > ext.y2) cy.animate({ center: { eles: n } }, { duration: 200 });
    }
  };

  return (
    <div className="canvas-wrap">
      <div
        ref={containerRef}
        className="cy"
        style={{ background: CANVAS_BG }}
        tabIndex={0}
        role="application"
        aria-roledescription="network"
        aria-label={t('canvasLabel')}
        data-testid="canvas"
        data-layout={layoutRunning ? 'running' : 'idle'}
        data-renderer={rendererName}
        onKeyDown={onKeyDown}
      />
      {hover && (
        <div className="hover-card" style={{ left: hover.x, top: hover.y }} role="tooltip">
          <strong>{hover.title}</strong>
          <span>{hover.sub}</span>
        </div>
      )}
      <span className="sr-only" aria-live="polite">
        {selectedNode ? `${t('selected')}: ${nodes.find((n) => n.id === selectedNode)?.name ?? selectedNode}` : ''}
      </span>
    </div>
  );
});
