// A drawing-agnostic snapshot of the canvas (positions, sizes, captions, highlight state), so
// vector export can be built without touching Cytoscape internals.
export type Highlight = 'selected' | 'path' | 'neighbour' | null;

export interface SceneNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  caption: string;
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
