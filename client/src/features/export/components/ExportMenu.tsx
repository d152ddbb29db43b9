// The header's export menu (ARIA menu button): PNG with title and source footnote, SVG, and
// the current view's data as JSON, CSV (nodes + edges) and GraphML.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode, SourceRef } from '../../../../../server/shared/contracts.ts';
import { Icon } from '../../../components/Icon.tsx';
import type { CanvasHandle } from '../../../lib/canvas-handle.ts';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { citedSourceIds, edgesCsv, fileName, nodesCsv, toGraphml, toJson } from '../../../lib/export/export-data.ts';
import { downloadBlob, downloadPages } from '../../../lib/download.ts';
import { networkSlides, viewSources } from '../../../lib/export/network-slide.ts';
import type { SlideText } from '../../../lib/export/slide-layout.ts';
import './export-menu.css';

export interface ExportMenuProps {
  lang: Lang;
  canvas: () => CanvasHandle | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  sources: Map<string, SourceRef>;
  /** What the view shows, for titles (the selection, or "Network view"). */
  focusName?: string;
  /** A slug for file names (the selected id, or "a-to-b" for a path). */
  fileSlug: string;
  subtitle: string;
}

type Kind = 'png' | 'png4k' | 'svg' | 'json' | 'csv' | 'graphml';

export function ExportMenu(p: ExportMenuProps) {
  const { lang } = p;
  const { t } = useTranslation('export', { lng: toLocale(lang) });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const items: { kind: Kind; label: string }[] = [
    { kind: 'png', label: t('exportPng') },
    { kind: 'png4k', label: t('exportPng4k') },
    { kind: 'svg', label: t('exportSvg') },
    { kind: 'json', label: t('exportJson') },
    { kind: 'csv', label: t('exportCsv') },
    { kind: 'graphml', label: t('exportGraphml') },
  ];

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const title = `${t('appName')} — ${p.focusName ?? t('exportTitleView')}`;
  /** The slide's words: title, what the view shows and the date, and the numbered sources. */
  const slideText = (): SlideText => ({
    title,
    subtitle: p.subtitle,
    date: formatDate(new Date().toISOString().slice(0, 10), lang),
    sourcesHeading: t('exportSourcesLead'),
    sources: viewSources(p, p.sources, (d) => formatDate(d, lang)),
    continued: (from, to) => t('exportContinued', { from, to }),
    pageHeading: t('exportSourcesContinued', { title }),
  });

  const run = async (kind: Kind) => {
    setOpen(false);
    setBusy(true);
    setError(undefined);
    const what = p.fileSlug;
    try {
      const graph = { nodes: p.nodes, edges: p.edges, positions: p.canvas()?.positions() };
      if (kind === 'png' || kind === 'png4k' || kind === 'svg') {
        const c = p.canvas();
        if (!c) throw new Error('canvas not ready');
        const ext = kind === 'svg' ? 'svg' : 'png';
        const pages = await networkSlides(c, slideText(), kind === 'png4k' ? 'uhd' : 'hd', ext);
        await downloadPages(pages, fileName(what, ext));
      } else if (kind === 'json') {
        const sources = citedSourceIds(graph).map((id) => p.sources.get(id) ?? { id, title: id });
        const json = toJson(graph, { title, url: location.href, exportedAt: new Date().toISOString(), sources });
        downloadBlob(new Blob([json], { type: 'application/json' }), fileName(what, 'json'));
      } else if (kind === 'csv') {
        downloadBlob(new Blob([nodesCsv(graph)], { type: 'text/csv;charset=utf-8' }), fileName(`${what}-nodes`, 'csv'));
        await new Promise((r) => setTimeout(r, 400));
        downloadBlob(new Blob([edgesCsv(graph)], { type: 'text/csv;charset=utf-8' }), fileName(`${what}-edges`, 'csv'));
      } else {
        downloadBlob(new Blob([toGraphml(graph, title)], { type: 'application/graphml+xml' }), fileName(what, 'graphml'));
      }
    } catch (e) {
      setError(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
      buttonRef.current?.focus();
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const els = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = els.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      els[(i + 1) % els.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      els[(i - 1 + els.length) % els.length]?.focus();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen((o) => !o)}
        disabled={busy}
        data-testid="export-button"
      >
        <Icon name="download" size={16} /> {busy ? t('exporting') : t('export')}
        <Icon name="chevron" size={14} />
      </button>
      {open && (
        <ul id="export-menu" ref={menuRef} role="menu" className="menu" aria-label={t('export')} onKeyDown={onMenuKey}>
          {items.map((it) => (
            <li key={it.kind} role="none">
              <button type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => run(it.kind)} data-export={it.kind}>
                {it.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="toast toast-error" role="alert">
          {error}
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setError(undefined)}>
            {t('dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
