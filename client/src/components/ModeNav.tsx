// Switches between the three tools: Explore (network), Console (Cypher workbench), Present.
// The curation pages (/curate) are not listed: the explorer's header has no room for a fourth.
// Plain links: each tool is its own page with its own URL state (routes: lib/routes.ts).
import { useTranslation } from 'react-i18next';
import { toLocale, type Lang } from '../i18n/index.ts';
import { hrefFor, ROUTES, type Mode } from '../lib/routes.ts';
import './mode-nav.css';

export function ModeNav({ current, lang }: { current: Mode; lang: Lang }) {
  const { t } = useTranslation('common', { lng: toLocale(lang) });
  return (
    <nav className="mode-nav" aria-label={t('tools')}>
      {ROUTES.filter((r) => r.nav !== false).map(({ mode }) => (
        <a
          key={mode}
          href={hrefFor(mode, lang)}
          className={mode === current ? 'active' : ''}
          aria-current={mode === current ? 'page' : undefined}
          data-testid={`mode-${mode}`}
        >
          {t(`modes.${mode}`)}
        </a>
      ))}
    </nav>
  );
}
