// The options a Cytoscape instance is made with: its first elements (cheaper than adding them to
// a live instance), the viewport, the stylesheet, the renderer, and the level of detail of big
// views (measured by `npm run bench`).
import type cytoscape from 'cytoscape';
import { buildStylesheet } from './cy-style.ts';

export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}

export interface InstanceOptions {
  container: HTMLElement;
  elements: cytoscape.ElementDefinition[];
  /** Kept from a previous instance; without it a first fill is framed. */
  viewport?: { zoom: number; pan: cytoscape.Position };
  textScale?: number;
  /** Level of detail for big views. */
  large: boolean;
  webgl: boolean;
}

export function cyOptions(o: InstanceOptions): cytoscape.CytoscapeOptions {
  const { large: big } = o;
  return {
    container: o.container,
    elements: o.elements,
    // A first fill is framed; a re-created instance keeps the user's viewport.
    layout: { name: 'preset', fit: !o.viewport && o.elements.length > 0, padding: 36 },
    ...(o.viewport ?? {}),
    style: buildStylesheet({ textScale: o.textScale, large: big }),
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
    renderer: o.webgl ? { name: 'canvas', webgl: true, webglBgColor: [246, 248, 251] } : { name: 'canvas' },
  } as cytoscape.CytoscapeOptions;
}
