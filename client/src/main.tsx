// Entry point: one page per tool, chosen by path (/ explore, /console, /present). The console
// and the presenter are loaded on demand, so the explorer's first render does not wait for them.
import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { modeFromPath } from './components/ModeNav.tsx';
import './app/app.css';

const WorkbenchPage = lazy(() => import('./pages/WorkbenchPage.tsx').then((m) => ({ default: m.WorkbenchPage })));
const PresenterPage = lazy(() => import('./pages/PresenterPage.tsx').then((m) => ({ default: m.PresenterPage })));

const mode = modeFromPath(window.location.pathname);
createRoot(document.getElementById('root')!).render(
  mode === 'explore' ? (
    <App />
  ) : (
    <Suspense
      fallback={
        <div className="page-loading" role="status">
          Loading…
        </div>
      }
    >
      {mode === 'console' ? <WorkbenchPage /> : <PresenterPage />}
    </Suspense>
  ),
);
