// "How is A connected to B?": two entity pickers and a hop limit; the shortest paths are drawn
// on the canvas (by the view) and listed here hop by hop, each hop with its evidence and sources.
import { PATH_HOPS } from '../../../../../server/shared/vocabulary.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathStep, PathsResponse, SourceRef } from '../../../../../server/shared/contracts.ts';
import { EntityCombobox } from '../../../components/EntityCombobox.tsx';
import { ApiErrorNotice, EmptyState, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { retryApi, type ApiEntry } from '../../../api/cache.ts';
import { toLocale, type Lang } from '../../../i18n/index.ts';
import { typeName } from '../../../i18n/model.ts';
import './path-finder.css';

const HOP_CHOICES = Array.from({ length: PATH_HOPS.max - PATH_HOPS.min + 1 }, (_, i) => PATH_HOPS.min + i);

export interface PickedEntity {
  id: string;
  name: string;
}

export interface PathFinderProps {
  lang: Lang;
  path?: { from: string; to: string; maxHops: number };
  /** Default "from" when no path is set (the selection). */
  suggestedFrom?: PickedEntity;
  nameOf: (id: string) => string | undefined;
  entry?: ApiEntry<PathsResponse>;
  url: string | null;
  sources: Map<string, SourceRef>;
  onFind: (from: string, to: string, maxHops: number) => void;
  onClear: () => void;
  onNavigate: (id: string) => void;
  onOpenSource: (id: string) => void;
  onFocusPath: (p?: { nodes: string[]; edges: string[] }) => void;
}

function stepName(step: PathStep, lang: Lang): string {
  const zh = step.node.properties.nameZh;
  return lang === 'zh' && typeof zh === 'string' ? zh : step.node.name;
}

export function PathFinder(p: PathFinderProps) {
  const { lang } = p;
  const { t } = useTranslation('paths', { lng: toLocale(lang) });
  const [from, setFrom] = useState<PickedEntity | undefined>(
    p.path ? { id: p.path.from, name: p.nameOf(p.path.from) ?? p.path.from } : p.suggestedFrom,
  );
  const [to, setTo] = useState<PickedEntity | undefined>(p.path ? { id: p.path.to, name: p.nameOf(p.path.to) ?? p.path.to } : undefined);
  const [hops, setHops] = useState<number>(p.path?.maxHops ?? PATH_HOPS.default);

  // Follow the URL/undo: when the path in the state changes, show it in the pickers.
  const pathKey = p.path ? `${p.path.from}\n${p.path.to}\n${p.path.maxHops}` : '';
  const [shownPathKey, setShownPathKey] = useState(pathKey);
  if (pathKey !== shownPathKey) {
    setShownPathKey(pathKey);
    if (p.path) {
      setFrom({ id: p.path.from, name: p.nameOf(p.path.from) ?? p.path.from });
      setTo({ id: p.path.to, name: p.nameOf(p.path.to) ?? p.path.to });
      setHops(p.path.maxHops);
    }
  }
  // A new selection fills an empty "from" while no path is set.
  const suggestedId = p.suggestedFrom?.id;
  const [seenSuggestedId, setSeenSuggestedId] = useState(suggestedId);
  if (suggestedId !== seenSuggestedId) {
    setSeenSuggestedId(suggestedId);
    if (!p.path && p.suggestedFrom && !from) setFrom(p.suggestedFrom);
  }

  // The name in the page's language once the entity is on the canvas (a shared link knows only ids).
  const shownName = (e: PickedEntity | undefined) => (e ? (p.nameOf(e.id) ?? e.name) : undefined);

  const data = p.entry?.data;
  const paths = data && p.path && data.from === p.path.from && data.to === p.path.to ? data.paths : undefined;
  const hopsOf = paths?.[0] ? paths[0].length - 1 : 0;

  return (
    <div className="path-finder" data-testid="path-finder">
      <h2 className="panel-title">{t('pathTitle')}</h2>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to && from.id !== to.id) p.onFind(from.id, to.id, hops);
        }}
      >
        <EntityCombobox
          lang={lang}
          label={t('pathFromLabel')}
          showLabel
          placeholder={t('pathPick')}
          value={shownName(from)}
          onPick={(h) => setFrom({ id: h.id, name: lang === 'zh' && h.nameZh ? h.nameZh : h.name })}
          testId="path-from"
        />
        <div className="path-swap-row">
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setFrom(to);
              setTo(from);
            }}
            aria-label={t('pathSwap')}
          >
            <Icon name="swap" size={14} /> {t('pathSwap')}
          </button>
        </div>
        <EntityCombobox
          lang={lang}
          label={t('pathToLabel')}
          showLabel
          placeholder={t('pathPick')}
          value={shownName(to)}
          onPick={(h) => setTo({ id: h.id, name: lang === 'zh' && h.nameZh ? h.nameZh : h.name })}
          testId="path-to"
        />
        <div className="path-actions">
          <select
            className="select"
            value={hops}
            onChange={(e) => setHops(Number(e.target.value))}
            aria-label={t('pathMaxHops', { n: hops })}
          >
            {HOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t('pathMaxHops', { n })}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-primary" disabled={!from || !to || from.id === to.id} data-testid="path-find">
            {t('pathFind')}
          </button>
          {p.path && (
            <button type="button" className="btn btn-ghost" onClick={p.onClear}>
              {t('pathClear')}
            </button>
          )}
        </div>
      </form>

      {!p.path && <p className="hint">{t('pathHint')}</p>}
      {p.path && p.entry?.status === 'error' && p.url && (
        <ApiErrorNotice lang={lang} error={p.entry.error!} onRetry={() => retryApi(p.url!)} />
      )}
      {p.path && !paths && p.entry?.status !== 'error' && <Spinner label={t('loading')} />}
      {paths && paths.length === 0 && <EmptyState title={t('pathNone', { n: p.path!.maxHops })} />}
      {paths && paths.length > 0 && (
        <div className="path-results" data-testid="path-results">
          <p className="path-count" role="status">
            {paths.length === 1 ? t('pathCountOne', { hops: hopsOf }) : t('pathCount', { n: paths.length, hops: hopsOf })}
          </p>
          <ol className="paths">
            {paths.map((steps, i) => (
              <li
                key={i}
                className="path"
                data-testid="path"
                onMouseEnter={() =>
                  p.onFocusPath({ nodes: steps.map((s) => s.node.id), edges: steps.flatMap((s) => (s.edge ? [s.edge.id] : [])) })
                }
                onMouseLeave={() => p.onFocusPath(undefined)}
                onFocus={() =>
                  p.onFocusPath({ nodes: steps.map((s) => s.node.id), edges: steps.flatMap((s) => (s.edge ? [s.edge.id] : [])) })
                }
              >
                <h3 className="path-name">{t('pathN', { n: i + 1 })}</h3>
                <ol className="hops">
                  {steps.map((s, k) => (
                    <li key={k} className="hop">
                      <button type="button" className="link hop-node" onClick={() => p.onNavigate(s.node.id)}>
                        <LabelGlyph label={s.node.label} size={13} /> {stepName(s, lang)}
                      </button>
                      {s.edge && (
                        <div className="hop-edge">
                          <span className="hop-type">
                            {s.edge.source === s.node.id ? '↓' : '↑'} {typeName(lang, s.edge.type)}
                          </span>
                          {s.edge.evidence && <blockquote className="evidence">“{s.edge.evidence}”</blockquote>}
                          {(s.edge.sources ?? []).length > 0 && (
                            <ul className="hop-sources">
                              {(s.edge.sources ?? []).map((id) => (
                                <li key={id}>
                                  <button type="button" className="link small" onClick={() => p.onOpenSource(id)}>
                                    <Icon name="doc" size={12} /> {p.sources.get(id)?.title ?? id}
                                  </button>
                                </li>
                              ))}
                            </ul>
                          )}
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
