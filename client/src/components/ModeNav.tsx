// Switches between the three tools: Explore (network), Console (Cypher workbench), Present.
// Plain links: each tool is its own page with its own URL state (routes: lib/routes.ts).
import { hrefFor, ROUTES, type Mode } from '../lib/routes.ts';
import type { Lang } from '../lib/view-state.ts';

const NAMES: Record<Mode, { en: string; zh: string }> = {
  explore: { en: 'Explore', zh: '探索' },
  console: { en: 'Console', zh: '查詢台' },
  present: { en: 'Present', zh: '簡報' },
};

export function ModeNav({ current, lang }: { current: Mode; lang: Lang }) {
  return (
    <nav className="mode-nav" aria-label={lang === 'zh' ? '工具' : 'Tools'}>
      {ROUTES.map(({ mode }) => (
        <a
          key={mode}
          href={hrefFor(mode, lang)}
          className={mode === current ? 'active' : ''}
          aria-current={mode === current ? 'page' : undefined}
          data-testid={`mode-${mode}`}
        >
          {lang === 'zh' ? NAMES[mode].zh : NAMES[mode].en}
        </a>
      ))}
    </nav>
  );
}
