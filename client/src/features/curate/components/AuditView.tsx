// The audit log: entries newest first, filtered by kind, who and dates; each opens to show every
// fact's properties before and after; "Older entries" pages on; exports as JSON Lines or CSV.
import { Fragment, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../../server/shared/contracts.ts';
import { ApiRequestError } from '../../../api/http.ts';
import { Spinner } from '../../../components/Feedback.tsx';
import { downloadBlob } from '../../../lib/download.ts';
import { auditExportUrl, authedBlob, listAudit, revertAudit, type AuditQuery } from '../api/authed.ts';
import { errorText } from './error-text.ts';
import { formatValue } from './ValueCell.tsx';

const KINDS = ['import', 'edit', 'merge', 'retraction', 'proposal', 'document', 'revert'] as const;

export function AuditView({ t, locale, hasToken }: { t: TFunction<'curate'>; locale: string; hasToken: boolean }) {
  const [draft, setDraft] = useState<AuditQuery>({});
  const [filter, setFilter] = useState<AuditQuery>({});
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const revert = async (id: string) => {
    if (!window.confirm(t('revertConfirm'))) return;
    setBusy(true);
    setNotice(null);
    try {
      await revertAudit(id);
      setNotice(t('reverted'));
      setReload((n) => n + 1);
    } catch (e) {
      const err = e as ApiRequestError;
      const conflicts = (err.details as { conflicts?: { id: string }[] } | undefined)?.conflicts;
      setError(conflicts?.length ? t('revertConflict', { ids: conflicts.map((c) => c.id).join(', ') }) : errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  // The first page, again whenever the filter or the token changes.
  useEffect(() => {
    if (!hasToken) return;
    let live = true;
    listAudit(filter).then(
      (page) => {
        if (!live) return;
        setEntries(page.entries);
        setCursor(page.nextCursor);
        setError(null);
      },
      (e: ApiRequestError) => {
        if (!live) return;
        setEntries(null);
        setError(errorText(t, e));
      },
    );
    return () => {
      live = false;
    };
  }, [filter, hasToken, t, reload]);
  const loadMore = async (more: string) => {
    setBusy(true);
    try {
      const page = await listAudit({ ...filter, cursor: more });
      setEntries((prev) => [...(prev ?? []), ...page.entries]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(errorText(t, e as ApiRequestError));
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: 'jsonl' | 'csv') => {
    try {
      downloadBlob(await authedBlob(auditExportUrl(filter, format)), `audit-log.${format}`);
    } catch (e) {
      setError(errorText(t, e as ApiRequestError));
    }
  };
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const set = (k: keyof AuditQuery) => (v: string) => setDraft((d) => ({ ...d, [k]: v || undefined }));

  return (
    <section className="curate-section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditTitle')}</h2>
      <p className="curate-hint">{t('auditHelp')}</p>
      <form
        className="curate-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...draft });
        }}
      >
        <label>
          <span className="field-label">{t('filterKind')}</span>
          <select className="select" value={draft.kind ?? ''} onChange={(e) => set('kind')(e.target.value)} data-testid="audit-kind">
            <option value="">{t('anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`auditKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">{t('filterActor')}</span>
          <input className="input" value={draft.actor ?? ''} onChange={(e) => set('actor')(e.target.value)} data-testid="audit-actor" />
        </label>
        <label>
          <span className="field-label">{t('filterFrom')}</span>
          <input className="input" type="date" value={draft.from ?? ''} onChange={(e) => set('from')(e.target.value)} />
        </label>
        <label>
          <span className="field-label">{t('filterTo')}</span>
          <input className="input" type="date" value={draft.to ?? ''} onChange={(e) => set('to')(e.target.value)} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={!hasToken}>
          {t('applyFilters')}
        </button>
        <span className="curate-filters-spacer" />
        <button type="button" className="btn" disabled={!hasToken} onClick={() => void exportAs('jsonl')} data-testid="audit-export-jsonl">
          {t('exportJsonl')}
        </button>
        <button type="button" className="btn" disabled={!hasToken} onClick={() => void exportAs('csv')} data-testid="audit-export-csv">
          {t('exportCsv')}
        </button>
      </form>

      {!hasToken && <p className="curate-note">{t('needToken')}</p>}
      {notice && (
        <p className="curate-success" role="status" data-testid="audit-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="curate-error" role="alert" data-testid="audit-error">
          {error}
        </p>
      )}
      {hasToken && !entries && !error && <Spinner label={t('loading')} />}
      {entries && entries.length === 0 && (
        <p className="curate-note" data-testid="audit-empty">
          {t('noEntries')}
        </p>
      )}
      {entries && entries.length > 0 && (
        <div className="curate-table-wrap is-tall">
          <table className="curate-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t('colTime')}</th>
                <th>{t('colActor')}</th>
                <th>{t('filterKind')}</th>
                <th>{t('colSummary')}</th>
                <th>{t('colSources')}</th>
                <th>{t('colChanges')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const isOpen = open.has(e.id);
                return (
                  <Fragment key={e.id}>
                    <tr data-testid="audit-row">
                      <td>
                        <time dateTime={e.at}>{time(e.at)}</time>
                      </td>
                      <td>{e.actor}</td>
                      <td>{t(`auditKinds.${e.kind}`)}</td>
                      <td title={e.summary}>{t('opsSummary', { create: e.ops.create, update: e.ops.update, delete: e.ops.delete })}</td>
                      <td className="curate-sources">{e.sources.join(', ')}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-expanded={isOpen}
                          onClick={() =>
                            setOpen((s) => {
                              const n = new Set(s);
                              if (isOpen) n.delete(e.id);
                              else n.add(e.id);
                              return n;
                            })
                          }
                        >
                          {e.changeCount} · {isOpen ? t('hideChanges') : t('showChanges')}
                        </button>
                        {e.revertedBy ? (
                          <span className="curate-hint"> {t('revertedBy')}</span>
                        ) : (
                          e.kind !== 'revert' && (
                            <button
                              type="button"
                              className="btn btn-small"
                              disabled={busy}
                              onClick={() => void revert(e.id)}
                              data-testid="audit-revert"
                            >
                              {t('revert')}
                            </button>
                          )
                        )}
                      </td>
                    </tr>
                    {isOpen && (
                      <tr className="curate-detail">
                        <td colSpan={6}>
                          <Changes t={t} entry={e} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" className="btn" disabled={busy} onClick={() => void loadMore(cursor)} data-testid="audit-more">
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}

function Changes({ t, entry }: { t: TFunction<'curate'>; entry: AuditEntry }) {
  return (
    <div className="curate-changes">
      {entry.changes.map((c) => {
        const keys = [...new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})])].sort();
        const shown = keys.filter((k) => c.op !== 'update' || formatValue(c.before?.[k]) !== formatValue(c.after?.[k]));
        return (
          <div key={`${c.entity}/${c.id}`} className="curate-change">
            <p>
              <strong>{t(`op.${c.op}`)}</strong> {t(`kinds.${c.entity}`)} {c.label} <code>{c.id}</code>
            </p>
            <table className="curate-table is-compact">
              <thead>
                <tr>
                  <th>{t('colField')}</th>
                  <th>{t('colBefore')}</th>
                  <th>{t('colAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((k) => (
                  <tr key={k}>
                    <td>
                      <code>{k}</code>
                    </td>
                    <td className="curate-before">{formatValue(c.before?.[k])}</td>
                    <td className="curate-after">{formatValue(c.after?.[k])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {entry.changeCount > entry.changes.length && (
        <p className="curate-hint">{t('moreChanges', { count: entry.changeCount - entry.changes.length })}</p>
      )}
    </div>
  );
}
