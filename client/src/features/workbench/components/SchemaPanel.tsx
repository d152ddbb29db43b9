// The live schema (GET /api/schema): labels and relationship types with their counts and the
// label patterns each type joins, property keys. A click writes a starter query in the editor.
import { urls } from '../../../api/endpoints.ts';
import type { SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { Skeleton } from '../../../components/Feedback.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { retryApi, type ApiEntry } from '../../../api/cache.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { labelName, typeName } from '../../../i18n/model.ts';
import { graphCounts } from '../lib/counts.ts';

export interface SchemaPanelProps {
  t: Translate<'console'>;
  lang: Lang;
  entry: ApiEntry<SchemaResponse> | undefined;
  onInsert: (query: string) => void;
  onShowDiagram: () => void;
}

export function SchemaPanel({ t, lang, entry, onInsert, onShowDiagram }: SchemaPanelProps) {
  const s = entry?.data;
  if (!s) {
    if (entry?.error) {
      return (
        <div className="notice notice-error compact" role="alert">
          <span>{entry.error.message}</span>
          <button type="button" className="btn btn-small" onClick={() => retryApi(urls.schema())}>
            {t('tryAgain')}
          </button>
        </div>
      );
    }
    return (
      <div role="status" aria-label={t('schemaLoading')}>
        <Skeleton lines={8} />
      </div>
    );
  }
  return (
    <div className="wb-schema" data-testid="schema-panel">
      <p className="muted small">{graphCounts(t, s.totals.nodes, s.totals.relationships, (n) => formatNumber(n, lang))}</p>
      <button type="button" className="btn btn-small" onClick={onShowDiagram} data-testid="show-schema-diagram">
        {t('schemaShowDiagram')}
      </button>
      <h3 className="wb-subhead">{t('schemaLabels')}</h3>
      <ul className="wb-schema-list">
        {s.labels.map((l) => (
          <li key={l.label}>
            <button
              type="button"
              className="wb-schema-item"
              onClick={() => onInsert(`MATCH (n:${l.label})\nRETURN n\nLIMIT 25`)}
              title={t('schemaInsertLabel', { label: l.label })}
              data-label={l.label}
            >
              <LabelGlyph label={l.label} size={14} />
              <span className="mono">{l.label}</span>
              {lang === 'zh' && <span className="muted small">{labelName(lang, l.label)}</span>}
              <span className="count">{formatNumber(l.count, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3 className="wb-subhead">{t('schemaTypes')}</h3>
      <ul className="wb-schema-list">
        {s.relationshipTypes.map((r) => (
          <li key={r.type}>
            <button
              type="button"
              className="wb-schema-item"
              onClick={() => onInsert(`MATCH p = ()-[:${r.type}]->()\nRETURN p\nLIMIT 25`)}
              title={t('schemaInsertType', { type: r.type })}
              data-type={r.type}
            >
              <span className="mono">:{r.type}</span>
              <span className="muted small">{typeName(lang, r.type)}</span>
              <span className="count">{formatNumber(r.count, lang)}</span>
            </button>
            <div className="wb-patterns">
              {r.patterns.slice(0, 6).map((p) => (
                <span key={`${p.from}>${p.to}`} className="wb-pattern">
                  {p.from} → {p.to} <span className="muted">{p.count}</span>
                </span>
              ))}
              {r.patterns.length > 6 && <span className="wb-pattern muted">+{r.patterns.length - 6}</span>}
            </div>
          </li>
        ))}
      </ul>
      <h3 className="wb-subhead">{t('schemaKeys')}</h3>
      <p className="wb-keys mono small">{s.propertyKeys.join(' · ')}</p>
    </div>
  );
}
