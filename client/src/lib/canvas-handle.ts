// What the rest of the app may ask of the canvas (fit, zoom, centre, images, positions, timeline
// masks, video frames), so features like export and timeline playback never touch Cytoscape directly.
import type { Scene } from './scene.ts';

/** Timeline playback: elements not shown yet, just shown (emphasised), and ended (dimmed). */
export interface CanvasMask {
  hidden: readonly string[];
  fresh: readonly string[];
  ended: readonly string[];
}

/** A picture of the network for an export frame of `width`x`height` px. */
export interface PictureRequest {
  width: number;
  height: number;
  /** Caption size (1 = the explorer's at 1920 px; a 3840 px slide uses twice its 1920 px scale). */
  textScale: number;
  bg?: string;
}

export interface CanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  centre(id: string): void;
  /**
   * The network fitted into an export frame: the scene with its captions placed for that frame
   * (none over another, none outside it) and the model rectangle the frame shows; the screen's
   * captions come back afterwards.
   */
  sceneFor(req: PictureRequest): { scene: Scene; view: { x: number; y: number; width: number; height: number } };
  positions(): Map<string, { x: number; y: number }>;
  /** Caption size for a room (1 = the explorer's); nothing moves. */
  setTextScale(k: number): void;
  /** Shows and hides elements without moving anything (null: everything shown). */
  setMask(mask: CanvasMask | null): void;
  /** Paints what is on screen (background and every layer) into a box of another canvas (video frames). */
  paintInto(ctx: CanvasRenderingContext2D, box: { x: number; y: number; width: number; height: number }): void;
}
