// Timeline playback over the canvas: the view's elements appear on their dates while every
// position stays where the layout put it (the canvas only hides what has not happened yet).
// Play/pause, step, speed, a scrub slider, a big date counter, keyboard (Space, ← →), and a
// WebM recording of the playback for slides.
import { announceTimeline } from './lib/announce.ts';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../../../../server/shared/contracts.ts';
import { Icon } from '../Icon.tsx';
import type { CanvasHandle } from '../../lib/canvas-handle.ts';
import { downloadBlob } from '../../lib/download.ts';
import { toLocale, type Lang } from '../../i18n/index.ts';
import { formatDate, formatDateAt, formatNumber } from '../../i18n/format.ts';
import { buildTimeline, maskAt, type Timeline, type UndatedMode } from './lib/frames.ts';
import { paintVideoFrame, startVideoRecording, videoMimeType, type VideoRecording } from './lib/record-video.ts';
import './timeline.css';

/** Below this width the bar puts its controls on two rows. */
const NARROW_BAR_PX = 1000;

export const SPEEDS = [0.5, 1, 2, 4] as const;
/** How long one date stays on screen at 1x. */
const FRAME_MS = 900;

export interface TimelinePlayerProps {
  lang: Lang;
  nodes: GraphNode[];
  edges: GraphEdge[];
  canvas: () => CanvasHandle | null;
  /** Play only this window; earlier elements are there from the start. */
  range?: { from: string; to: string };
  /** Open at the last frame (everything in range shown) instead of the first. */
  startAtEnd?: boolean;
  autoplay?: boolean;
  /** Bump to play from the start (a key in a story step). */
  playRequest?: number;
  /** Space and ← → control playback (off where the arrows mean something else). */
  keyboard?: boolean;
  variant?: 'explorer' | 'story' | 'present';
  /** Title and subtitle burnt into a recorded video. */
  videoTitle?: string;
  videoSubtitle?: string;
  fileSlug?: string;
  onClose?: () => void;
}

function isTyping(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  if (!e || !e.tagName) return false;
  return e.tagName === 'INPUT' || e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable;
}

function frameLabel(t: Timeline, i: number, lang: Lang, startLabel: string): string {
  const f = t.frames[i];
  if (!f || f.key === null) return startLabel;
  return formatDateAt(f.key, f.precision ?? t.granularity, lang);
}

const sizeText = (n: number, lang: Lang) =>
  n > 1024 * 1024
    ? `${formatNumber(n / 1024 / 1024, lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })} MB`
    : `${formatNumber(n / 1024, lang, { maximumFractionDigits: 0, useGrouping: false })} kB`;

export function TimelinePlayer(p: TimelinePlayerProps) {
  const { lang, nodes, edges, canvas, range, keyboard = true, variant = 'explorer' } = p;
  const { t: tt } = useTranslation('timeline', { lng: toLocale(lang) });
  const rangeFrom = range?.from;
  const rangeTo = range?.to;
  const [undated, setUndated] = useState<UndatedMode>('first-link');
  const timeline = useMemo(
    () => buildTimeline(nodes, edges, { range: rangeFrom && rangeTo ? { from: rangeFrom, to: rangeTo } : undefined, undated }),
    [nodes, edges, rangeFrom, rangeTo, undated],
  );
  const last = timeline.frames.length - 1;
  const [index, setIndex] = useState(() => (p.startAtEnd ? last : 0));
  const [playing, setPlaying] = useState(!!p.autoplay);
  const [speed, setSpeed] = useState<number>(1);
  const [recording, setRecording] = useState<{ i: number; n: number }>();
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();
  // The bar's own width picks its layout (one row of controls when there is room, else two), and
  // its height is published to the region it floats in (--tl-bar-h) so the canvas tools sit above it.
  const barRef = useRef<HTMLElement>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const bar = barRef.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const region = bar.parentElement;
    const ro = new ResizeObserver(() => {
      setNarrow(bar.clientWidth < NARROW_BAR_PX);
      region?.style.setProperty('--tl-bar-h', `${bar.offsetHeight}px`);
    });
    ro.observe(bar);
    return () => {
      ro.disconnect();
      region?.style.removeProperty('--tl-bar-h');
    };
  }, []);
  const recordingRef = useRef<{ rec: VideoRecording; cancelled: boolean } | null>(null);
  const at = Math.min(index, last);

  // Whether the user (or a play request) has moved the playback.
  const [touched, setTouched] = useState(false);

  // A new view (filters changed): stay within its frames (at the end, until the user moves).
  const [shownTimeline, setShownTimeline] = useState(timeline);
  if (timeline !== shownTimeline) {
    setShownTimeline(timeline);
    setIndex((i) => (p.startAtEnd && !touched ? timeline.frames.length - 1 : Math.min(i, timeline.frames.length - 1)));
  }

  // A play request (set when the player opens, or bumped later) plays from the start.
  const [seenPlayRequest, setSeenPlayRequest] = useState<number>();
  if (p.playRequest !== seenPlayRequest) {
    setSeenPlayRequest(p.playRequest);
    if (p.playRequest) {
      setTouched(true);
      setIndex(0);
      setPlaying(true);
    }
  }

  // Playback stops at the end.
  if (playing && !recording && at >= last) setPlaying(false);

  const mask = useMemo(() => maskAt(timeline, at), [timeline, at]);
  // The latest canvas getter, for the effects below (and their clean-ups at unmount).
  const canvasOf = useRef(canvas);
  useLayoutEffect(() => {
    canvasOf.current = canvas;
  });
  useEffect(() => {
    canvasOf.current()?.setMask(mask);
  }, [mask]);
  useEffect(() => () => canvasOf.current()?.setMask(null), []);
  // In the explorer, captions grow while the bar is open (a room reads them from afar).
  const [bigLabels, setBigLabels] = useState(variant === 'explorer');
  useEffect(() => {
    if (variant === 'explorer') canvasOf.current()?.setTextScale(bigLabels ? 1.3 : 1);
  }, [bigLabels, variant]);
  useEffect(() => () => (variant === 'explorer' ? canvasOf.current()?.setTextScale(1) : undefined), [variant]);

  // Playback: one date per tick (stopping at the end is above).
  useEffect(() => {
    if (!playing || recording || at >= last) return;
    const timer = setTimeout(() => setIndex((i) => Math.min(i + 1, last)), FRAME_MS / speed);
    return () => clearTimeout(timer);
  }, [playing, at, last, speed, recording]);

  const togglePlay = useCallback(() => {
    setTouched(true);
    if (!playing && at >= last) setIndex(0);
    setPlaying(!playing);
  }, [playing, at, last]);
  const step = useCallback(
    (d: number) => {
      setTouched(true);
      setPlaying(false);
      setIndex((i) => Math.max(0, Math.min(last, Math.min(i, last) + d)));
    },
    [last],
  );

  useEffect(() => {
    if (!keyboard) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || recordingRef.current) return;
      const target = e.target as HTMLElement | null;
      // Arrow keys on the focused network move the selection there.
      if (target?.closest?.('[data-testid="canvas"]') && e.key !== ' ') return;
      if (e.key === ' ' && target?.tagName === 'BUTTON') return; // the focused button answers Space itself
      if (e.key === ' ') {
        e.preventDefault();
        togglePlay();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        step(1);
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        step(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keyboard, togglePlay, step]);

  // Test and diagnostics hook: what was last committed.
  const hook = useRef({ timeline, at, playing });
  useLayoutEffect(() => {
    hook.current = { timeline, at, playing };
  });
  useEffect(() => {
    announceTimeline({
      phase: 'mounted',
      view: {
        frameIndex: () => hook.current.at,
        frameKey: () => hook.current.timeline.frames[hook.current.at]?.key ?? null,
        frames: () => hook.current.timeline.frames.length,
        appearKey: (id) => {
          const tl = hook.current.timeline;
          if (!tl.appearance.has(id)) return undefined;
          const f = tl.nodeFrame.get(id) ?? tl.edgeFrame.get(id);
          return f === undefined ? undefined : (tl.frames[f]?.key ?? null);
        },
        playing: () => hook.current.playing,
      },
    });
    return () => announceTimeline({ phase: 'unmounted' });
  }, []);

  const startLabel = range ? formatDate(range.from, lang) : tt('start');
  const label = frameLabel(timeline, at, lang, startLabel);
  const dated = timeline.frames.length > 1;

  const record = async () => {
    const c = canvas();
    if (!c || recordingRef.current) return;
    if (!videoMimeType()) {
      setMessage({ kind: 'error', text: tt('recordUnsupported') });
      return;
    }
    setPlaying(false);
    setMessage(undefined);
    const n = timeline.frames.length;
    const state = { i: 0 };
    const hold = Math.max(160, FRAME_MS / speed);
    const footnote = `${tt('videoFootnote')} ${location.origin}`;
    let rec: VideoRecording;
    try {
      setIndex(0);
      c.setMask(maskAt(timeline, 0));
      rec = startVideoRecording((ctx) =>
        paintVideoFrame(ctx, c, {
          title: p.videoTitle ?? tt('videoTitle'),
          subtitle: p.videoSubtitle ?? '',
          date: frameLabel(timeline, state.i, lang, startLabel),
          dateHint: state.i === 0 ? (range ? '' : tt('startHint')) : tt('frameOf', { i: state.i, n: n - 1 }),
          footnote,
          progress: n > 1 ? state.i / (n - 1) : 1,
        }),
      );
    } catch (e) {
      setMessage({ kind: 'error', text: tt('recordFailed', { message: (e as Error).message }) });
      return;
    }
    const job = { rec, cancelled: false };
    recordingRef.current = job;
    setRecording({ i: 0, n });
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      await wait(hold * 1.5);
      for (let i = 1; i < n && !job.cancelled; i++) {
        state.i = i;
        setIndex(i);
        c.setMask(maskAt(timeline, i));
        setRecording({ i, n });
        await wait(hold);
      }
      if (job.cancelled) return;
      await wait(1500); // hold the final state
      const blob = await rec.stop();
      const file = `cooperation-atlas-timeline-${p.fileSlug ?? 'view'}.webm`;
      downloadBlob(blob, file);
      setMessage({ kind: 'info', text: tt('recordDone', { file, size: sizeText(blob.size, lang) }) });
    } catch (e) {
      setMessage({ kind: 'error', text: tt('recordFailed', { message: (e as Error).message }) });
    } finally {
      recordingRef.current = null;
      setRecording(undefined);
    }
  };
  const cancelRecording = () => {
    const job = recordingRef.current;
    if (!job) return;
    job.cancelled = true;
    job.rec.cancel();
    recordingRef.current = null;
    setRecording(undefined);
  };
  useEffect(() => () => recordingRef.current?.rec.cancel(), []);

  const note = range
    ? tt('rangeNote', { from: formatDate(range.from, lang), to: formatDate(range.to, lang) })
    : undated === 'start'
      ? tt('undatedNoteStart', { n: timeline.undatedNodes })
      : tt('undatedNote', { n: timeline.undatedNodes });

  return (
    <>
      <div className={`tl-date-overlay tl-${variant}`} aria-hidden="true" data-testid="timeline-counter" data-canvas-overlay="">
        <span className="tl-date-big">{label}</span>
        {at > 0 && <span className="tl-date-sub">{tt('frameOf', { i: at, n: last })}</span>}
      </div>
      <section
        ref={barRef}
        className={`timeline-bar tl-${variant}${narrow ? ' tl-narrow' : ''}`}
        data-canvas-overlay=""
        aria-label={tt('timelineBar')}
        data-testid="timeline"
        data-frame-index={at}
        data-frame-key={timeline.frames[at]?.key ?? ''}
        data-frames={timeline.frames.length}
        data-visible-nodes={mask.visibleNodes}
        data-playing={playing ? 'true' : 'false'}
        data-recording={recording ? 'true' : 'false'}
      >
        <div className="tl-controls">
          <button
            type="button"
            className="btn btn-primary tl-play"
            onClick={togglePlay}
            disabled={!dated || !!recording}
            aria-label={playing ? tt('pause') : at >= last && at > 0 ? tt('replay') : tt('play')}
            title={playing ? tt('pause') : tt('play')}
            data-testid="timeline-play"
          >
            <Icon name={playing ? 'pause' : 'play'} size={18} />
            <span className="tl-play-text">{playing ? tt('pause') : at >= last && at > 0 ? tt('replay') : tt('play')}</span>
          </button>
          <button
            type="button"
            className="btn btn-icon"
            onClick={() => step(-1)}
            disabled={at <= 0 || !!recording}
            aria-label={tt('stepBack')}
            title={tt('stepBack')}
            data-testid="timeline-back"
          >
            <Icon name="stepBack" size={16} />
          </button>
          <button
            type="button"
            className="btn btn-icon"
            onClick={() => step(1)}
            disabled={at >= last || !!recording}
            aria-label={tt('stepForward')}
            title={tt('stepForward')}
            data-testid="timeline-forward"
          >
            <Icon name="stepForward" size={16} />
          </button>
          <div className="tl-speed" role="group" aria-label={tt('speed')}>
            {SPEEDS.map((s) => (
              <button
                key={s}
                type="button"
                className={speed === s ? 'active' : ''}
                aria-pressed={speed === s}
                onClick={() => setSpeed(s)}
                data-testid={`timeline-speed-${s}`}
              >
                {s}×
              </button>
            ))}
          </div>
        </div>
        <div className="tl-scrub">
          <input
            type="range"
            min={0}
            max={Math.max(0, last)}
            step={1}
            value={at}
            disabled={!dated || !!recording}
            onChange={(e) => {
              setTouched(true);
              setPlaying(false);
              setIndex(Number(e.target.value));
            }}
            aria-label={tt('scrub')}
            aria-valuetext={label}
            data-testid="timeline-slider"
          />
          <div className="tl-scrub-ends" aria-hidden="true">
            <span>{startLabel}</span>
            <span>{dated ? frameLabel(timeline, last, lang, startLabel) : ''}</span>
          </div>
        </div>
        <output className="tl-date" aria-live="off" data-testid="timeline-date" data-frame-key={timeline.frames[at]?.key ?? ''}>
          {label}
        </output>
        <div className="tl-actions">
          {recording ? (
            <>
              <span className="tl-recording" role="status">
                <span className="tl-rec-dot" aria-hidden="true" /> {tt('recording', { i: recording.i, n: recording.n - 1 })}
              </span>
              <button type="button" className="btn btn-small" onClick={cancelRecording}>
                {tt('cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              onClick={record}
              disabled={!dated}
              data-testid="timeline-record"
              title={tt('record')}
            >
              <Icon name="record" size={14} /> {tt('record')}
            </button>
          )}
          {variant === 'explorer' && (
            <button
              type="button"
              className={`btn btn-small${bigLabels ? ' active' : ''}`}
              aria-pressed={bigLabels}
              onClick={() => setBigLabels((b) => !b)}
              title={tt('largeLabels')}
              data-testid="timeline-large-labels"
            >
              {tt('largeLabelsGlyph')}
            </button>
          )}
          {p.onClose && (
            <button
              type="button"
              className="btn btn-icon btn-ghost"
              onClick={p.onClose}
              aria-label={tt('timelineClose')}
              title={tt('timelineClose')}
              data-testid="timeline-close"
            >
              <Icon name="close" size={16} />
            </button>
          )}
        </div>
        <p className="tl-note" title={[tt('shown', { nodes: mask.visibleNodes, total: nodes.length }), note].filter(Boolean).join(' · ')}>
          <span data-testid="timeline-shown">{tt('shown', { nodes: mask.visibleNodes, total: nodes.length })}</span>
          {note && <span> · {note}</span>}
          {!dated && <span> · {tt('noDates')}</span>}
          {keyboard && dated && <span className="tl-keys"> · {tt('keys')}</span>}
        </p>
        <label className="tl-undated">
          <span>{tt('undatedMode')}:</span>
          <select value={undated} onChange={(e) => setUndated(e.target.value as UndatedMode)} data-testid="timeline-undated">
            <option value="first-link">{tt('undatedFirstLink')}</option>
            <option value="start">{tt('undatedStart')}</option>
          </select>
        </label>
        {message && (
          <div
            className={`notice ${message.kind === 'error' ? 'notice-error' : 'notice-info'} tl-message`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{message.text}</span>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setMessage(undefined)}>
              {tt('dismiss')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}

/** The explorer's button that opens and closes the play bar. */
export function TimelineToggle({ lang, open, onToggle }: { lang: Lang; open: boolean; onToggle: () => void }) {
  const { t: tt } = useTranslation('timeline', { lng: toLocale(lang) });
  return (
    <button
      type="button"
      className={`btn btn-icon${open ? ' active' : ''}`}
      onClick={onToggle}
      aria-pressed={open}
      aria-label={open ? tt('timelineClose') : tt('timelineOpen')}
      title={open ? tt('timelineClose') : tt('timelineOpen')}
      data-testid="timeline-toggle"
    >
      <Icon name="clock" />
    </button>
  );
}
