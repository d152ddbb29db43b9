// The network canvas. Cytoscape is a view: elements are derived from the API DTOs and patched
// in cy.batch() with a diff; selection, neighbourhood and path highlighting are classes. New
// nodes are placed next to their neighbours so the user's mental map survives expansion and
// filtering; a full layout runs only on first load or when the user asks for one. This component
// wires the hooks (../hooks) and modules (../lib) that do each of those jobs.
import { forwardRef, useCallback, useEffect, useMemo } from 'react';
import type { CanvasHandle } from '../../../lib/canvas-handle.ts';
import { useCanvasRefs, type GraphCanvasProps } from '../hooks/canvas-refs.ts';
import { useCanvasHandle } from '../hooks/use-canvas-handle.ts';
import { useElementPatch } from '../hooks/use-element-patch.ts';
import { useInstance } from '../hooks/use-instance.ts';
import { layoutKey, useLayoutOnDemand, useLayoutRunner } from '../hooks/use-layout.ts';
import { CANVAS_BG } from '../lib/cy-style.ts';
import { toElements } from '../lib/elements.ts';
import { focusNode, framePath } from '../lib/framing.ts';
import { applyHighlight, highlightClasses } from '../lib/highlight.ts';
import { canvasKeyDown } from '../lib/keyboard-nav.ts';
import { applyMask as applyTimelineMask } from '../lib/timeline-mask.ts';
import '../canvas.css';

export type { GraphCanvasProps };

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
    selectedNode,
    selectedEdge,
    pathNodes,
    pathEdges,
    focusPath,
    focusRequest,
    typeCaption,
  } = props;
  const elements = useMemo(
    () => toElements(nodes, edges, { lang, sizeByDegree, typeCaption }),
    [nodes, edges, lang, sizeByDegree, typeCaption],
  );
  // Level of detail for big views (measured by `npm run bench`): a lighter stylesheet (see
  // buildStylesheet), the first frame before the layout, and cheap frames while panning/zooming.
  const large = elements.length > LARGE_VIEW_ELEMENTS;
  const { canvasRef, container } = useCanvasRefs(props, large);
  const key = layoutKey(props);
  const applyMask = useCallback(() => {
    const refs = canvasRef.current;
    if (refs.cy) applyTimelineMask(refs.cy, refs.mask);
  }, [canvasRef]);

  // Effects run in this order: make the instance, patch its elements, re-run the layout on demand,
  // highlight, frame.
  const { layoutRunning, runLayout, firstLayout } = useLayoutRunner(canvasRef);
  const { hover, rendererName, createInstance } = useInstance(canvasRef, { webgl, large, applyMask });
  useElementPatch(canvasRef, { elements, edges, large, rendererName, layoutKey: key, createInstance, applyMask, firstLayout });
  useLayoutOnDemand(canvasRef, key, runLayout);

  useEffect(() => {
    const refs = canvasRef.current;
    const cy = refs.cy;
    if (!cy) return;
    const state = { selectedNode, selectedEdge, pathNodes, pathEdges, focusPath, fadeUnrelated: refs.props.fadeUnrelated !== false };
    applyHighlight(cy, highlightClasses(elements, state));
  }, [canvasRef, selectedNode, selectedEdge, pathNodes, pathEdges, focusPath, elements, rendererName]);

  // Frame a newly found path; centre on a node and flash it (search picks, navigation).
  const pathKey = [...pathNodes].sort().join(',');
  useEffect(() => {
    const refs = canvasRef.current;
    if (!refs.cy || !pathKey) return;
    return framePath(refs.cy, new Set(pathKey.split(',')), () => refs.layout !== null);
  }, [canvasRef, pathKey]);
  useEffect(() => {
    const refs = canvasRef.current;
    if (!refs.cy || !focusRequest) return;
    return focusNode(refs.cy, focusRequest.id, () => refs.layout !== null);
  }, [canvasRef, focusRequest]);

  useCanvasHandle(ref, canvasRef, applyMask);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="cy"
        style={{ background: CANVAS_BG }}
        tabIndex={0}
        role="application"
        aria-roledescription="network"
        aria-label={t('canvasLabel')}
        data-testid="canvas"
        data-layout={layoutRunning ? 'running' : 'idle'}
        data-renderer={rendererName}
        onKeyDown={(e) => canvasKeyDown(e, canvasRef.current.cy, selectedNode, canvasRef.current.props)}
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
