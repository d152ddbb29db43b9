// What the rest of the app may ask of the canvas (fit, zoom, centre, images, positions), so
// features like export never touch Cytoscape directly.
import type { Scene } from './scene.ts';
export interface CanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  centre(id: string): void;
  /** The whole graph as a PNG (transparent background unless `bg`). */
  pngBlob(opts: { scale: number; bg?: string }): Promise<Blob>;
  /** What is drawn (positions, sizes, captions, highlight), for vector export. */
  scene(): Scene;
  positions(): Map<string, { x: number; y: number }>;
}
