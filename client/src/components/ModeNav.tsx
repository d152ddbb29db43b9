// Switches between the three tools: Explore (network), Console (Cypher workbench), Present.
// Plain links: each tool is its own page with its own URL state.
import type { Lang } from '../lib/view-state.ts';

export type Mode = 'explore' | 'console' | 'present';

const MODES: { mode: Mode; href: string; en: string; zh: string }[] = [
  { mode: 'explore', href: '/', en: 'Explore', zh: '探索' },
  { mode: 'console', href: '/console', en: 'Console', zh: '查詢台' },
  { mode: 'present', href: '/present', en: 'Present', zh: '簡報' },
];

export function modeFromPath(pathname: string): Mode {
  if (pathname.startsWith('/console')) return 'console';
  if (pathname.startsWith('/present')) return 'present';
  return 'explore';
}

export function ModeNav({ current, lang }: { current: Mode; lang: Lang }) {
  return (
    <nav className="mode-nav" aria-label={lang === 'zh' ? '工具' : 'Tools'}>
      {MODES.map((m) => (
        <a
          key={m.mode}
          href={`${m.href}${lang === 'zh' ? '?lang=zh' : ''}`}
          className={m.mode === current ? 'active' : ''}
          aria-current={m.mode === current ? 'page' : undefined}
          data-testid={`mode-${m.mode}`}
        >
          {lang === 'zh' ? m.zh : m.en}
        </a>
      ))}
    </nav>
  );
}
