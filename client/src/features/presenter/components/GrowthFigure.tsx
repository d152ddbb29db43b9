// A growth chart with everything around it: loading and error states, the key to its markers,
// export (PNG and SVG with title and source footnote), and beside it the point behind a click,
// the counts with no date, what the derived lines count, the milestones and every point as a
// keyboard-reachable list. In presentation mode only the chart and the point details remain.
import { urls as api } from '../../../api/endpoints.ts';
import { useCallback, useMemo, useState } from 'react';
import type { GrowthResponse, SourceRef } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi, useApiMany } from '../../../api/cache.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { downloadBlob } from '../../../lib/download.ts';
import { useSameArray } from '../../../lib/use-same-array.ts';
import { unitName } from '../lib/unit-name.ts';
import { buildChartOption, LOWER_BOUND_SYMBOL } from '../lib/chart-option.ts';
import { buildChartModel, type ChartModel, type MarkerKind, type PointRef } from '../lib/chart-series.ts';
import { chartToPng, chartToSvg } from '../lib/echarts.ts';
import { milestoneTooltip, pointTooltip, sourceLine, valueText } from '../lib/point-text.ts';
import type { MilestoneMode } from '../lib/present-url.ts';
import { GrowthChart } from './GrowthChart.tsx';
import { PointDetails } from './PointDetails.tsx';

export const EXPORT_SIZE = { width: 1600, height: 900 };
const MAX_FOOT_SOURCES = 5;

export interface GrowthFigureProps {
  orgIds: string[];
  units?: string[];
  milestones: MilestoneMode;
  lang: Lang;
  t: Translate<'presenter'>;
  variant: 'charts' | 'story' | 'present';
  sources: Map<string, SourceRef>;
  /** Adds the chart as a step of the draft story. */
  onAddToStory?: (orgIds: string[], units: string[], title: string) => void;
}

function MarkerGlyph({ kind, color = '#1f5fbf' }: { kind: MarkerKind | 'span'; color?: string }) {
  const box = { width: 30, height: 18, viewBox: '0 0 30 18', 'aria-hidden': true } as const;
  switch (kind) {
    case 'lower':
      return (
        <svg {...box}>
          <path
            d={LOWER_BOUND_SYMBOL.replace('path://', '')}
            transform="translate(8 0) scale(0.85)"
            fill="#fff"
            stroke={color}
            strokeWidth={2.2}
          />
        </svg>
      );
    case 'approx':
      return (
        <svg {...box}>
          <circle cx={15} cy={9} r={6} fill="#fff" stroke={color} strokeWidth={2.2} strokeDasharray="3 2" />
        </svg>
      );
    case 'computed':
      return (
        <svg {...box}>
          <path d="M15 2l7 7l-7 7l-7-7z" fill={color} />
        </svg>
      );
    case 'cumulative':
      return (
        <svg {...box}>
          <path d="M1 14h9V8h9V3h10" fill="none" stroke={color} strokeWidth={2.4} strokeDasharray="5 3" />
        </svg>
      );
    case 'span':
      return (
        <svg {...box}>
          <rect x={2} y={5} width={26} height={8} fill={color} opacity={0.22} />
          <circle cx={2.5} cy={9} r={4} fill={color} />
        </svg>
      );
    default:
      return (
        <svg {...box}>
          <line x1={1} y1={9} x2={29} y2={9} stroke={color} strokeWidth={2.6} />
          <circle cx={15} cy={9} r={5} fill={color} stroke="#fff" strokeWidth={1.5} />
        </svg>
      );
  }
}

function ChartKey({ model, t }: { model: ChartModel; t: Translate<'presenter'> }) {
  const kinds = new Set(model.points.map((p) => p.marker));
  const hasSpans = model.panels.some((p) => p.lines.some((l) => l.spans.length));
  const items: [MarkerKind | 'span', string][] = [
    ['exact', t('keyExact')],
    ['lower', t('keyLower')],
    ['approx', t('keyApprox')],
    ['computed', t('keyComputed')],
    ['cumulative', t('keyCumulative')],
  ];
  return (
    <ul className="chart-key" aria-label={t('keyTitle')} data-testid="chart-key">
      {items
        .filter(([k]) => kinds.has(k as MarkerKind))
        .map(([k, text]) => (
          <li key={k} data-kind={k}>
            <MarkerGlyph kind={k} /> {text}
          </li>
        ))}
      {hasSpans && (
        <li data-kind="span">
          <MarkerGlyph kind="span" /> {t('keySpan')}
        </li>
      )}
    </ul>
  );
}

export function chartTitle(model: ChartModel, lang: Lang, t: Translate<'presenter'>): string {
  const names = model.orgs.map((o) => o.name);
  const orgs = names.length > 1 ? `${names.slice(0, -1).join(t('listComma'))}${t('listAnd')}${names[names.length - 1]}` : names.join('');
  return t('chartTitle', { orgs });
}

/** "1 · 2006 SPP established IAACA; …" for the milestones, in at most `max` lines. */
export function milestoneLines(model: ChartModel, lang: Lang, t: Translate<'presenter'>, max = 2): string[] {
  if (!model.milestones.length) return [];
  const items = model.milestones.map((c) => `${c.n} · ${formatDate(c.items[0]!.date, lang)} ${c.items.map((m) => m.title).join('; ')}`);
  const per = Math.ceil(items.length / max);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += per)
    lines.push(`${i === 0 ? `${t('milestonesTitle')}: ` : ''}${items.slice(i, i + per).join('   ')}`);
  return lines;
}

export function footnoteLines(model: ChartModel, lang: Lang, t: Translate<'presenter'>, sources: Map<string, SourceRef>): string[] {
  const lines = model.sources
    .slice(0, MAX_FOOT_SOURCES)
    .map((id, i) => `${i + 1}. ${sourceLine(sources.get(id), id, lang)}${sources.get(id)?.url ? ` <${sources.get(id)!.url}>` : ''}`);
  if (model.sources.length > MAX_FOOT_SOURCES) lines.push(t('moreSources', { n: model.sources.length - MAX_FOOT_SOURCES }));
  return [
    ...milestoneLines(model, lang, t),
    `${t('sources')}:`,
    ...lines,
    t('footnote', { date: new Date().toISOString().slice(0, 10), url: location.href }),
  ];
}

export function GrowthFigure(p: GrowthFigureProps) {
  const { orgIds, units, milestones, lang, t, variant, sources } = p;
  const urls = orgIds.map((id) => api.growth(id));
  const entries = useApiMany<GrowthResponse>(urls);
  const loading = entries.some((e) => e?.status === 'loading' && !e.data);
  const failed = entries.findIndex((e) => !!e?.error && !e.data);
  // The same array while the answers are the same objects, so the chart is rebuilt only on change.
  const growth = useSameArray(entries.map((e) => e?.data).filter((g): g is GrowthResponse => !!g));
  // Likewise the units, by content (a new array with the same units keeps the chart).
  const unitList = useSameArray(units ?? []);
  const model = useMemo(
    () => buildChartModel(growth, { units: unitList.length ? unitList : undefined, milestones, lang }),
    [growth, unitList, milestones, lang],
  );
  const [selected, setSelected] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const ref: PointRef | undefined = selected !== undefined ? model.refs[selected] : undefined;
  const title = chartTitle(model, lang, t);
  const fontScale = variant === 'present' ? 1.55 : 1.25;

  const tooltip = useCallback(
    (pid: number) => (model.refs[pid] ? pointTooltip(model.refs[pid]!, lang, t, sources) : ''),
    [model, lang, t, sources],
  );
  const msTooltip = useCallback((c: Parameters<typeof milestoneTooltip>[0]) => milestoneTooltip(c, lang), [lang]);

  const exportAs = async (kind: 'png' | 'svg') => {
    setBusy(true);
    setError(undefined);
    try {
      const option = buildChartOption(model, {
        lang,
        t,
        ...EXPORT_SIZE,
        fontScale: 1.3,
        title,
        subtitle: t('chartSubtitle'),
        footnote: footnoteLines(model, lang, t, sources),
        animation: false,
      });
      const slug = `cooperation-atlas-growth-${model.orgs.map((o) => o.id).join('-')}`;
      if (kind === 'png') downloadBlob(chartToPng(option, EXPORT_SIZE), `${slug}.png`);
      else downloadBlob(new Blob([chartToSvg(option, EXPORT_SIZE)], { type: 'image/svg+xml' }), `${slug}.svg`);
    } catch (e) {
      setError(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  if (!orgIds.length) return <div className="gf-empty">{t('chooseOrgPrompt')}</div>;
  if (failed >= 0) {
    return (
      <div className="gf-empty">
        <ApiErrorNotice lang={lang} error={entries[failed]!.error!} onRetry={() => retryApi(urls[failed]!)} />
      </div>
    );
  }
  if (loading || growth.length < orgIds.length) {
    return (
      <div className="gf-empty">
        <Spinner label={t('loadingGrowth')} />
      </div>
    );
  }

  const side = variant !== 'present';
  return (
    <div className={`growth-figure gf-${variant}`} data-testid="growth-figure" data-orgs={orgIds.join(',')}>
      <div className="gf-main">
        <div className="gf-toolbar">
          <h2 className="gf-title">{title}</h2>
          {variant !== 'present' && (
            <div className="gf-actions" role="group" aria-label={t('exportChart')}>
              <button
                type="button"
                className="btn"
                onClick={() => exportAs('png')}
                disabled={busy || model.empty}
                data-testid="chart-export-png"
              >
                <Icon name="download" size={15} /> {t('exportPng')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => exportAs('svg')}
                disabled={busy || model.empty}
                data-testid="chart-export-svg"
              >
                <Icon name="download" size={15} /> {t('exportSvg')}
              </button>
              {p.onAddToStory && (
                <button
                  type="button"
                  className="btn"
                  onClick={() =>
                    p.onAddToStory!(
                      orgIds,
                      units?.length
                        ? [...units]
                        : [
                            ...new Set(
                              model.panels.flatMap((pp) => pp.lines.filter((l) => l.kind === 'published').map((l) => l.seriesLabel)),
                            ),
                          ],
                      title,
                    )
                  }
                  disabled={model.empty}
                  data-testid="chart-add-to-story"
                >
                  <Icon name="bookmark" size={15} /> {t('addChartToStory')}
                </button>
              )}
            </div>
          )}
        </div>
        {error && (
          <div className="notice notice-error" role="alert">
            {error}
          </div>
        )}
        {model.empty ? (
          <div className="gf-empty">{t('nothingDated')}</div>
        ) : (
          <GrowthChart
            model={model}
            lang={lang}
            t={t}
            fontScale={fontScale}
            selectedPid={selected}
            label={t('chartLabel', { title })}
            onPoint={setSelected}
            tooltip={tooltip}
            milestoneTooltip={msTooltip}
          />
        )}
        <ChartKey model={model} t={t} />
        {!side && model.milestones.length > 0 && (
          <ol className="gf-ms-compact" aria-label={t('milestonesTitle')}>
            {model.milestones.map((c) => (
              <li key={c.n}>
                <span className="ms-n" aria-hidden="true">
                  {c.n}
                </span>
                <span className="gf-ms-text">
                  <strong>{formatDate(c.items[0]!.date, lang)}</strong> {c.items.map((m) => m.title).join('; ')}
                </span>
              </li>
            ))}
          </ol>
        )}
        {variant !== 'present' && <p className="hint gf-hint">{t('clickHint')}</p>}
      </div>
      {side && (
        <aside className="gf-side" aria-label={t('sources')}>
          {ref ? (
            <PointDetails refd={ref} lang={lang} t={t} sources={sources} onClose={() => setSelected(undefined)} />
          ) : (
            <ChartLists model={model} lang={lang} t={t} sources={sources} onPick={setSelected} />
          )}
        </aside>
      )}
      {!side && ref && (
        <div className="gf-overlay">
          <PointDetails refd={ref} lang={lang} t={t} sources={sources} onClose={() => setSelected(undefined)} />
        </div>
      )}
    </div>
  );
}

function ChartLists({
  model,
  lang,
  t,
  sources,
  onPick,
}: {
  model: ChartModel;
  lang: Lang;
  t: Translate<'presenter'>;
  sources: Map<string, SourceRef>;
  onPick: (pid: number) => void;
}) {
  const [undatedPick, setUndatedPick] = useState<number>();
  const undatedRef = undatedPick !== undefined ? model.undated[undatedPick]?.ref : undefined;
  if (undatedRef) {
    return <PointDetails refd={undatedRef} lang={lang} t={t} sources={sources} onClose={() => setUndatedPick(undefined)} />;
  }
  return (
    <div className="gf-lists">
      {model.undated.length > 0 && (
        <section data-testid="undated-points">
          <h3>{t('undatedTitle')}</h3>
          <ul className="gf-list">
            {model.undated.map((u, i) => (
              <li key={u.ref.point.countId}>
                <button type="button" className="link" onClick={() => setUndatedPick(i)}>
                  <span className="dot" style={{ background: u.color }} aria-hidden="true" />
                  {u.ref.orgName}: {valueText(u.ref, lang, t)}
                </button>
                {u.ref.point.note && <span className="gf-note">{u.ref.point.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {model.derivedNotes.length > 0 && (
        <section data-testid="derived-notes">
          <h3>{t('derivedTitle')}</h3>
          <ul className="gf-list">
            {model.derivedNotes.map((d) => (
              <li key={`${d.orgId}-${d.series.key}`} data-plotted={d.plotted}>
                {d.series.datedCount === 0
                  ? t('derivedNone', { org: d.orgName, total: d.series.totalMembers })
                  : d.series.unknownDateCount > 0
                    ? t('derivedPlotted', {
                        org: d.orgName,
                        dated: d.series.datedCount,
                        total: d.series.totalMembers,
                        unknown: d.series.unknownDateCount,
                        basis: d.series.basis,
                      })
                    : t('derivedAllDated', { org: d.orgName, dated: d.series.datedCount, basis: d.series.basis })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section data-testid="milestone-list">
        <h3>{t('milestonesTitle')}</h3>
        {model.milestones.length === 0 ? (
          <p className="hint">{t('milestonesNone')}</p>
        ) : (
          <ol className="gf-milestones">
            {model.milestones.map((c) => (
              <li key={c.n}>
                <span className="ms-n" aria-hidden="true">
                  {c.n}
                </span>
                <ul>
                  {c.items.map((m) => (
                    <li key={m.id}>
                      <strong>{formatDate(m.date, lang)}</strong> — {m.title}
                      {m.reference && <span className="chip chip-muted">{t('referenceTag')}</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
      <details className="gf-points">
        <summary>{t('dataPoints', { n: model.points.length })}</summary>
        {model.panels.map((panel) => (
          <div key={panel.unit}>
            <h4>{unitName(lang, panel.unit)}</h4>
            {panel.lines.map((line) => (
              <ul key={line.id} className="gf-list">
                {[...line.points, ...line.bounds]
                  .sort((a, b) => a.x - b.x)
                  .map((pt) => (
                    <li key={pt.pid}>
                      <button type="button" className="link" onClick={() => onPick(pt.pid)} data-pid={pt.pid}>
                        <span className="dot" style={{ background: line.color }} aria-hidden="true" />
                        {line.orgName} · {formatDate(pt.date, lang)} · {pt.label}
                      </button>
                    </li>
                  ))}
              </ul>
            ))}
          </div>
        ))}
      </details>
    </div>
  );
}
