// Curation: import with a dry run (/curate) and the audit log (/curate/audit), for curators and
// admins signed in (the header's Sign in; features/curate/api/authed.ts sends the session).
// The language is in the URL (?lang=zh), like the other pages.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../components/Brand.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { ModeNav } from '../components/ModeNav.tsx';
import { AuditView } from '../features/curate/components/AuditView.tsx';
import { ImportView } from '../features/curate/components/ImportView.tsx';
import { SessionControl } from '../components/SessionControl.tsx';
import { useSession } from '../api/session.ts';
import { toLocale, type Lang } from '../i18n/index.ts';
import '../components/header.css';
import '../features/curate/curate.css';

type View = 'import' | 'audit';

function parse(pathname: string, search: string): { view: View; lang: Lang } {
  return {
    view: pathname.startsWith('/curate/audit') ? 'audit' : 'import',
    lang: new URLSearchParams(search).get('lang') === 'zh' ? 'zh' : 'en',
  };
}
const format = (view: View, lang: Lang) => `/curate${view === 'audit' ? '/audit' : ''}${lang === 'zh' ? '?lang=zh' : ''}`;

export function CuratePage() {
  const [{ view, lang }, setState] = useState(() => parse(window.location.pathname, window.location.search));
  const session = useSession();
  const hasToken = !!session.user;
  const { t } = useTranslation('curate', { lng: toLocale(lang) });

  const navigate = useCallback((next: View, nextLang: Lang, push = true) => {
    const url = format(next, nextLang);
    if (url !== `${window.location.pathname}${window.location.search}`) window.history[push ? 'pushState' : 'replaceState'](null, '', url);
    setState({ view: next, lang: nextLang });
  }, []);
  useEffect(() => {
    const onPop = () => setState(parse(window.location.pathname, window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.documentElement.lang = toLocale(lang);
    document.title = `${t(view === 'audit' ? 'tabAudit' : 'tabImport')} · ${t('curate')} · ${t('appName')}`;
  }, [lang, view, t]);

  const tab = (v: View) => (
    <a
      href={format(v, lang)}
      className={view === v ? 'active' : ''}
      aria-current={view === v ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(v, lang);
      }}
      data-testid={`curate-tab-${v}`}
    >
      {t(v === 'audit' ? 'tabAudit' : 'tabImport')}
    </a>
  );

  return (
    <div className="curate" data-lang={lang}>
      <header className="app-header curate-header">
        <Brand name={t('appName')} tag={t('curate')} />
        <ModeNav current="curate" lang={lang} />
        <nav className="header-tabs" aria-label={t('tabs')}>
          {tab('import')}
          {tab('audit')}
        </nav>
        <LanguageSwitch lang={lang} label={t('language')} onChange={(l) => navigate(view, l, false)} />
        <SessionControl lang={lang} />
      </header>
      <main className="curate-main">
        {session.status !== 'loading' && !session.user && (
          <p className="curate-note notice" role="status" data-testid="curate-sign-in-needed">
            {t('signInNeeded')}
          </p>
        )}
        <ErrorBoundary region={view} message={(e: Error) => `${view}: ${e.message}`} reloadLabel={t('retry')}>
          {view === 'import' ? (
            <ImportView t={t} lang={lang} onOpenAudit={() => navigate('audit', lang)} />
          ) : (
            <AuditView t={t} locale={toLocale(lang)} hasToken={hasToken} />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
