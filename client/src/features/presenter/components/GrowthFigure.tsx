// A growth chart with everything around it: loading and error states, the years shown (the
// default range or every year), the key to its markers, export (16:9 PNG and SVG slides at
// 1920×1080 or 3840×2160, with title, date, key and a footnote of every milestone and source,
// further pages when it does not fit: chart-export.ts), and beside it the point behind a click,
// the counts with no date, what the derived lines count, the milestones and every point as a
// keyboard-reachable list. In presentation mode only the chart and the point details remain.
import { urls as api } from '../../../api/endpoints.ts';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { GrowthResponse, SourceRef } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, Spinner } from '../../../components/Feedback.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { retryApi, useApiMany } from '../../../api/cache.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import { downloadBlob } from '../../../lib/download.ts';
import { useSameArray } from '../../../lib/use-same-array.ts';
import { unitName } from '../lib/unit-name.ts';
import { LOWER_BOUND_SYMBOL } from '../lib/chart-option.ts';
import { composeExport, EXPORT_FRAME, EXPORT_SIZES, type ExportSizeId } from '../lib/chart-export.ts';
import { buildChartModel, GAP_YEARS, type ChartModel, type MarkerKind, type PointRef } from '../lib/chart-series.ts';
import { chartToPng, chartToSvg } from '../lib/echarts.ts';
import { measureText } from '../lib/measure.ts';
import { milestoneText } from '../lib/milestone-text.ts';
import { milestoneTooltip, pointTooltip, valueText } from '../lib/point-text.ts';
import type { MilestoneMode, YearsMode } from '../lib/present-url.ts';
import { GrowthChart } from './GrowthChart.tsx';
import { PointDetails } from './PointDetails.tsx';

export interface GrowthFigureProps {
  orgIds: string[];
  units?: string[];
  milestones: MilestoneMode;
  /** The years shown; with `onYears` the choice is the caller's (the URL), else the figure's own. */
  years?: YearsMode;
  onYears?: (years: YearsMode) => void;
  lang: Lang;
  t: Translate<'presenter'>;
  variant: 'charts' | 'story' | 'present';
  sources: Map<string, SourceRef>;
  /** Where the milestone list goes in presentation mode (the caption's column); below the chart without it. */
  milestoneSlot?: HTMLElement | null;
  /** Adds the chart as a step of the draft story. */
  onAddToStory?: (orgIds: string[], units: string[], title: string) => void;
}

function MarkerGlyph({ kind, color = '#1f5fbf' }: { kind: MarkerKind | 'span' | 'gap'; color?: string }) {
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
    case 'gap':
      return (
        <svg {...box}>
          <rect x={8} y={0} width={14} height={18} fill="#eef2f7" />
          <line x1={0} y1={12} x2={8} y2={9} stroke={color} strokeWidth={2.6} />
          <line x1={22} y1={6} x2={30} y2={4} stroke={color} strokeWidth={2.6} />
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
  const kinds = new Set(model.points.filter((p) => !p.outside).map((p) => p.marker));
  const hasSpans = model.panels.some((p) => p.lines.some((l) => l.spans.length));
  const hasGaps = model.panels.some((p) => p.lines.some((l) => l.gaps.length));
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
      {hasGaps && (
        <li data-kind="gap">
          <MarkerGlyph kind="gap" /> {t('keyGapLong', { n: GAP_YEARS })}
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

export function GrowthFigure(p: GrowthFigureProps) {
  const { orgIds, units, milestones, lang, t, variant, sources } = p;
  const [ownYears, setOwnYears] = useState<YearsMode>('auto');
  const years = p.onYears ? (p.years ?? 'auto') : ownYears;
  const setYears = p.onYears ?? setOwnYears;
  const [exportSize, setExportSize] = useState<ExportSizeId>('1080');
  const urls = orgIds.map((id) => api.growth(id));
  const entries = useApiMany<GrowthResponse>(urls);
  const loading = entries.some((e) => e?.status === 'loading' && !e.data);
  const failed = entries.findIndex((e) => !!e?.error && !e.data);
  // The same array while the answers are the same objects, so the chart is rebuilt only on change.
  const growth = useSameArray(entries.map((e) => e?.data).filter((g): g is GrowthResponse => !!g));
  // Likewise the units, by content (a new array with the same units keeps the chart).
  const unitList = useSameArray(units ?? []);
  const model = useMemo(
    () => buildChartModel(growth, { units: unitList.length ? unitList : undefined, milestones, lang, years }),
    [growth, unitList, milestones, lang, years],
  );
  const [selected, setSelected] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
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
      const size = EXPORT_SIZES.find((s) => s.id === exportSize)!;
      const { pages } = composeExport({
        model,
        lang,
        t,
        measure: measureText,
        title,
        date: new Date().toISOString().slice(0, 10),
        url: location.href,
        sources,
      });
      const slug = `cooperation-atlas-growth-${model.orgs.map((o) => o.id).join('-')}-${size.width}x${size.height}`;
      // A footnote that does not fit the first slide continues on further slides: one file each.
      pages.forEach((option, i) => {
        const name = `${slug}${i ? `-${i + 1}` : ''}`;
        if (kind === 'png') downloadBlob(chartToPng(option, EXPORT_FRAME, size.scale), `${name}.png`);
        else downloadBlob(new Blob([chartToSvg(option, EXPORT_FRAME, size.scale)], { type: 'image/svg+xml' }), `${name}.svg`);
      });
      if (pages.length > 1) setNotice(t('exportPages', { n: pages.length }));
    } catch (e) {
      setError(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const yearLabel = (ms: number) => String(new Date(ms).getUTCFullYear());

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
              <label className="gf-size">
                <span className="sr-only">{t('exportSize')}</span>
                <select
                  value={exportSize}
                  onChange={(e) => setExportSize(e.target.value as ExportSizeId)}
                  title={t('exportSize')}
                  data-testid="chart-export-size"
                >
                  {EXPORT_SIZES.map((s) => (
                    <option key={s.id} value={s.id}>
                      {t('exportSizeOption', { w: s.width, h: s.height })}
                    </option>
                  ))}
                </select>
              </label>
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
        {notice && (
          <div className="notice notice-info" role="status">
            {notice}
          </div>
        )}
        {!model.empty && model.range.autoFrom !== undefined && (
          <div className="gf-range" data-testid="chart-range">
            {variant !== 'present' && (
              <div className="gf-range-buttons" role="group" aria-label={t('yearsShown')}>
                <button
                  type="button"
                  className={`btn btn-small${years === 'auto' ? ' active' : ''}`}
                  aria-pressed={years === 'auto'}
                  onClick={() => setYears('auto')}
                  data-testid="chart-years-auto"
                >
                  {t('yearsRecent', { from: yearLabel(model.range.autoFrom), to: yearLabel(model.range.allMax) })}
                </button>
                <button
                  type="button"
                  className={`btn btn-small${years === 'all' ? ' active' : ''}`}
                  aria-pressed={years === 'all'}
                  onClick={() => setYears('all')}
                  data-testid="chart-years-all"
                >
                  {t('yearsAll', { from: yearLabel(model.range.allMin), to: yearLabel(model.range.allMax) })}
                </button>
              </div>
            )}
            <p className="gf-range-note">
              {years === 'auto'
                ? t('yearsRecentNote', {
                    n: GAP_YEARS,
                    earlier: [
                      ...model.earlier.points.map((pt) => `${pt.label} (${formatDate(pt.date, lang)})`),
                      ...(model.earlier.milestones.length ? [t('earlierMilestones', { count: model.earlier.milestones.length })] : []),
                    ].join(t('listComma')),
                  })
                : t('yearsAllNote')}
            </p>
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
        {!side &&
          model.milestones.length > 0 &&
          (() => {
            const list = (
              <ol className="gf-ms-compact" aria-label={t('milestonesTitle')} data-testid="milestone-compact">
                {model.milestones.map((c) => (
                  <li key={c.n}>
                    <span className="ms-n" aria-hidden="true">
                      {c.n}
                    </span>
                    <span className="gf-ms-text">
                      <strong>{formatDate(c.items[0]!.date, lang)}</strong>{' '}
                      {c.items.map((m) => milestoneText(m, lang)).join(t('listSemicolon'))}
                    </span>
                  </li>
                ))}
              </ol>
            );
            // In presentation mode the list goes beside the chart (the caption's column), where it has room.
            return p.milestoneSlot ? createPortal(list, p.milestoneSlot) : list;
          })()}
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
                      <strong>{formatDate(m.date, lang)}</strong> — {milestoneText(m, lang)}
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
