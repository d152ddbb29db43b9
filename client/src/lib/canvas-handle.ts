// What the rest of the app may ask of the canvas (fit, zoom, centre, images, positions, timeline
// masks, video frames), so features like export and timeline playback never touch Cytoscape directly.
import type { Scene } from './scene.ts';

/** Timeline playback: elements not shown yet, just shown (emphasised), and ended (dimmed). */
export interface CanvasMask {
  hidden: readonly string[];
  fresh: readonly string[];
  ended: readonly string[];
}

export interface CanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  centre(id: string): void;
  /** The whole graph as a PNG (transparent background unless `bg`). */
  pngBlob(opts: { scale: number; bg?: string }): Promise<Blob>;
  /** What is drawn (positions, sizes, captions, highlight), for vector export. */
  scene(): Scene;
  positions(): Map<string, { x: number; y: number }>;
  /** Caption size for a room (1 = the explorer's); nothing moves. */
  setTextScale(k: number): void;
  /** Shows and hides elements without moving anything (null: everything shown). */
  setMask(mask: CanvasMask | null): void;
  /** Paints what is on screen (background and every layer) into a box of another canvas (video frames). */
  paintInto(ctx: CanvasRenderingContext2D, box: { x: number; y: number; width: number; height: number }): void;
}
