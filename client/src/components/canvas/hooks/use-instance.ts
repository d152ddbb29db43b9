// The Cytoscape instance's life: made with the canvas, re-made (keeping elements, positions and
// viewport) on a renderer switch or a change of level of detail, resized with its container,
// destroyed with the component.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { announce } from '../lib/announce.ts';
import { cyOptions, webglAvailable } from '../lib/cy-options.ts';
import { bindCaptionPlacement } from '../lib/captions.ts';
import { bindInteractions, type HoverCard } from '../lib/interactions.ts';
import { toCytoscape } from '../lib/patch-elements.ts';
import { onFrame } from '../lib/renderer-patch.ts';
import type { CanvasRefs } from './canvas-refs.ts';

cytoscape.use(fcose);

export type CreateInstance = (
  initial: cytoscape.ElementDefinition[],
  viewport?: { zoom: number; pan: cytoscape.Position },
) => cytoscape.Core;

export function useInstance(canvasRef: RefObject<CanvasRefs>, opts: { webgl: boolean; large: boolean; applyMask: () => void }) {
  const { webgl, large, applyMask } = opts;
  const [hover, setHover] = useState<HoverCard>();
  const [rendererName, setRendererName] = useState<'canvas' | 'webgl'>('canvas');

  /**
   * Makes the Cytoscape instance, with its first elements given to the constructor: adding
   * thousands of elements to a live instance costs a third more before the first frame than
   * creating it with them (measured by `npm run bench`).
   */
  const createInstance = useCallback<CreateInstance>(
    (initial, viewport) => {
      const refs = canvasRef.current;
      const container = refs.container.current!;
      const { webgl: wantGl } = refs.props;
      const useGl = wantGl && webglAvailable();
      if (wantGl && !useGl) refs.props.onWebglUnavailable();
      const previous = refs.cy;
      if (previous && !previous.destroyed()) previous.destroy();
      const textScale = refs.textScale ?? refs.props.textScale;
      const cy = cytoscape(cyOptions({ container, elements: initial, viewport, textScale, large: refs.large, webgl: useGl }));
      refs.cy = cy;
      // Cytoscape keeps a WebGL layer count on its prototype once WebGL was used: drop the unused layer.
      if (!useGl) container.querySelector('canvas[data-id$="-webgl"]')?.remove();
      setRendererName(useGl ? 'webgl' : 'canvas');
      bindInteractions(cy, () => refs.props, setHover);
      cy.on('dragfree', 'node', () => refs.captions?.refresh());
      refs.captions = bindCaptionPlacement(cy, () => ({
        enabled: !refs.large,
        layoutRunning: refs.layout !== null || refs.pendingLayout,
        textScale: refs.textScale ?? refs.props.textScale ?? 1,
      }));
      onFrame(cy, () => {
        if (cy.nodes().length === 0) return;
        const next = refs.afterFirstFrame;
        if (next && refs.cy === cy) {
          refs.afterFirstFrame = null;
          setTimeout(next, 0);
        }
      });
      announce({
        phase: 'created',
        cy,
        renderer: useGl ? 'webgl' : 'canvas',
        layoutRunning: () => refs.layout !== null || refs.pendingLayout,
        onFrame: (cb) => onFrame(cy, cb),
      });
      return cy;
    },
    [canvasRef],
  );

  useEffect(() => {
    const refs = canvasRef.current;
    const previous = refs.cy && !refs.cy.destroyed() ? refs.cy : null;
    const positions = new Map(previous?.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []);
    const viewport = previous ? { zoom: previous.zoom(), pan: { ...previous.pan() } } : undefined;
    const initial = previous && refs.applied.size ? [...refs.applied.values()].map((el) => toCytoscape(el, positions.get(el.data.id))) : [];
    if (!initial.length) refs.applied = new Map();
    createInstance(initial, initial.length ? viewport : undefined);
    if (initial.length) applyMask();
    return () => {
      refs.layout?.stop();
      refs.layout = null;
    };
  }, [canvasRef, webgl, large, createInstance, applyMask]);

  useEffect(() => () => canvasRef.current.cy?.destroy(), [canvasRef]);

  // Panels open and close and windows resize: keep Cytoscape's idea of its size current.
  useEffect(() => {
    const refs = canvasRef.current;
    const el = refs.container.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => refs.cy?.resize());
    ro.observe(el);
    return () => ro.disconnect();
  }, [canvasRef]);

  return { hover, rendererName, createInstance };
}
