// The app shell: picks the page for the current path (routes: lib/routes.ts). The console, the
// presenter and the curation pages are loaded on demand, so the explorer's first render does not wait for them.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../i18n/index.ts';
import { modeFromPath } from '../lib/routes.ts';
import { ExplorePage } from '../pages/ExplorePage.tsx';

const WorkbenchPage = lazy(() => import('../pages/WorkbenchPage.tsx').then((m) => ({ default: m.WorkbenchPage })));
const CuratePage = lazy(() => import('../pages/CuratePage.tsx').then((m) => ({ default: m.CuratePage })));
const PresenterPage = lazy(() => import('../pages/PresenterPage.tsx').then((m) => ({ default: m.PresenterPage })));

export function App({ pathname }: { pathname: string }) {
  const mode = modeFromPath(pathname);
  // The page's language is the page's own state; until a page has loaded, the shell speaks English (as it always has).
  const { t } = useTranslation('common', { lng: toLocale('en') });
  if (mode === 'explore') return <ExplorePage />;
  return (
    <Suspense
      fallback={
        <div className="page-loading" role="status">
          {t('loading')}
        </div>
      }
    >
      {mode === 'console' ? <WorkbenchPage /> : mode === 'curate' ? <CuratePage /> : <PresenterPage />}
    </Suspense>
  );
}
