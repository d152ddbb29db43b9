// The analyst workbench: editor and parameters, results, and a sidebar with the curated query
// library, history, saved queries and the schema. Owns the console's state; the editor text and
// parameters mirror into the URL (shareable, reload-safe) and a local draft.
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import type { CuratedQuery, CuratedQueryListResponse, SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { useApi } from '../../../api/cache.ts';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import { runCurated, runCypher, urls } from '../../../api/endpoints.ts';
import { ApiRequestError } from '../../../api/http.ts';
import { formParams, initialValues, serverProblems, type FieldProblem } from '../lib/curated-form.ts';
import { curatedTitle } from '../lib/curated-text.ts';
import { completionSchema } from '../lib/editor-schema.ts';
import { missingFromMessage } from '../lib/error-advice.ts';
import { mapErrorPosition, stripPositionSuffix, type ServerPosition } from '../lib/error-position.ts';
import type { GraphKit } from '../lib/graph-kit.ts';
import { formatParams, missingParams, parseParamsText } from '../lib/params.ts';
import { consoleUrl, encodeConsoleLink, type ConsoleLink } from '../lib/share.ts';
import {
  DRAFT_KEY,
  HISTORY_KEY,
  SAVED_KEY,
  addHistory,
  browserStorage,
  deleteSaved,
  isHistoryEntry,
  isSavedQuery,
  newId,
  readList,
  readText,
  saveQuery,
  writeValue,
  type HistoryEntry,
  type SavedQuery,
} from '../lib/storage.ts';
import type { CypherEditorHandle, EditorMarker } from './CypherEditor.tsx';
import { HistoryPanel, SavedPanel } from './HistoryPanel.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { ParamsEditor } from './ParamsEditor.tsx';
import { ResultPanel, type ResultTab, type RunRequest, type RunState } from './ResultPanel.tsx';
import { SchemaPanel } from './SchemaPanel.tsx';
import { Tabs } from './Tabs.tsx';

const CypherEditor = lazy(() => import('./CypherEditor.tsx'));

type SideTab = 'library' | 'history' | 'saved' | 'schema';

const DEFAULT_QUERY = `// Agencies and the organisations they are members of
MATCH p = (a:Agency)-[:MEMBER_OF]->(o:Organisation)
RETURN p
LIMIT 50`;

const EXAMPLES: { key: ParseKeys<'console'>; query: string; params?: string }[] = [
  { key: 'exampleMembers', query: DEFAULT_QUERY },
  {
    key: 'examplePath',
    query: `MATCH p = shortestPath((a:Entity {id: $from})-[*..4]-(b:Entity {id: $to}))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN p`,
    params: ":param from => 'icac'\n:param to => 'wco'",
  },
  {
    key: 'exampleEvents',
    query: `MATCH (e:Event)
RETURN left(e.startDate, 4) AS year, count(*) AS events, collect(e.name)[0..3] AS examples
ORDER BY year DESC`,
  },
];

function initialEditor(link: ConsoleLink): { query: string; paramsText: string } {
  if (!link.curated && (link.query || link.paramsText)) return { query: link.query ?? '', paramsText: link.paramsText ?? '' };
  try {
    const d = JSON.parse(readText(browserStorage(), DRAFT_KEY) ?? 'null') as { query?: unknown; params?: unknown } | null;
    if (d && typeof d.query === 'string' && typeof d.params === 'string' && (d.query.trim() || d.params.trim()))
      return { query: d.query, paramsText: d.params };
  } catch {
    /* no draft */
  }
  return { query: DEFAULT_QUERY, paramsText: '' };
}

/** A run shown as started (the last result stays until the answer comes). */
const runningState = (request: RunRequest, previous: RunState): RunState => ({ status: 'running', request, result: previous.result });

/** A run shows its result, not the schema tab. */
const resultTabForRun = (tab: ResultTab): ResultTab => (tab === 'schema' ? 'table' : tab);

function curatedRequest(q: CuratedQuery, params: Record<string, unknown>, lang: Lang): RunRequest {
  // The entities the question names (its id parameters): "Open in Explorer" shows them with the rows'.
  const anchorIds = q.params.filter((p) => p.type === 'id').flatMap((p) => (isId(params[p.name]) ? [params[p.name] as string] : []));
  return {
    kind: 'curated',
    query: q.cypher,
    paramsText: formatParams(params),
    params,
    curatedId: q.id,
    title: curatedTitle(q, lang),
    anchorIds,
  };
}

type EditorCheck = { request: RunRequest } | { refused: RunState };

/**
 * What a link with run=1 starts: 'later' while the query list a curated query needs is not
 * there, nothing (null) when there is nothing to run, else the editor's check or the curated request.
 */
function linkRun(
  link: ConsoleLink,
  queries: CuratedQueryListResponse | undefined,
  checkEditor: () => EditorCheck,
  lang: Lang,
): EditorCheck | 'later' | null {
  if (!link.run) return null;
  if (!link.curated) return link.query ? checkEditor() : null;
  if (!queries) return 'later';
  const q = queries.queries.find((x) => x.id === link.curated);
  if (!q) return null;
  const given = link.paramsText ? parseParamsText(link.paramsText) : undefined;
  const r = formParams(q, initialValues(q, given?.ok ? given.params : {}));
  return r.ok ? { request: curatedRequest(q, r.params, lang) } : null;
}

export interface WorkbenchProps {
  lang: Lang;
  kit: GraphKit;
  /** What the page's URL asked for when it opened. */
  link: ConsoleLink;
}

export function Workbench({ lang, kit, link }: WorkbenchProps) {
  const { t } = useTranslation('console', { lng: toLocale(lang) });
  const storage = useMemo(() => browserStorage(), []);
  const [initial] = useState(() => initialEditor(link));
  const [query, setQuery] = useState(initial.query);
  const [paramsText, setParamsText] = useState(initial.paramsText);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [resultTab, setResultTab] = useState<ResultTab>('table');
  const [sideTab, setSideTab] = useState<SideTab>('library');
  // The side panel folds away to give a wide result the whole width (at 1366 px it takes a quarter).
  const [sideOpen, setSideOpen] = useState(true);
  const [openCurated, setOpenCurated] = useState<string | undefined>(link.curated);
  const [curatedProblems, setCuratedProblems] = useState<{ id: string; problems: Record<string, FieldProblem> }>();
  const [history, setHistory] = useState<HistoryEntry[]>(() => readList(storage, HISTORY_KEY, isHistoryEntry));
  const [saved, setSaved] = useState<SavedQuery[]>(() => readList(storage, SAVED_KEY, isSavedQuery));
  const [shareOpen, setShareOpen] = useState(false);
  const [shareRun, setShareRun] = useState(false);
  const [copied, setCopied] = useState(false);
  const [toast, setToast] = useState<string>();
  const editorRef = useRef<CypherEditorHandle>(null);
  const abortRef = useRef<AbortController | undefined>(undefined);

  const schema = useApi<SchemaResponse>(urls.schema());
  const queries = useApi<CuratedQueryListResponse>(urls.queries());

  const parsed = useMemo(() => parseParamsText(paramsText), [paramsText]);
  const missing = useMemo(() => (parsed.ok ? missingParams(query, parsed.params) : []), [parsed, query]);
  const paramNames = useMemo(() => (parsed.ok ? Object.keys(parsed.params) : []), [parsed]);
  const editorSchema = useMemo(() => completionSchema(schema?.data, paramNames), [schema?.data, paramNames]);

  // Persist history and saved queries; mirror the editor into the URL and the draft.
  useEffect(() => void writeValue(storage, HISTORY_KEY, history), [storage, history]);
  useEffect(() => void writeValue(storage, SAVED_KEY, saved), [storage, saved]);
  useEffect(() => {
    const id = setTimeout(() => {
      const s = encodeConsoleLink({ query, paramsText, lang });
      const next = `${window.location.pathname}${s ? `?${s}` : ''}`;
      if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
      writeValue(storage, DRAFT_KEY, { query, params: paramsText });
    }, 300);
    return () => clearTimeout(id);
  }, [query, paramsText, lang, storage]);
  useEffect(() => {
    if (!toast) return;
    const id = setTimeout(() => setToast(undefined), 2500);
    return () => clearTimeout(id);
  }, [toast]);

  const record = useCallback((req: RunRequest, extra: Partial<HistoryEntry>) => {
    setHistory((h) =>
      addHistory(h, {
        id: newId(),
        query: req.query,
        params: req.paramsText,
        at: Date.now(),
        curated: req.curatedId,
        title: req.title,
        ...extra,
      }),
    );
  }, []);

  /** Sends a request that is shown as running; its answer is shown unless another run or a cancel came first. */
  const send = useCallback(
    async (req: RunRequest) => {
      abortRef.current?.abort();
      const ctrl = new AbortController();
      abortRef.current = ctrl;
      try {
        const res =
          req.kind === 'curated'
            ? await runCurated(req.curatedId!, req.params, ctrl.signal)
            : await runCypher(req.query, req.params, ctrl.signal);
        if (abortRef.current !== ctrl) return;
        setRun({ status: 'done', request: req, result: res });
        setCuratedProblems(undefined);
        record(req, { rows: res.rows.length, truncated: res.truncated, ms: res.timeMs });
      } catch (e) {
        if ((e as Error).name === 'AbortError' || abortRef.current !== ctrl) return;
        let err = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'network', String((e as Error)?.message ?? e));
        const neo4jCode = (err.details as { neo4jCode?: string } | undefined)?.neo4jCode ?? '';
        let missingNames: string[] | undefined;
        if (err.code === 'cypher_error' && neo4jCode.endsWith('ParameterMissing')) {
          missingNames = missingFromMessage(err.message);
          err = new ApiRequestError(err.status, 'missing_params', err.message, err.details);
        }
        const position =
          err.code === 'cypher_error' && req.kind === 'cypher'
            ? mapErrorPosition(req.query, (err.details as { position?: ServerPosition } | undefined)?.position)
            : undefined;
        setRun({
          status: 'error',
          request: req,
          error: err,
          position,
          missing: missingNames,
          retryUntil: err.retryAfter ? Date.now() + err.retryAfter * 1000 : undefined,
        });
        if (req.kind === 'curated' && err.status === 400) setCuratedProblems({ id: req.curatedId!, problems: serverProblems(err.details) });
        record(req, { error: err.code });
      } finally {
        if (abortRef.current === ctrl) abortRef.current = undefined;
      }
    },
    [record],
  );

  const execute = useCallback(
    (req: RunRequest) => {
      setRun((r) => runningState(req, r));
      setResultTab(resultTabForRun);
      return send(req);
    },
    [send],
  );

  /** The editor's query as a request, or the refusal to show when it cannot run as it is. */
  const checkEditorRun = (q: string, pt: string): EditorCheck => {
    const req: RunRequest = { kind: 'cypher', query: q, paramsText: pt, params: {} };
    const refused = (code: string, message: string, missingNames?: string[]): { refused: RunState } => ({
      refused: { status: 'error', request: req, error: new ApiRequestError(0, code, message), missing: missingNames },
    });
    if (!q.trim()) return refused('empty_query', t('errEmptyAdvice'));
    const p = parseParamsText(pt);
    if (!p.ok)
      return refused('invalid_params', t('paramsErrSyntax', { line: p.error.line, column: p.error.column, detail: p.error.detail }));
    const miss = missingParams(q, p.params);
    if (miss.length) return refused('missing_params', t('paramsMissing', { names: miss.map((m) => `$${m}`).join(', ') }), miss);
    return { request: { ...req, params: p.params } };
  };

  const refuse = (refused: RunState) => {
    abortRef.current?.abort();
    abortRef.current = undefined;
    setRun(refused);
    setResultTab(resultTabForRun);
  };

  /** Runs the editor's query (or the given one), after checking the parameters here. */
  const runEditor = (override?: { query: string; paramsText: string }) => {
    const checked = checkEditorRun(override?.query ?? query, override?.paramsText ?? paramsText);
    if ('refused' in checked) refuse(checked.refused);
    else void execute(checked.request);
  };

  const runCuratedQuery = (q: CuratedQuery, params: Record<string, unknown>) => void execute(curatedRequest(q, params, lang));

  const cancel = () => {
    abortRef.current?.abort();
    abortRef.current = undefined;
    setRun((r) => ({ ...r, status: r.result ? 'done' : 'idle' }));
  };

  const toEditor = (q: string, pt: string) => {
    setQuery(q);
    setParamsText(pt);
    requestAnimationFrame(() => editorRef.current?.focus());
  };

  // A link with run=1 runs once, as soon as what it needs is there (the query list, for a
  // curated query): the run is shown as started (or refused) while rendering, and the effect
  // below sends its request.
  const [autoRun, setAutoRun] = useState<'waiting' | 'done' | { request: RunRequest }>(link.run ? 'waiting' : 'done');
  if (autoRun === 'waiting') {
    const start = linkRun(link, queries?.data, () => checkEditorRun(query, paramsText), lang);
    if (start !== 'later') {
      setAutoRun(start && 'request' in start ? start : 'done');
      if (start && 'refused' in start) setRun(start.refused);
      else if (start) setRun((r) => runningState(start.request, r));
      if (start) setResultTab(resultTabForRun);
    }
  }
  const autoSent = useRef(false);
  useEffect(() => {
    if (typeof autoRun !== 'object' || autoSent.current) return;
    autoSent.current = true;
    void send(autoRun.request);
  }, [autoRun, send]);

  const curatedInitial = useMemo(() => {
    if (!link.curated || !link.paramsText) return undefined;
    const p = parseParamsText(link.paramsText);
    return p.ok ? { id: link.curated, params: p.params } : undefined;
  }, [link]);

  const marker: EditorMarker | undefined =
    run.status === 'error' && run.position && run.request?.kind === 'cypher' && run.request.query === query && run.error
      ? {
          offset: run.position.offset,
          message: stripPositionSuffix(run.error.message),
          where: t('errCypherAt', { line: run.position.line, column: run.position.column }),
        }
      : undefined;

  const shareUrl = consoleUrl(window.location.origin, { query, paramsText, lang, run: shareRun });
  const copyShare = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
    } catch {
      (document.getElementById('wb-share-url') as HTMLInputElement | null)?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const curatedTitleOf = (id: string) => {
    const q = queries?.data?.queries.find((x) => x.id === id);
    return q ? curatedTitle(q, lang) : undefined;
  };

  const region = (name: string) => ({
    region: name,
    message: (e: Error) => t('partCrashed', { message: e.message }),
    reloadLabel: t('regionReload'),
  });
  const running = run.status === 'running';

  return (
    <div className={`wb-body${sideOpen ? '' : ' side-closed'}`}>
      <aside className="wb-sidebar" aria-label={t('sidebar')} data-open={sideOpen}>
        {!sideOpen && (
          <button
            type="button"
            className="btn btn-icon btn-ghost wb-side-toggle"
            onClick={() => setSideOpen(true)}
            aria-expanded={false}
            aria-label={t('sidebarShow')}
            title={t('sidebarShow')}
            data-testid="side-show"
          >
            <Icon name="panelRight" size={16} />
          </button>
        )}
        <div className="wb-side-top" hidden={!sideOpen}>
          <Tabs
            idPrefix="side"
            label={t('sidebar')}
            current={sideTab}
            onChange={setSideTab}
            className="tabs wb-side-tabs"
            tabs={[
              { id: 'library', label: t('tabLibrary') },
              { id: 'history', label: `${t('tabHistory')}${history.length ? ` ${history.length}` : ''}` },
              { id: 'saved', label: `${t('tabSaved')}${saved.length ? ` ${saved.length}` : ''}` },
              { id: 'schema', label: t('tabSchema') },
            ]}
          />
          <button
            type="button"
            className="btn btn-icon btn-ghost wb-side-toggle"
            onClick={() => setSideOpen(false)}
            aria-expanded={true}
            aria-label={t('sidebarHide')}
            title={t('sidebarHide')}
            data-testid="side-hide"
          >
            <Icon name="panelLeft" size={16} />
          </button>
        </div>
        <div className="wb-side-panel" id="side-panel" role="tabpanel" aria-labelledby={`side-tab-${sideTab}`} hidden={!sideOpen}>
          <ErrorBoundary {...region('sidebar')}>
            {sideTab === 'library' && (
              <LibraryPanel
                t={t}
                lang={lang}
                entry={queries}
                openId={openCurated}
                onOpen={setOpenCurated}
                initialParams={curatedInitial}
                running={running}
                serverProblems={curatedProblems}
                onRun={runCuratedQuery}
                onOpenInEditor={(q, params) => toEditor(q.cypher, formatParams(params))}
              />
            )}
            {sideTab === 'history' && (
              <HistoryPanel
                t={t}
                lang={lang}
                history={history}
                onRestore={(h) => toEditor(h.query, h.params)}
                curatedTitleOf={curatedTitleOf}
                onClear={() => setHistory([])}
              />
            )}
            {sideTab === 'saved' && (
              <SavedPanel
                t={t}
                saved={saved}
                canSave={!!query.trim()}
                onSave={(name) => {
                  setSaved((s) => saveQuery(s, { name, query, params: paramsText }));
                  setToast(t('saved', { name }));
                }}
                onOpen={(s) => toEditor(s.query, s.params)}
                onDelete={(s) => setSaved((list) => deleteSaved(list, s.id))}
              />
            )}
            {sideTab === 'schema' && (
              <SchemaPanel
                t={t}
                lang={lang}
                entry={schema}
                onInsert={(q) => toEditor(q, '')}
                onShowDiagram={() => setResultTab('schema')}
              />
            )}
          </ErrorBoundary>
        </div>
      </aside>

      <main className="wb-main" id="wb-main">
        <div className="wb-editor-row">
          <div className="wb-editor-box" id="wb-editor">
            <ErrorBoundary {...region('editor')}>
              <Suspense
                fallback={
                  <div className="wb-editor-loading" role="status">
                    {t('editorLoading')}
                  </div>
                }
              >
                <CypherEditor
                  handle={editorRef}
                  value={query}
                  onChange={setQuery}
                  onRun={() => runEditor()}
                  schema={editorSchema}
                  marker={marker}
                  ariaLabel={t('editorLabel')}
                  placeholder={t('editorPlaceholder')}
                />
              </Suspense>
            </ErrorBoundary>
          </div>
          <ParamsEditor t={t} text={paramsText} parsed={parsed} missing={missing} onChange={setParamsText} onRun={() => runEditor()} />
        </div>

        <div className="wb-toolbar" role="toolbar" aria-label={t('editorLabel')}>
          <button type="button" className="btn btn-primary wb-run" onClick={() => runEditor()} disabled={running} data-testid="run">
            <Icon name="play" size={15} /> {running ? t('running') : t('run')}
          </button>
          {running && (
            <button type="button" className="btn" onClick={cancel} data-testid="cancel">
              {t('cancel')}
            </button>
          )}
          <span className="muted small wb-hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> {t('runHint')}
          </span>
          <span className="wb-spacer" />
          <button type="button" className="btn btn-small" onClick={() => toEditor('', '')} disabled={!query && !paramsText}>
            {t('clearEditor')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setSideOpen(true);
              setSideTab('saved');
              requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="save-name"]')?.focus());
            }}
            data-testid="save"
          >
            <Icon name="bookmark" size={15} /> {t('save')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setShareOpen((o) => !o)}
            aria-expanded={shareOpen}
            aria-controls="wb-share"
            data-testid="share"
          >
            <Icon name="link" size={15} /> {t('share')}
          </button>
          {shareOpen && (
            <div
              className="wb-share"
              id="wb-share"
              role="group"
              aria-label={t('shareTitle')}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setShareOpen(false);
              }}
            >
              <label htmlFor="wb-share-url" className="wb-label">
                {t('shareTitle')}
              </label>
              <input
                id="wb-share-url"
                className="input mono"
                readOnly
                value={shareUrl}
                onFocus={(e) => e.target.select()}
                data-testid="share-url"
              />
              <label className="wb-check small">
                <input type="checkbox" checked={shareRun} onChange={(e) => setShareRun(e.target.checked)} data-testid="share-run" />
                {t('shareRun')}
              </label>
              <div className="wb-share-actions">
                <button type="button" className="btn btn-primary btn-small" onClick={() => void copyShare()} data-testid="share-copy">
                  {copied ? t('shareCopied') : t('shareCopy')}
                </button>
                <button type="button" className="btn btn-small" onClick={() => setShareOpen(false)}>
                  {t('shareClose')}
                </button>
              </div>
            </div>
          )}
          {toast && (
            <span className="wb-toast" role="status">
              {toast}
            </span>
          )}
        </div>

        <ErrorBoundary {...region('results')}>
          <ResultPanel
            t={t}
            lang={lang}
            kit={kit}
            run={run}
            tab={resultTab}
            onTab={setResultTab}
            schema={schema?.data}
            examples={EXAMPLES.map((x) => ({ label: t(x.key), query: x.query, params: x.params }))}
            onExample={(q, p) => {
              toEditor(q, p ?? '');
              runEditor({ query: q, paramsText: p ?? '' });
            }}
            onGoToError={() => run.position && editorRef.current?.goTo(run.position.offset)}
            onRetry={() => (run.request?.kind === 'curated' ? void execute(run.request) : runEditor())}
            curatedTitleOf={curatedTitleOf}
          />
        </ErrorBoundary>
      </main>
    </div>
  );
}
