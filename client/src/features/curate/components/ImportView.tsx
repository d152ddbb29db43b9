// Import with a dry run: drop a seed JSON file or CSV files, see what would be created, changed
// (field by field), left unchanged and what is invalid (by file, row and field), then apply.
// Nothing is written before "Apply"; an invalid file cannot be applied.
import { useCallback, useState, type DragEvent } from 'react';
import type { TFunction } from 'i18next';
import type { ImportPreviewResponse, ImportResponse } from '../../../../../server/shared/contracts.ts';
import { ApiRequestError } from '../../../api/http.ts';
import { Spinner } from '../../../components/Feedback.tsx';
import { lookup, type Lang } from '../../../i18n/index.ts';
import { applyImport, previewImport, type ImportBody } from '../api/authed.ts';
import { readImportFiles, type ReadFiles } from '../lib/import-files.ts';
import { ValueCell } from './ValueCell.tsx';
import { errorText } from './error-text.ts';

type State =
  | { step: 'idle' }
  | { step: 'previewing'; files: ReadFiles }
  | { step: 'preview'; files: ReadFiles; body: ImportBody; preview: ImportPreviewResponse }
  | { step: 'applying'; files: ReadFiles; body: ImportBody; preview: ImportPreviewResponse }
  | { step: 'applied'; result: ImportResponse }
  | { step: 'error'; message: string; files?: ReadFiles };

export function ImportView({ t, lang, onOpenAudit }: { t: TFunction<'curate'>; lang: Lang; onOpenAudit: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [over, setOver] = useState(false);

  const take = useCallback(
    async (list: FileList | null) => {
      const files = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
      const read = readImportFiles(files);
      if (!read.body) return setState({ step: 'error', message: t(`filesProblem.${read.problem ?? 'none'}`) });
      setState({ step: 'previewing', files: read });
      try {
        const preview = await previewImport(read.body);
        setState({ step: 'preview', files: read, body: read.body, preview });
      } catch (e) {
        setState({ step: 'error', message: errorText(t, e as ApiRequestError), files: read });
      }
    },
    [t],
  );

  const apply = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'applying' });
    try {
      setState({ step: 'applied', result: await applyImport(state.body) });
    } catch (e) {
      setState({ step: 'error', message: errorText(t, e as ApiRequestError), files: state.files });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };

  return (
    <section className="curate-section" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p className="curate-hint">{t('importHelp')}</p>
      <div
        className={`curate-drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <span>{t('dropHere')}</span>
        <label className="btn">
          {t('orPick')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            className="sr-only"
            onChange={(e) => {
              void take(e.target.files);
              e.target.value = '';
            }}
            data-testid="import-file"
          />
        </label>
      </div>

      {'files' in state && state.files && state.files.roles.length > 0 && (
        <p className="curate-files" data-testid="import-files">
          {t('filesRead')}:{' '}
          {state.files.roles.map((r) => (
            <span key={r.name} className="curate-chip">
              {r.name} → {t(`roles.${r.role}`)}
            </span>
          ))}
        </p>
      )}

      {state.step === 'previewing' && <Spinner label={t('previewing')} />}
      {state.step === 'applying' && <Spinner label={t('applying')} />}
      {state.step === 'error' && (
        <p className="curate-error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
      {(state.step === 'preview' || state.step === 'applying') && (
        <Preview
          t={t}
          lang={lang}
          preview={state.preview}
          busy={state.step === 'applying'}
          onApply={apply}
          onReset={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'applied' && (
        <Applied t={t} result={state.result} onOpenAudit={onOpenAudit} onReset={() => setState({ step: 'idle' })} />
      )}
    </section>
  );
}

function Counts({
  t,
  created,
  changed,
  unchanged,
  invalid,
}: {
  t: TFunction<'curate'>;
  created: number;
  changed: number;
  unchanged: number;
  invalid?: number;
}) {
  return (
    <dl className="curate-counts" data-testid="import-counts">
      <div className="is-created">
        <dt>{t('created')}</dt>
        <dd>{created}</dd>
      </div>
      <div className="is-changed">
        <dt>{t('changed')}</dt>
        <dd>{changed}</dd>
      </div>
      <div>
        <dt>{t('unchanged')}</dt>
        <dd>{unchanged}</dd>
      </div>
      {invalid !== undefined && (
        <div className={invalid ? 'is-invalid' : ''}>
          <dt>{t('invalid')}</dt>
          <dd>{invalid}</dd>
        </div>
      )}
    </dl>
  );
}

const sum = (o: { nodes: number; relationships: number; sources: number }) => o.nodes + o.relationships + o.sources;

function Listed({ t, shown, total }: { t: TFunction<'curate'>; shown: number; total: number }) {
  return shown < total ? <p className="curate-hint">{t('listedOf', { shown, total })}</p> : null;
}

function Preview({
  t,
  lang,
  preview,
  busy,
  onApply,
  onReset,
}: {
  t: TFunction<'curate'>;
  lang: Lang;
  preview: ImportPreviewResponse;
  busy: boolean;
  onApply: () => void;
  onReset: () => void;
}) {
  const { report, problems, problemCount } = preview;
  const created = sum(report.created);
  const unchanged = sum(report.unchanged);
  const nothing = preview.valid && created === 0 && report.changedTotal === 0;
  return (
    <div className="curate-preview" data-testid="import-preview">
      <h3>
        {t('preview')} <span className="curate-hint">{t('previewNote')}</span>
      </h3>
      <Counts t={t} created={created} changed={report.changedTotal} unchanged={unchanged} invalid={problemCount} />
      {problemCount > 0 && (
        <>
          <h4 className="curate-invalid-title">{t('invalid')}</h4>
          <p className="curate-error" role="alert">
            {t('invalidNote', { count: problemCount })}
          </p>
          <div className="curate-table-wrap">
            <table className="curate-table" data-testid="import-invalid">
              <thead>
                <tr>
                  <th>{t('colFile')}</th>
                  <th>{t('colRow')}</th>
                  <th>{t('colField')}</th>
                  <th>{t('colProblem')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.file}</td>
                    <td>{p.record}</td>
                    <td>
                      <code>{p.field}</code>
                    </td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Listed t={t} shown={problems.length} total={problemCount} />
        </>
      )}
      {report.changed.length > 0 && (
        <>
          <h4>{t('changed')}</h4>
          <div className="curate-table-wrap">
            <table className="curate-table" data-testid="import-changed">
              <thead>
                <tr>
                  <th>{t('colKind')}</th>
                  <th>{t('colId')}</th>
                  <th>{t('colField')}</th>
                  <th>{t('colBefore')}</th>
                  <th>{t('colAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {report.changed.flatMap((c) =>
                  c.changes.map((f, i) => (
                    <tr key={`${c.id}/${f.field}`}>
                      {i === 0 && <td rowSpan={c.changes.length}>{t(`kinds.${c.kind}`)}</td>}
                      {i === 0 && (
                        <td rowSpan={c.changes.length}>
                          <code>{c.id}</code>
                        </td>
                      )}
                      <td>
                        <code>{f.field}</code>
                      </td>
                      <ValueCell value={f.before} className="curate-before" />
                      <ValueCell value={f.after} className="curate-after" />
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <Listed t={t} shown={report.changed.length} total={report.changedTotal} />
        </>
      )}
      <ItemTable t={t} lang={lang} title={t('created')} items={report.createdItems ?? []} total={created} testId="import-created" />
      <ItemTable t={t} lang={lang} title={t('unchanged')} items={report.unchangedItems ?? []} total={unchanged} testId="import-unchanged" />
      {nothing && <p className="curate-note">{t('nothingToDo')}</p>}
      <div className="curate-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!preview.valid || nothing || busy}
          onClick={onApply}
          data-testid="import-apply"
        >
          {t('apply')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onReset}>
          {t('startOver')}
        </button>
      </div>
    </div>
  );
}

function ItemTable({
  t,
  lang,
  title,
  items,
  total,
  testId,
}: {
  t: TFunction<'curate'>;
  lang: Lang;
  title: string;
  items: NonNullable<ImportPreviewResponse['report']['createdItems']>;
  total: number;
  testId: string;
}) {
  if (!total) return null;
  return (
    <>
      <h4>
        {title} ({total})
      </h4>
      <div className="curate-table-wrap">
        <table className="curate-table" data-testid={testId}>
          <thead>
            <tr>
              <th>{t('colKind')}</th>
              <th>{t('colLabel')}</th>
              <th>{t('colId')}</th>
              <th>{t('colName')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((it) => (
              <tr key={`${it.kind}/${it.id}`}>
                <td>{t(`kinds.${it.kind}`)}</td>
                <td>{lookup(lang, 'common', ['labels', it.label]) ?? lookup(lang, 'common', ['types', it.label]) ?? it.label}</td>
                <td>
                  <code>{it.id}</code>
                </td>
                <td>{it.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Listed t={t} shown={items.length} total={total} />
    </>
  );
}

function Applied({
  t,
  result,
  onOpenAudit,
  onReset,
}: {
  t: TFunction<'curate'>;
  result: ImportResponse;
  onOpenAudit: () => void;
  onReset: () => void;
}) {
  const { report } = result;
  return (
    <div className="curate-applied" role="status" data-testid="import-applied">
      <p className="curate-success">
        {result.auditId
          ? t('applied', { created: sum(report.created), changed: report.changedTotal, unchanged: sum(report.unchanged) })
          : t('appliedNothing')}
      </p>
      {result.auditId && (
        <p>
          {t('auditRecorded')} <code>{result.auditId}</code>
        </p>
      )}
      <div className="curate-actions">
        {result.auditId && (
          <button type="button" className="btn btn-primary" onClick={onOpenAudit} data-testid="import-open-audit">
            {t('openAudit')}
          </button>
        )}
        <button type="button" className="btn" onClick={onReset}>
          {t('startOver')}
        </button>
      </div>
    </div>
  );
}
