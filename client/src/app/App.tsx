// The app shell: picks the page for the current path (routes: lib/routes.ts). The console and
// the presenter are loaded on demand, so the explorer's first render does not wait for them.
import { lazy, Suspense } from 'react';
import { modeFromPath } from '../lib/routes.ts';
import { ExplorePage } from '../pages/ExplorePage.tsx';

const WorkbenchPage = lazy(() => import('../pages/WorkbenchPage.tsx').then((m) => ({ default: m.WorkbenchPage })));
const PresenterPage = lazy(() => import('../pages/PresenterPage.tsx').then((m) => ({ default: m.PresenterPage })));

export function App({ pathname }: { pathname: string }) {
  const mode = modeFromPath(pathname);
  if (mode === 'explore') return <ExplorePage />;
  return (
    <Suspense
      fallback={
        <div className="page-loading" role="status">
          Loading…
        </div>
      }
    >
      {mode === 'console' ? <WorkbenchPage /> : <PresenterPage />}
    </Suspense>
  );
}
