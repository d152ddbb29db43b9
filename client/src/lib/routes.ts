// The app's routes: one page per tool, chosen by path. The app shell (app/App.tsx) renders the
// page for the current path; the tool switcher (components/ModeNav.tsx) links to them.
import type { Lang } from './view-state.ts';

export type Mode = 'explore' | 'console' | 'present' | 'curate';

/** `nav: false`: a page the tool switcher does not list (the explorer's header has no room left at 1366 px). */
export const ROUTES: readonly { mode: Mode; href: string; nav?: false }[] = [
  { mode: 'explore', href: '/' },
  { mode: 'console', href: '/console' },
  { mode: 'present', href: '/present' },
  { mode: 'curate', href: '/curate', nav: false },
];

export function modeFromPath(pathname: string): Mode {
  if (pathname.startsWith('/console')) return 'console';
  if (pathname.startsWith('/present')) return 'present';
  if (pathname.startsWith('/curate')) return 'curate';
  return 'explore';
}

/** A link to a tool's page in a language (Chinese is carried in the URL). */
export function hrefFor(mode: Mode, lang: Lang): string {
  const href = ROUTES.find((r) => r.mode === mode)?.href ?? '/';
  return `${href}${lang === 'zh' ? '?lang=zh' : ''}`;
}
