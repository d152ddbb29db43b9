// The left panel: the legend doubles as the label filter, then relationship types, places,
// the time window, the reference-data layer and display options. Counts are "in view".
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode, SchemaResponse } from '../../../../../server/shared/contracts.ts';
import { LabelGlyph } from '../../../components/LabelGlyph.tsx';
import { countBy, placeOptions } from '../../../lib/filters.ts';
import { toLocale } from '../../../i18n/index.ts';
import { labelName, typeName } from '../../../i18n/model.ts';
import { ALL_LABELS, type Lang, type ViewState } from '../../../lib/view-state.ts';
import { TimeRange } from './TimeRange.tsx';
import './filter-panel.css';

export interface FilterPanelProps {
  lang: Lang;
  state: ViewState;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Graph before the place filter, so places filtered out can still be chosen. */
  placeNodes: GraphNode[];
  placeEdges: GraphEdge[];
  schema?: SchemaResponse;
  allTypes: string[];
  onToggleLabel: (label: string) => void;
  onToggleType: (type: string) => void;
  onSetTypes: (types: string[] | null) => void;
  onTogglePlace: (place: string) => void;
  onClearPlaces: () => void;
  onWindow: (from: number | undefined, to: number | undefined) => void;
  onDatedOnly: (on: boolean) => void;
  onReference: (on: boolean) => void;
  onSizeByDegree: (on: boolean) => void;
  onWebgl: (on: boolean) => void;
}

function Section({
  title,
  children,
  hint,
  defaultOpen = true,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  hint?: string;
  defaultOpen?: boolean;
  testId?: string;
}) {
  return (
    <details className="panel-section" open={defaultOpen} data-testid={testId}>
      <summary>
        <span>{title}</span>
      </summary>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </details>
  );
}

export function FilterPanel(p: FilterPanelProps) {
  const { lang, state } = p;
  const { t } = useTranslation('filters', { lng: toLocale(lang) });
  const labelCounts = useMemo(() => countBy(p.nodes, (n) => n.label), [p.nodes]);
  const typeCounts = useMemo(() => countBy(p.edges, (e) => e.type), [p.edges]);
  const totals = useMemo(() => new Map(p.schema?.labels.map((l) => [l.label, l.count]) ?? []), [p.schema]);
  const [placeQuery, setPlaceQuery] = useState('');
  const places = useMemo(() => placeOptions(p.placeNodes, p.placeEdges), [p.placeNodes, p.placeEdges]);
  const chosen = new Set(state.places);
  const q = placeQuery.trim().toLowerCase();
  const placeList = places
    .filter((o) => o.kind === 'jurisdiction')
    .filter(
      (o) =>
        !q ||
        o.node!.name.toLowerCase().includes(q) ||
        String(o.node!.properties.nameZh ?? '').includes(placeQuery.trim()) ||
        o.id.includes(q),
    );
  const chosenJurisdictionsNotListed = state.places.filter((x) => !x.startsWith('r:') && !places.some((o) => o.value === x));
  const regions = places.filter((o) => o.kind === 'region');
  const selectedTypes = state.types ?? p.allTypes;

  return (
    <nav className="filter-panel" aria-label={t('filters')}>
      <Section title={t('legend')} hint={t('legendHint')} testId="legend">
        <ul className="legend" role="group" aria-label={t('legend')}>
          {ALL_LABELS.map((label) => {
            const on = state.labels.includes(label);
            const count = labelCounts.get(label) ?? 0;
            const total = totals.get(label);
            // A type filtered out can still be on screen (pinned, on a path): the legend says so
            // rather than striking out what the canvas shows.
            const shownAnyway = !on && count > 0;
            return (
              <li key={label}>
                <label
                  className={`legend-item${on ? '' : shownAnyway ? ' pinned-only' : ' off'}`}
                  title={shownAnyway ? t('shownAnyway', { n: count, count }) : undefined}
                >
                  <input type="checkbox" checked={on} onChange={() => p.onToggleLabel(label)} data-label={label} />
                  <LabelGlyph label={label} size={16} muted={!on && !shownAnyway} />
                  <span className="legend-name">{labelName(lang, label, true)}</span>
                  <span className="count" title={t('inView')}>
                    {on || shownAnyway ? count : '–'}
                    {total !== undefined && <span className="count-total">/{total}</span>}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title={t('timeWindow')} testId="time-section">
        <TimeRange t={t} from={state.from} to={state.to} onChange={p.onWindow} datedOnly={state.datedOnly} onDatedOnly={p.onDatedOnly} />
      </Section>

      <Section title={t('relTypes')} testId="types">
        <div className="section-tools">
          <button type="button" className="btn btn-ghost btn-small" onClick={() => p.onSetTypes(null)} disabled={state.types === null}>
            {t('all')}
          </button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => p.onSetTypes([])} disabled={state.types?.length === 0}>
            {t('none')}
          </button>
        </div>
        <ul className="check-list types" role="group" aria-label={t('relTypes')}>
          {p.allTypes.map((type) => {
            const on = selectedTypes.includes(type);
            return (
              <li key={type}>
                <label className={on ? '' : 'off'}>
                  <input type="checkbox" checked={on} onChange={() => p.onToggleType(type)} data-type={type} />
                  <span className="type-name">{typeName(lang, type)}</span>
                  <span className="count">{on ? (typeCounts.get(type) ?? 0) : '–'}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title={t('places')} hint={t('placesHint')} testId="places" defaultOpen={state.places.length > 0}>
        {state.places.length > 0 && (
          <div className="chips">
            {state.places.map((x) => {
              const o = places.find((pl) => pl.value === x);
              const name = x.startsWith('r:')
                ? x.slice(2)
                : o?.node
                  ? lang === 'zh' && typeof o.node.properties.nameZh === 'string'
                    ? o.node.properties.nameZh
                    : o.node.name
                  : x;
              return (
                <button
                  key={x}
                  type="button"
                  className="chip chip-removable"
                  onClick={() => p.onTogglePlace(x)}
                  aria-label={`${t('close')}: ${name}`}
                >
                  {name} ×
                </button>
              );
            })}
            <button type="button" className="btn btn-ghost btn-small" onClick={p.onClearPlaces}>
              {t('clearPlaces')}
            </button>
          </div>
        )}
        {regions.length > 0 && (
          <>
            <h4 className="subhead">{t('regions')}</h4>
            <ul className="check-list" role="group" aria-label={t('regions')}>
              {regions.map((o) => (
                <li key={o.value}>
                  <label>
                    <input type="checkbox" checked={chosen.has(o.value)} onChange={() => p.onTogglePlace(o.value)} />
                    <span className="type-name">{o.id}</span>
                    <span className="count">{o.count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        <h4 className="subhead">{t('jurisdictions')}</h4>
        <input
          type="search"
          className="input input-small"
          placeholder={t('placesFilter')}
          aria-label={t('placesFilter')}
          value={placeQuery}
          onChange={(e) => setPlaceQuery(e.target.value)}
        />
        <ul className="check-list places-list" role="group" aria-label={t('jurisdictions')}>
          {chosenJurisdictionsNotListed.map((x) => (
            <li key={x}>
              <label>
                <input type="checkbox" checked onChange={() => p.onTogglePlace(x)} />
                <span className="type-name">{x}</span>
              </label>
            </li>
          ))}
          {placeList.slice(0, 60).map((o) => (
            <li key={o.value}>
              <label>
                <input type="checkbox" checked={chosen.has(o.value)} onChange={() => p.onTogglePlace(o.value)} data-place={o.value} />
                <span className="type-name">
                  {lang === 'zh' && typeof o.node!.properties.nameZh === 'string' ? o.node!.properties.nameZh : o.node!.name}
                </span>
                <span className="count">{o.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('display')} testId="display">
        <ul className="check-list">
          <li>
            <label title={t('includeReferenceHint')}>
              <input
                type="checkbox"
                checked={state.includeReference}
                onChange={(e) => p.onReference(e.target.checked)}
                data-testid="include-reference"
              />
              <span className="type-name">{t('includeReference')}</span>
            </label>
          </li>
          <li>
            <label>
              <input type="checkbox" checked={state.sizeByDegree} onChange={(e) => p.onSizeByDegree(e.target.checked)} />
              <span className="type-name">{t('sizeByDegree')}</span>
            </label>
          </li>
          <li>
            <label>
              <input type="checkbox" checked={state.webgl} onChange={(e) => p.onWebgl(e.target.checked)} data-testid="webgl" />
              <span className="type-name">{t('webgl')}</span>
            </label>
          </li>
        </ul>
        <p className="hint">{t('includeReferenceHint')}</p>
      </Section>
    </nav>
  );
}
