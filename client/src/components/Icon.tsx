// Small line icons (24x24, stroke = currentColor) so buttons need no icon font or images.
const PATHS = {
  search: 'M11 4a7 7 0 1 1 0 14a7 7 0 0 1 0-14zM20 20l-4.2-4.2',
  zoomIn: 'M11 4a7 7 0 1 1 0 14a7 7 0 0 1 0-14zM20 20l-4.2-4.2M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 1 0 14a7 7 0 0 1 0-14zM20 20l-4.2-4.2M8 11h6',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  target: 'M12 3v4M12 17v4M3 12h4M17 12h4M12 8a4 4 0 1 1 0 8a4 4 0 0 1 0-8z',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  redo: 'M15 14l5-5l-5-5M20 9H10a6 6 0 0 0 0 12h3',
  expand: 'M12 5v14M5 12h14',
  collapse: 'M5 12h14',
  hide: 'M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c5 0 9 6 9 6a16 16 0 0 1-2.7 3.2M6.6 6.6A16 16 0 0 0 3 12s4 6 9 6a9 9 0 0 0 4.4-1.2M9.9 9.9a3 3 0 0 0 4.2 4.2',
  download: 'M12 4v11M7 10l5 5l5-5M5 20h14',
  layout:
    'M6 5a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM18 5a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM12 15a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM7.5 8.5l3.5 6.5M16.5 8.5L13 15M8 7h8',
  close: 'M6 6l12 12M18 6L6 18',
  swap: 'M7 4L3 8l4 4M3 8h14M17 12l4 4l-4 4M21 16H7',
  link: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  doc: 'M7 3h7l5 5v12a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM14 3v5h5M9 13h6M9 17h6',
  path: 'M5 6a2 2 0 1 1 0 .1M19 18a2 2 0 1 1 0 .1M7 6h6a3 3 0 0 1 0 6h-2a3 3 0 0 0 0 6h6',
  back: 'M15 5l-7 7l7 7',
  chevron: 'M6 9l6 6l6-6',
  reset: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5',
  panelLeft: 'M4 4h16v16H4zM9 4v16',
  panelRight: 'M4 4h16v16H4zM15 4v16',
  globe: 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
  info: 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 11v6M12 7.5v.5',
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M8 5v14M16 5v14',
  stepBack: 'M6 5v14M18 5l-9 7l9 7z',
  stepForward: 'M18 5v14M6 5l9 7l-9 7z',
  record: 'M12 6a6 6 0 1 1 0 12a6 6 0 0 1 0-12z',
  clock: 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 7v5l3 2',
  next: 'M9 5l7 7l-7 7',
  fullscreen: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5M9 9h6v6H9z',
  bookmark: 'M6 3h12v18l-6-4l-6 4zM12 7v6M9 10h6',
  chart: 'M4 4v16h16M7 15l4-5l3 3l5-7',
  up: 'M6 15l6-6l6 6',
  down: 'M6 9l6 6l6-6',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  /** Two overlapping circles: what two entities share. */
  shared: 'M9 6a6 6 0 1 1 0 12a6 6 0 0 1 0-12zM15 6a6 6 0 1 1 0 12a6 6 0 0 1 0-12z',
  /** A person: signing in. */
  user: 'M12 4a4 4 0 1 1 0 8a4 4 0 0 1 0-8zM4.5 20.5a7.5 7.5 0 0 1 15 0',
  /** Out of a door: signing out. */
  signOut: 'M10 4H6a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h4M15 8l4 4l-4 4M19 12H10',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18, title }: { name: IconName; size?: number; title?: string }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.9}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
    >
      {title && <title>{title}</title>}
      <path d={PATHS[name]} />
    </svg>
  );
}
