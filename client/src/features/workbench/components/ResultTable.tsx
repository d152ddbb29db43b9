// The result as a table: one column per returned name, sortable by clicking its header
// (ascending, descending, server order). Values read as they mean (lib/cell-display.ts): nodes and
// ids that are nodes as named chips, lists as lists (long ones folded, "+N more"), maps as fields,
// dates as dates, relationships as their key, paths as their hops. The JSON tab and the CSV export
// keep the raw values.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NodeRef } from '../../../../../server/shared/contracts.ts';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { Translate } from '../../../i18n/index.ts';
import { cellDisplay, type Display, type DisplayContext } from '../lib/cell-display.ts';
import { idColumns } from '../lib/result-ids.ts';
import { nextSort, sortRows, type SortSpec } from '../lib/sort.ts';

/** Items of a list shown before "+N more". */
const LIST_PREVIEW = 6;
/** Text longer than this (evidence, notes) gets a wider column. */
const LONG_TEXT = 80;

function ListView({ d, t }: { d: Extract<Display, { kind: 'list' }>; t: Translate<'console'> }) {
  const [open, setOpen] = useState(false);
  if (!d.items.length) return <span className="wb-null">{t('emptyList')}</span>;
  const shown = open ? d.items : d.items.slice(0, LIST_PREVIEW);
  const rest = d.items.length - shown.length;
  const more =
    rest > 0 || open ? (
      <button type="button" className="wb-more" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('listFewer') : t('listMore', { n: rest, count: rest })}
      </button>
    ) : null;
  if (d.block) {
    return (
      <ul className="wb-cell-list">
        {shown.map((x, i) => (
          <li key={i}>
            <DisplayView d={x} t={t} />
          </li>
        ))}
        {more && <li className="wb-cell-list-more">{more}</li>}
      </ul>
    );
  }
  return (
    <span className="wb-inline-list">
      {shown.map((x, i) => (
        <span key={i} className="wb-inline-item">
          <DisplayView d={x} t={t} />
        </span>
      ))}
      {more}
    </span>
  );
}

function DisplayView({ d, t }: { d: Display; t: Translate<'console'> }) {
  switch (d.kind) {
    case 'null':
      return <span className="wb-null">{t('nullValue')}</span>;
    case 'number':
      return (
        <span className="wb-num" title={d.title}>
          {d.text}
        </span>
      );
    case 'boolean':
      return <span className="wb-bool">{d.text}</span>;
    case 'date':
      return (
        <time className="wb-date" dateTime={d.title} title={d.title}>
          {d.text}
        </time>
      );
    case 'text':
      return d.title ? <span title={d.title}>{d.text}</span> : <>{d.text}</>;
    case 'entity':
      return (
        <span className={`wb-node${d.document ? ' wb-doc' : ''}`} title={d.title} data-id={d.id}>
          {d.label && <LabelGlyph label={d.label} size={13} />}
          <span className="wb-node-name">{d.name}</span>
          {d.showId && <span className="wb-node-id">{d.id}</span>}
        </span>
      );
    case 'relType':
      return (
        <span className="wb-reltype">
          <span className="wb-rel">{d.type}</span>
          {d.name && (
            <>
              {' '}
              <span className="wb-reltype-name">{d.name}</span>
            </>
          )}
        </span>
      );
    case 'relationship':
      return <span className="wb-rel">{d.text}</span>;
    case 'path':
      return (
        <span className="wb-path" title={d.text}>
          {t('pathHops', { n: d.hops })}: {d.text}
        </span>
      );
    case 'list':
      return <ListView d={d} t={t} />;
    case 'record':
      return (
        <span className="wb-record">
          {d.head && <DisplayView d={d.head} t={t} />}
          {d.fields.map((f) => (
            <span key={f.key} className="wb-field-pair">
              <span className="wb-key">{f.key}</span> <DisplayView d={f.value} t={t} />
            </span>
          ))}
        </span>
      );
  }
}

export function ResultTable({
  t,
  lang,
  columns,
  rows,
  refs,
}: {
  t: Translate<'console'>;
  lang: Lang;
  columns: string[];
  rows: Record<string, unknown>[];
  /** The nodes among the ids the rows hold (GET /api/node-refs), by id. */
  refs: ReadonlyMap<string, NodeRef>;
}) {
  const [sort, setSort] = useState<SortSpec>();
  const sorted = useMemo(() => sortRows(rows, sort && columns.includes(sort.column) ? sort : undefined), [rows, sort, columns]);
  const ctx: DisplayContext = useMemo(() => ({ lang, refs, idColumns: idColumns(columns, rows) }), [lang, refs, columns, rows]);
  // A wide result scrolls sideways: a shade on the side where more columns are says so.
  const wrapRef = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const update = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, []);
  const scrollBy = (dir: 1 | -1) => wrapRef.current?.scrollBy({ left: dir * wrapRef.current.clientWidth * 0.7, behavior: 'smooth' });
  return (
    <div className="wb-table-frame" data-more-left={more.left} data-more-right={more.right}>
      <div className="wb-table-wrap" ref={wrapRef} tabIndex={0} role="region" aria-label={t('tabTable')}>
        <table className="wb-table" data-testid="result-table" data-rows={rows.length}>
          <thead>
            <tr>
              <th scope="col" className="wb-rownum">
                {t('rowNumber')}
              </th>
              {columns.map((c) => {
                const dir = sort?.column === c ? sort.dir : undefined;
                return (
                  <th key={c} scope="col" aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
                    <button
                      type="button"
                      className="wb-sort"
                      onClick={() => setSort((s) => nextSort(s, c))}
                      title={t('sortBy', { column: c })}
                      data-column={c}
                    >
                      <span>{c}</span>
                      <span className="wb-sort-mark" aria-hidden="true">
                        {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, i) => (
              <tr key={i}>
                <td className="wb-rownum">{i + 1}</td>
                {columns.map((c) => {
                  const d = cellDisplay(row[c], c, ctx);
                  return (
                    <td key={c} data-kind={d.kind} data-long={d.kind === 'text' && d.text.length > LONG_TEXT ? '' : undefined}>
                      <DisplayView d={d} t={t} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more.left && (
        <button type="button" className="wb-scroll-more left" onClick={() => scrollBy(-1)} title={t('tableScrollLeft')} tabIndex={-1}>
          ‹
        </button>
      )}
      {more.right && (
        <button
          type="button"
          className="wb-scroll-more right"
          onClick={() => scrollBy(1)}
          title={t('tableScrollRight')}
          tabIndex={-1}
          data-testid="table-scroll-right"
        >
          ›
        </button>
      )}
    </div>
  );
}
