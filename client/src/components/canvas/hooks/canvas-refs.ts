// The canvas's props and the mutable state its hooks share: the live Cytoscape instance (which
// is re-created on a renderer switch or a change of level of detail), what was applied to it,
// the running layout. One object per canvas, the same across renders, kept in a ref.
import type cytoscape from 'cytoscape';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import type { CanvasMask } from '../../../lib/canvas-handle.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Lang, LayoutName, Orientation } from '../../../lib/view-state.ts';
import type { CaptionBinding } from '../lib/captions.ts';
import type { ElementDef } from '../lib/elements.ts';

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

export interface CanvasRefs {
  container: RefObject<HTMLDivElement | null>;
  cy: cytoscape.Core | null;
  /** The latest props (event handlers and layouts read them when they run). */
  props: GraphCanvasProps;
  /** The view uses the level of detail for big views. */
  large: boolean;
  /** The elements on the canvas, by id. */
  applied: Map<string, ElementDef>;
  layout: cytoscape.Layouts | null;
  /** A first layout waiting for the first frame to be drawn (big views). */
  pendingLayout: boolean;
  /** Run once, just after the next frame Cytoscape draws with nodes in it. */
  afterFirstFrame: (() => void) | null;
  /** `layout|orient|nonce` of the last layout run ('' before the first). */
  lastLayoutKey: string;
  /** Caption size set through the handle. */
  textScale: number | undefined;
  /** Timeline playback mask, re-applied whenever elements are (re)added. */
  mask: CanvasMask | null;
  /** Keeps the captions placed (lib/captions.ts); bound to the live instance. */
  captions: CaptionBinding | null;
}

/**
 * The canvas's shared mutable state, in a ref (read and written only by effects, event handlers
 * and Cytoscape's callbacks), and the container element's ref for the JSX. The latest props and
 * level of detail are copied in when a render is committed, in a layout effect, so the canvas's
 * other effects and every later event see them.
 */
export function useCanvasRefs(
  props: GraphCanvasProps,
  large: boolean,
): { canvasRef: RefObject<CanvasRefs>; container: RefObject<HTMLDivElement | null> } {
  const container = useRef<HTMLDivElement>(null);
  // The initial object is cheap: building it on every render and keeping the first is fine.
  const canvasRef = useRef<CanvasRefs>({
    container,
    cy: null,
    props,
    large,
    applied: new Map(),
    layout: null,
    pendingLayout: false,
    afterFirstFrame: null,
    lastLayoutKey: '',
    textScale: undefined,
    mask: null,
    captions: null,
  });
  useLayoutEffect(() => {
    const refs = canvasRef.current;
    refs.props = props;
    refs.large = large;
  });
  return { canvasRef, container };
}
