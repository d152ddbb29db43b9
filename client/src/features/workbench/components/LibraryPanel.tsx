// The curated query library (GET /api/queries): a filterable list of questions; opening one
// shows its description and its form.
import { urls } from '../../../api/endpoints.ts';
import { useId, useState } from 'react';
import type { CuratedQuery, CuratedQueryListResponse } from '../../../../../server/shared/contracts.ts';
import { Skeleton } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi, type ApiEntry } from '../../../api/cache.ts';
import type { Lang } from '../../../lib/view-state.ts';
import type { FieldProblem } from '../lib/curated-form.ts';
import { curatedDescription, curatedHaystack, curatedTitle } from '../lib/curated-text.ts';
import type { Translate } from '../../../i18n/index.ts';
import { CuratedForm } from './CuratedForm.tsx';

export interface LibraryPanelProps {
  t: Translate<'console'>;
  lang: Lang;
  entry: ApiEntry<CuratedQueryListResponse> | undefined;
  openId?: string;
  onOpen: (id: string | undefined) => void;
  /** Values for the open form (from a shared link), keyed by query id. */
  initialParams?: { id: string; params: Record<string, unknown> };
  running: boolean;
  serverProblems?: { id: string; problems: Record<string, FieldProblem> };
  onRun: (q: CuratedQuery, params: Record<string, unknown>) => void;
  onOpenInEditor: (q: CuratedQuery, params: Record<string, unknown>) => void;
}

const norm = (s: string) => s.toLowerCase();

export function LibraryPanel(p: LibraryPanelProps) {
  const { t, lang, entry } = p;
  const [filter, setFilter] = useState('');
  const filterId = useId();
  if (!entry?.data) {
    if (entry?.error) {
      return (
        <div className="notice notice-error compact" role="alert">
          <span>{entry.error.message}</span>
          <button type="button" className="btn btn-small" onClick={() => retryApi(urls.queries())}>
            {t('tryAgain')}
          </button>
        </div>
      );
    }
    return (
      <div role="status" aria-label={t('libraryLoading')}>
        <Skeleton lines={8} />
      </div>
    );
  }
  const words = norm(filter).split(/\s+/).filter(Boolean);
  const list = entry.data.queries.filter((q) => {
    const hay = curatedHaystack(q);
    return words.every((w) => hay.includes(w));
  });
  return (
    <div className="wb-library" data-testid="library">
      <label htmlFor={filterId} className="sr-only">
        {t('libraryFilter')}
      </label>
      <div className="wb-filter">
        <Icon name="search" size={15} />
        <input
          id={filterId}
          className="wb-filter-input"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('libraryFilterPlaceholder')}
        />
      </div>
      <div className="muted small wb-count">{t('libraryCount', { n: list.length, count: list.length })}</div>
      {list.length === 0 && <p className="muted">{t('libraryEmpty', { q: filter })}</p>}
      <ul className="wb-query-list">
        {list.map((q) => {
          const open = p.openId === q.id;
          return (
            <li key={q.id} className={`wb-query${open ? ' open' : ''}`} data-query={q.id}>
              <button
                type="button"
                className="wb-query-head"
                aria-expanded={open}
                aria-controls={`lib-${q.id}`}
                onClick={() => p.onOpen(open ? undefined : q.id)}
                data-testid={`curated-${q.id}`}
              >
                <span className="wb-query-title">{curatedTitle(q, lang)}</span>
                <span className="wb-query-chevron" aria-hidden="true">
                  <Icon name="chevron" size={15} />
                </span>
              </button>
              {/* Two lines while closed (the whole text in its tooltip and once opened). */}
              {!open && (
                <p className="wb-query-desc" title={curatedDescription(q, lang)}>
                  {curatedDescription(q, lang)}
                </p>
              )}
              {open && (
                <div id={`lib-${q.id}`} className="wb-query-body">
                  <p className="wb-query-desc full">{curatedDescription(q, lang)}</p>
                  <div className="muted small">
                    <span className="mono">{q.id}</span> · {t('maxRows', { n: q.maxRows, count: q.maxRows })}
                  </div>
                  <CuratedForm
                    key={q.id}
                    t={t}
                    lang={lang}
                    query={q}
                    initial={p.initialParams?.id === q.id ? p.initialParams.params : undefined}
                    running={p.running}
                    serverProblems={p.serverProblems?.id === q.id ? p.serverProblems.problems : undefined}
                    onRun={(params) => p.onRun(q, params)}
                    onOpenInEditor={(params) => p.onOpenInEditor(q, params)}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
