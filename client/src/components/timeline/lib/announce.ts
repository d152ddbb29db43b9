// The timeline player makes itself known with one DOM event on the document when it mounts and
// unmounts, carrying a read-only view of its playback. Nothing in the app listens: tests inject a
// listener (tests/support/canvas-hooks.ts) that builds `window.__atlasTimeline` from it.

export const TIMELINE_EVENT = 'atlas:timeline';

export interface TimelineView {
  frameIndex(): number;
  frameKey(): string | null;
  frames(): number;
  /** The frame key at which an element appears; null before the first date; undefined if never. */
  appearKey(id: string): string | null | undefined;
  playing(): boolean;
}

export type TimelineAnnouncement = { phase: 'mounted'; view: TimelineView } | { phase: 'unmounted' };

declare global {
  interface DocumentEventMap {
    [TIMELINE_EVENT]: CustomEvent<TimelineAnnouncement>;
  }
}

export function announceTimeline(detail: TimelineAnnouncement): void {
  document.dispatchEvent(new CustomEvent(TIMELINE_EVENT, { detail }));
}
