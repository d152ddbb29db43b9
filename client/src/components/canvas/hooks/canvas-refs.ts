// The canvas's props and the mutable state its hooks share: the live Cytoscape instance (which
// is re-created on a renderer switch or a change of level of detail), what was applied to it,
// the running layout. One object per canvas, the same across renders.
import type cytoscape from 'cytoscape';
import { useRef, type RefObject } from 'react';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import type { CanvasMask } from '../../../lib/canvas-handle.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Lang, LayoutName, Orientation } from '../../../lib/view-state.ts';
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
}

export function useCanvasRefs(props: GraphCanvasProps, large: boolean): CanvasRefs {
  const container = useRef<HTMLDivElement>(null);
  const refs = useRef<CanvasRefs | null>(null);
  refs.current ??= {
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
  };
  refs.current.props = props;
  refs.current.large = large;
  return refs.current;
}
