// A drawing-agnostic snapshot of the canvas (positions, sizes, captions, highlight state), so
// vector export can be built without touching Cytoscape internals.
export type Highlight = 'selected' | 'path' | 'neighbour' | null;

export interface SceneNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  /** The caption as drawn (lines separated by "\n"; empty: none). */
  caption: string;
  /** Where and how big the caption is drawn, when captions were placed (model units). */
  captionPlace?: { side: 'b' | 't' | 'r' | 'l'; fontSize: number; margin: number; weight: number };
  reference: boolean;
  faded: boolean;
  highlight: Highlight;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  caption: string;
  faded: boolean;
  highlight: Highlight;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}
