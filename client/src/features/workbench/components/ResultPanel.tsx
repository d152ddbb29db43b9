// The results region: table / graph / JSON / schema diagram tabs, the run's row count and time,
// the row-cap banner, downloads, and "Open in Explorer" (replace or add to the canvas). Errors
// and refusals take the place of the result, with what to do.
import { useMemo } from 'react';
import type { CypherResponse, NodeRef, NodeRefsResponse, SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { useApi } from '../../../api/cache.ts';
import { urls } from '../../../api/endpoints.ts';
import { EmptyState, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { ApiRequestError } from '../../../api/http.ts';
import { downloadName, toCsv } from '../lib/csv.ts';
import { downloadText } from '../../../lib/download.ts';
import type { EditorPosition } from '../lib/error-position.ts';
import { MAX_PINS, explorerLink } from '../lib/explorer-link.ts';
import { explorerTargets } from '../lib/explorer-targets.ts';
import { MAX_ID_CANDIDATES, resultIds } from '../lib/result-ids.ts';
import type { GraphKit } from '../lib/graph-kit.ts';
import type { Translate } from '../../../i18n/index.ts';
import { LAST_EXPLORER_KEY, browserStorage, readText } from '../lib/storage.ts';
import { ErrorCard } from './ErrorCard.tsx';
import { ResultGraph } from './ResultGraph.tsx';
import { ResultTable } from './ResultTable.tsx';
import { SchemaDiagram } from './SchemaDiagram.tsx';
import { Tabs } from './Tabs.tsx';

export type ResultTab = 'table' | 'graph' | 'json' | 'schema';

export interface RunRequest {
  kind: 'cypher' | 'curated';
  query: string;
  paramsText: string;
  params: Record<string, unknown>;
  curatedId?: string;
  title?: string;
  /** The entities the question names (a library query's id parameters). */
  anchorIds?: string[];
}

export interface RunState {
  status: 'idle' | 'running' | 'done' | 'error';
  request?: RunRequest;
  result?: CypherResponse;
  error?: ApiRequestError;
  /** Where a Cypher error is in the editor's text. */
  position?: EditorPosition;
  missing?: string[];
  retryUntil?: number;
}

export interface ResultPanelProps {
  t: Translate<'console'>;
  lang: Lang;
  kit: GraphKit;
  run: RunState;
  tab: ResultTab;
  onTab: (tab: ResultTab) => void;
  schema: SchemaResponse | undefined;
  examples: { label: string; query: string; params?: string }[];
  onExample: (query: string, params?: string) => void;
  onGoToError: () => void;
  onRetry: () => void;
  /** A library query's title in the current language. */
  curatedTitleOf: (id: string) => string | undefined;
}

const JSON_VIEW_LIMIT = 200_000;
const NO_REFS: ReadonlyMap<string, NodeRef> = new Map();

/**
 * The nodes among the ids a result's rows hold and its question names (GET /api/node-refs, at
 * most MAX_ID_CANDIDATES ids): what the table shows as named chips and the explorer can open.
 */
function useResultRefs(result: CypherResponse | undefined, anchorIds: string[]) {
  const lookup = useMemo(() => {
    if (!result) return { rowIds: [], anchorIds: [], ids: [], capped: 0 };
    const nodes = new Set(result.graph.nodes.map((n) => n.id));
    const rowIds = resultIds(result.columns, result.rows, Infinity).filter((id) => !nodes.has(id));
    // The question's entities matter only when the rows name entities by id (not when they return nodes).
    const anchors = nodes.size || !result.rows.length ? [] : anchorIds;
    const all = [...new Set([...anchors, ...rowIds])];
    return { rowIds, anchorIds: anchors, ids: all.slice(0, MAX_ID_CANDIDATES), capped: Math.max(0, all.length - MAX_ID_CANDIDATES) };
  }, [result, anchorIds]);
  const entry = useApi<NodeRefsResponse>(lookup.ids.length ? urls.nodeRefs(lookup.ids) : null);
  const data = entry?.data;
  const refs = useMemo(() => (data ? new Map(data.nodes.map((n) => [n.id, n])) : undefined), [data]);
  const failed = entry?.status === 'error' && !entry.data;
  return { ...lookup, refs: lookup.ids.length ? (failed ? NO_REFS : refs) : NO_REFS, error: failed ? entry.error : undefined };
}

export function ResultPanel({
  t,
  lang,
  kit,
  run,
  tab,
  onTab,
  schema,
  examples,
  onExample,
  onGoToError,
  onRetry,
  curatedTitleOf,
}: ResultPanelProps) {
  const { result, request } = run;
  const what = request?.kind === 'curated' ? (request.curatedId ?? 'curated') : 'query';
  const json = useMemo(() => (result && tab === 'json' ? JSON.stringify(result, null, 2) : ''), [result, tab]);
  const anchorIds = useMemo(() => request?.anchorIds ?? [], [request]);
  // A library run is titled in the current language (the run may have started in the other).
  const runTitle = request?.kind === 'curated' ? ((request.curatedId && curatedTitleOf(request.curatedId)) ?? request.title) : undefined;
  const lookup = useResultRefs(result, anchorIds);
  const targets = useMemo(
    () => explorerTargets({ nodes: result?.graph.nodes ?? [], rowIds: lookup.rowIds, anchorIds: lookup.anchorIds, refs: lookup.refs }),
    [result, lookup],
  );
  const replace = explorerLink('replace', targets.ids, { lang });
  const add = explorerLink('add', targets.ids, { lang, lastExplorerSearch: readText(browserStorage(), LAST_EXPLORER_KEY) });
  const opens = replace.ids.length;
  const refName = (id: string) => {
    const r = lookup.refs?.get(id);
    return r ? (lang === 'zh' && r.nameZh ? r.nameZh : r.name) : id;
  };
  const explorerNote = [
    targets.anchors
      ? t('explorerAnchors', {
          n: targets.anchors,
          count: targets.anchors,
          names: targets.ids.slice(0, targets.anchors).map(refName).join(', '),
        })
      : '',
    targets.documents ? t('explorerDocuments', { n: targets.documents, count: targets.documents }) : '',
    replace.skipped ? t('explorerSkipped', { n: replace.skipped, count: replace.skipped }) : '',
    replace.capped ? t('explorerCapped', { max: MAX_PINS, n: replace.capped }) : '',
    lookup.capped ? t('explorerIdsCapped', { max: MAX_ID_CANDIDATES, n: lookup.capped }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const explorerState = !result ? 'none' : targets.pending ? 'pending' : lookup.error ? 'error' : opens ? 'ready' : 'none';
  const disabledTitle =
    explorerState === 'pending'
      ? t('explorerLooking')
      : explorerState === 'error'
        ? t('explorerLookupFailed', { message: lookup.error?.message ?? '' })
        : result && targets.documents
          ? t('explorerOnlyDocuments')
          : t('noGraphNodes');
  const metaText = result
    ? [
        runTitle ? t('curatedRun', { title: runTitle }) : '',
        t('rowsTime', { rows: result.rows.length, count: result.rows.length, ms: result.timeMs }),
      ]
        .filter(Boolean)
        .join(' · ')
    : '';

  const showError = run.status === 'error' && run.error && tab !== 'schema';
  const body = () => {
    if (tab === 'schema') return <SchemaDiagram t={t} lang={lang} schema={schema} kit={kit} />;
    if (showError) {
      return (
        <div className="wb-scroll">
          <ErrorCard
            t={t}
            error={run.error!}
            query={request?.query}
            position={run.position}
            missing={run.missing}
            retryUntil={run.retryUntil}
            onGoTo={run.position ? onGoToError : undefined}
            onRetry={onRetry}
          />
        </div>
      );
    }
    if (!result) {
      if (run.status === 'running') return <Spinner label={t('running')} />;
      return (
        <div className="wb-empty wb-welcome" data-testid="welcome">
          <EmptyState title={t('welcomeTitle')} icon={<Icon name="search" size={30} />}>
            <p>{t('welcomeBody')}</p>
            <p className="muted small">{t('welcomeExamples')}</p>
            <div className="wb-examples">
              {examples.map((x) => (
                <button key={x.label} type="button" className="btn btn-small" onClick={() => onExample(x.query, x.params)}>
                  {x.label}
                </button>
              ))}
            </div>
          </EmptyState>
        </div>
      );
    }
    if (tab === 'graph')
      return <ResultGraph t={t} lang={lang} graph={result.graph} kit={kit} namedEntities={targets.from === 'ids' ? opens : 0} />;
    if (tab === 'json') {
      return (
        <div className="wb-scroll">
          {json.length > JSON_VIEW_LIMIT && (
            <div className="notice notice-info compact">{t('jsonCut', { kb: Math.round(JSON_VIEW_LIMIT / 1000) })}</div>
          )}
          <pre className="wb-json-view" data-testid="result-json" tabIndex={0}>
            {json.length > JSON_VIEW_LIMIT ? `${json.slice(0, JSON_VIEW_LIMIT)}\n…` : json}
          </pre>
        </div>
      );
    }
    if (!result.rows.length) {
      return (
        <div className="wb-empty" data-testid="empty-result">
          <EmptyState title={t('emptyResult')} icon={<Icon name="info" size={30} />}>
            <p>{t('emptyResultHint')}</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="wb-table-area">
        {result.truncated && (
          <div className="wb-truncated" role="status" data-testid="truncated-banner">
            <Icon name="info" size={16} />{' '}
            {result.truncatedBy === 'bytes'
              ? t('truncatedBytesBanner', { n: result.rows.length, mb: Math.round((result.byteCap / 1048576) * 10) / 10 })
              : t('truncatedBanner', { n: result.rows.length })}
          </div>
        )}
        <ResultTable t={t} lang={lang} columns={result.columns} rows={result.rows} refs={lookup.refs ?? NO_REFS} />
      </div>
    );
  };

  return (
    <section className="wb-results" aria-label={t('results')} data-testid="results" data-status={run.status}>
      <div className="wb-results-head">
        <div className="wb-results-meta">
          {run.status === 'running' && <span className="spinner spinner-small" role="status" aria-label={t('running')} />}
          {result && (
            <span
              className="wb-meta"
              title={metaText}
              data-testid="result-meta"
              data-rows={result.rows.length}
              data-truncated={result.truncated}
            >
              {runTitle ? <span className="wb-meta-title">{t('curatedRun', { title: runTitle })}</span> : null}
              <span className="wb-meta-count">
                {t('rowsTime', { rows: result.rows.length, count: result.rows.length, ms: result.timeMs })}
              </span>
              {result.truncated && (
                <span className="chip wb-chip-warn">{t(result.truncatedBy === 'bytes' ? 'truncatedBytesChip' : 'truncatedChip')}</span>
              )}
            </span>
          )}
        </div>
        <div className="wb-results-actions">
          <button
            type="button"
            className="btn btn-small"
            disabled={!result}
            title={t('downloadCsvTitle')}
            onClick={() =>
              result && downloadText(downloadName(what, 'csv'), `\uFEFF${toCsv(result.columns, result.rows)}`, 'text/csv;charset=utf-8')
            }
            data-testid="download-csv"
          >
            <Icon name="download" size={15} /> {t('downloadCsv')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={!result}
            title={t('downloadJsonTitle')}
            onClick={() =>
              result &&
              downloadText(
                downloadName(what, 'json'),
                JSON.stringify(
                  {
                    query: request?.query,
                    params: request?.params,
                    ...(request?.curatedId ? { queryId: request.curatedId } : {}),
                    ...result,
                  },
                  null,
                  2,
                ),
                'application/json',
              )
            }
            data-testid="download-json"
          >
            <Icon name="download" size={15} /> {t('downloadJson')}
          </button>
          <span
            className="wb-explorer"
            role="group"
            aria-label={t('openExplorer')}
            title={explorerNote || undefined}
            data-testid="explorer"
            data-state={explorerState}
            data-count={explorerState === 'ready' ? opens : 0}
            data-from={targets.from}
          >
            <span className="wb-explorer-label">
              {explorerState === 'ready' ? t('openExplorerCount', { n: opens, count: opens }) : t('openExplorer')}
            </span>
            {explorerState === 'ready' ? (
              <>
                <a
                  className="btn btn-small"
                  href={replace.href}
                  title={`${t('replaceCanvasTitle', { n: opens, count: opens })}${explorerNote ? `\n${explorerNote}` : ''}`}
                  data-testid="explorer-replace"
                >
                  {t('replaceCanvas')}
                </a>
                <a
                  className="btn btn-small"
                  href={add.href}
                  title={`${t('addCanvasTitle', { n: add.ids.length, count: add.ids.length })}${explorerNote ? `\n${explorerNote}` : ''}`}
                  data-testid="explorer-add"
                >
                  {t('addCanvas')}
                </a>
              </>
            ) : (
              <>
                <button type="button" className="btn btn-small" disabled title={disabledTitle} data-testid="explorer-replace-disabled">
                  {t('replaceCanvas')}
                </button>
                <button type="button" className="btn btn-small" disabled title={disabledTitle}>
                  {t('addCanvas')}
                </button>
              </>
            )}
          </span>
        </div>
      </div>
      <Tabs
        idPrefix="result"
        label={t('results')}
        current={tab}
        onChange={onTab}
        className="tabs wb-tabs"
        tabs={[
          { id: 'table', label: t('tabTable') },
          { id: 'graph', label: t('tabGraph') },
          { id: 'json', label: t('tabJson') },
          { id: 'schema', label: t('tabSchemaDiagram') },
        ]}
      />
      <div className="wb-results-body" id="result-panel" role="tabpanel" aria-labelledby={`result-tab-${tab}`}>
        {body()}
        {run.status === 'running' && result && (
          <div className="wb-running-veil" aria-hidden="true">
            <Spinner label={t('running')} />
          </div>
        )}
      </div>
    </section>
  );
}
