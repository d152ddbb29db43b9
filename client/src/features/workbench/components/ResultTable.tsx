// The result as a table: one column per returned name, sortable by clicking its header
// (ascending, descending, server order). Nodes show as their label glyph and name, relationships
// as their type, paths as their hops, lists and maps as compact JSON.
import { useMemo, useState } from 'react';
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import type { Lang } from '../../../lib/view-state.ts';
import type { Translate } from '../../../i18n/index.ts';
import { nextSort, sortRows, type SortSpec } from '../lib/sort.ts';
import { cellText, valueKind, type PathValue } from '../lib/values.ts';

function Cell({ v, t, lang }: { v: unknown; t: Translate<'console'>; lang: Lang }) {
  switch (valueKind(v)) {
    case 'null':
      return <span className="wb-null">{t('nullValue')}</span>;
    case 'number':
      return <span className="wb-num">{String(v)}</span>;
    case 'boolean':
      return <span className="wb-bool">{String(v)}</span>;
    case 'string':
      return <>{v as string}</>;
    case 'node': {
      const n = v as GraphNode;
      const name = lang === 'zh' && typeof n.properties.nameZh === 'string' ? n.properties.nameZh : n.name;
      return (
        <span className="wb-node" title={`${n.labels.join(':')} · ${n.id}`}>
          <LabelGlyph label={n.label} size={13} />
          <span>{name}</span>
          <span className="wb-node-id">{n.id}</span>
        </span>
      );
    }
    case 'relationship':
      return <span className="wb-rel">:{(v as GraphEdge).type}</span>;
    case 'path':
      return (
        <span className="wb-path" title={cellText(v)}>
          {t('pathHops', { n: (v as PathValue).segments.length })}: {cellText(v)}
        </span>
      );
    case 'list': {
      const list = v as unknown[];
      if (list.every((x) => ['string', 'number', 'boolean', 'null'].includes(valueKind(x)))) {
        return <span className="wb-list">{list.map((x) => (x === null ? 'null' : String(x))).join(', ')}</span>;
      }
      return <span className="wb-json">{cellText(v)}</span>;
    }
    default:
      return <span className="wb-json">{cellText(v)}</span>;
  }
}

export function ResultTable({
  t,
  lang,
  columns,
  rows,
}: {
  t: Translate<'console'>;
  lang: Lang;
  columns: string[];
  rows: Record<string, unknown>[];
}) {
  const [sort, setSort] = useState<SortSpec>();
  const sorted = useMemo(() => sortRows(rows, sort && columns.includes(sort.column) ? sort : undefined), [rows, sort, columns]);
  return (
    <div className="wb-table-wrap" tabIndex={0} role="region" aria-label={t('tabTable')}>
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
              {columns.map((c) => (
                <td key={c}>
                  <Cell v={row[c]} t={t} lang={lang} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
