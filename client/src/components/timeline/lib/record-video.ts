// Recording timeline playback to a WebM file for slide decks: each animation frame paints the
// network (every Cytoscape layer, composited) with a title, a big date counter and a source
// footnote onto one canvas; canvas.captureStream() feeds a MediaRecorder. Browser only.
import type { CanvasHandle } from '../../../lib/canvas-handle.ts';

export const VIDEO_SIZE = { width: 1920, height: 1080 };
const FONT = '"Noto Sans", "Noto Sans CJK TC", "Noto Sans TC", system-ui, sans-serif';

/** The WebM flavour this browser can record (VP8 first: the most widely playable), or undefined. */
export function videoMimeType(): string | undefined {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined' || !('captureStream' in HTMLCanvasElement.prototype))
    return undefined;
  return ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
}

export interface VideoFrameText {
  title: string;
  subtitle: string;
  date: string;
  dateHint: string;
  footnote: string;
  /** 0..1, drawn as a progress line under the network. */
  progress: number;
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** One video frame: header (title, subtitle, date), the network, progress, footnote. */
export function paintVideoFrame(ctx: CanvasRenderingContext2D, canvas: CanvasHandle, text: VideoFrameText, size = VIDEO_SIZE): void {
  const { width: W, height: H } = size;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  const pad = 48;
  const headH = 150;
  const footH = 78;
  canvas.paintInto(ctx, { x: pad, y: headH, width: W - pad * 2, height: H - headH - footH - 16 });
  ctx.strokeStyle = '#dfe5ee';
  ctx.lineWidth = 2;
  ctx.strokeRect(pad, headH, W - pad * 2, H - headH - footH - 16);

  // Date counter, right-aligned and large enough for the back of a room.
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'right';
  ctx.fillStyle = '#0f2a4a';
  ctx.font = `800 84px ${FONT}`;
  ctx.fillText(text.date, W - pad, 100);
  const dateW = ctx.measureText(text.date).width;
  ctx.fillStyle = '#475569';
  ctx.font = `500 24px ${FONT}`;
  ctx.fillText(text.dateHint, W - pad, 136);

  ctx.textAlign = 'left';
  const titleW = W - pad * 3 - Math.max(dateW, 320);
  ctx.fillStyle = '#0f2a4a';
  ctx.font = `700 44px ${FONT}`;
  ctx.fillText(fitText(ctx, text.title, titleW), pad, 72);
  ctx.fillStyle = '#334155';
  ctx.font = `400 26px ${FONT}`;
  ctx.fillText(fitText(ctx, text.subtitle, titleW), pad, 116);

  const barY = H - footH - 8;
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(pad, barY, W - pad * 2, 8);
  ctx.fillStyle = '#f59e0b';
  ctx.fillRect(pad, barY, (W - pad * 2) * Math.max(0, Math.min(1, text.progress)), 8);

  ctx.fillStyle = '#334155';
  ctx.font = `400 22px ${FONT}`;
  ctx.fillText(fitText(ctx, text.footnote, W - pad * 2), pad, H - 30);
  ctx.restore();
}

export interface VideoRecording {
  /** Stops and returns the video. */
  stop(): Promise<Blob>;
  cancel(): void;
}

/** Starts recording: `paint` is called on every animation frame until stop/cancel. */
export function startVideoRecording(paint: (ctx: CanvasRenderingContext2D) => void, size = VIDEO_SIZE): VideoRecording {
  const mimeType = videoMimeType();
  if (!mimeType) throw new Error('MediaRecorder with WebM is not available');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d')!;
  paint(ctx);
  const stream = canvas.captureStream(30);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 8_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) chunks.push(e.data);
  };
  let running = true;
  const loop = () => {
    if (!running) return;
    paint(ctx);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  recorder.start(500);
  const finish = () => {
    running = false;
    for (const track of stream.getTracks()) track.stop();
  };
  return {
    stop: () =>
      new Promise<Blob>((resolve, reject) => {
        recorder.onstop = () => {
          finish();
          resolve(new Blob(chunks, { type: 'video/webm' }));
        };
        recorder.onerror = (e) => {
          finish();
          reject(new Error(String((e as Event & { error?: Error }).error?.message ?? 'recorder error')));
        };
        // Paint once more so the last state is in the stream, then flush.
        paint(ctx);
        recorder.requestData();
        recorder.stop();
      }),
    cancel: () => {
      finish();
      if (recorder.state !== 'inactive') recorder.stop();
    },
  };
}
