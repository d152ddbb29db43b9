// The presenter: stories (shipped and draft), growth charts, and a story played step by step,
// full screen. The route lives in the URL (/present, /present/charts, /present/story/<id>/<n>);
// each region has its own error boundary.
import { urls } from '../api/endpoints.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SessionControl } from '../components/SessionControl.tsx';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRef, SourceSummary } from '../../../server/shared/contracts.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ModeNav } from '../components/ModeNav.tsx';
import { Brand } from '../components/Brand.tsx';
import { useApi } from '../api/cache.ts';
import { toLocale, type Lang } from '../i18n/index.ts';
import { ChartsView } from '../features/presenter/components/ChartsView.tsx';
import { StoriesView } from '../features/presenter/components/StoriesView.tsx';
import { StoryPlayer } from '../features/presenter/components/StoryPlayer.tsx';
import { defaultChartsRoute, formatPresenterUrl, parsePresenterUrl, type PresenterRoute } from '../features/presenter/lib/present-url.ts';
import '../features/presenter/presenter.css';
import '../components/header.css';

export function PresenterPage() {
  const [{ route, lang }, setState] = useState(() => parsePresenterUrl(window.location.pathname, window.location.search));
  const { t } = useTranslation('presenter', { lng: toLocale(lang) });

  const navigate = useCallback(
    (next: PresenterRoute, push = false, nextLang: Lang = lang) => {
      const url = formatPresenterUrl(next, nextLang);
      if (url !== `${window.location.pathname}${window.location.search}`)
        window.history[push ? 'pushState' : 'replaceState'](null, '', url);
      setState({ route: next, lang: nextLang });
    },
    [lang],
  );
  useEffect(() => {
    // Normalise the older ?story=&step= form to the step's own path.
    const url = formatPresenterUrl(route, lang);
    if (url !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, '', `${url}${window.location.hash}`);
    const onPop = () => setState(parsePresenterUrl(window.location.pathname, window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    document.documentElement.lang = toLocale(lang);
    if (route.view !== 'story')
      document.title = `${t(route.view === 'charts' ? 'tabCharts' : 'tabStories')} · ${t('presenter')} · ${t('appName')}`;
  }, [lang, route.view, t]);

  const sourcesEntry = useApi<{ sources: SourceSummary[] }>(urls.sources());
  const sources = useMemo(
    () => new Map<string, SourceRef>((sourcesEntry?.data?.sources ?? []).map((s) => [s.id, s])),
    [sourcesEntry?.data],
  );

  const presenting = route.view === 'story' && route.present;
  const region = (name: string) => ({ region: name, message: (e: Error) => `${name}: ${e.message}`, reloadLabel: t('retry') });
  const tab = (view: 'stories' | 'charts') => {
    const target: PresenterRoute = view === 'charts' ? defaultChartsRoute() : { view: 'stories' };
    return (
      <a
        href={formatPresenterUrl(target, lang)}
        className={route.view === view || (view === 'stories' && route.view === 'story') ? 'active' : ''}
        aria-current={route.view === view ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          navigate(target, true);
        }}
        data-testid={`present-tab-${view}`}
      >
        {t(view === 'charts' ? 'tabCharts' : 'tabStories')}
      </a>
    );
  };

  return (
    <div className={`presenter${presenting ? ' is-presenting' : ''}`} data-lang={lang}>
      {!presenting && (
        <header className="app-header presenter-header">
          <Brand name={t('appName')} tag={t('presenter')} />
          <ModeNav current="present" lang={lang} />
          <nav className="header-tabs" aria-label={t('views')}>
            {tab('stories')}
            {tab('charts')}
          </nav>
          <LanguageSwitch lang={lang} label={t('language')} onChange={(l) => navigate(route, false, l)} />
          <SessionControl lang={lang} />
        </header>
      )}
      <main className="presenter-main" id="presenter-main">
        <ErrorBoundary {...region(route.view)}>
          {route.view === 'stories' && <StoriesView lang={lang} t={t} navigate={navigate} />}
          {route.view === 'charts' && <ChartsView route={route} lang={lang} t={t} sources={sources} navigate={navigate} />}
          {route.view === 'story' && <StoryPlayer route={route} lang={lang} t={t} sources={sources} navigate={navigate} />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
