// The Charts view: choose organisations (those with growth series, GET /api/growth), the units to
// plot (one chart panel per unit), which milestones to mark and the years shown; the chart and
// its sources beside. The choice lives in the URL, so a chart can be bookmarked and handed over;
// the view opens on a default chart (present-url.ts DEFAULT_CHART_ORGS).
import { urls } from '../../../api/endpoints.ts';
import { useState } from 'react';
import type { GrowthListResponse, GrowthSummary, SourceRef } from '../../../../../server/shared/contracts.ts';
import { ApiErrorNotice, EmptyState, Spinner } from '../../../components/Feedback.tsx';
import { retryApi, useApi } from '../../../api/cache.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { unitName } from '../lib/unit-name.ts';
import { orgName } from '../lib/chart-series.ts';
import { MILESTONE_MODES, type MilestoneMode, type PresenterRoute } from '../lib/present-url.ts';
import { addStep, emptyDraft, loadDraft, saveDraft } from '../lib/story-draft.ts';
import { GrowthFigure } from './GrowthFigure.tsx';

type ChartsRoute = Extract<PresenterRoute, { view: 'charts' }>;

const MS_LABEL: Record<MilestoneMode, 'msCurated' | 'msAll' | 'msNone'> = { curated: 'msCurated', all: 'msAll', none: 'msNone' };

/** Each chosen organisation's main series (the first: the server lists whole-organisation series first). */
function defaultUnitsOf(chosen: GrowthSummary[]): string[] {
  return [...new Set(chosen.map((o) => o.series[0]?.label).filter((u): u is string => !!u))];
}

export function ChartsView({
  route,
  lang,
  t,
  sources,
  navigate,
}: {
  route: ChartsRoute;
  lang: Lang;
  t: Translate<'presenter'>;
  sources: Map<string, SourceRef>;
  navigate: (r: PresenterRoute, push?: boolean) => void;
}) {
  const entry = useApi<GrowthListResponse>(urls.growthList());
  const [notice, setNotice] = useState<string>();
  const all = entry?.data?.organisations ?? [];
  const chosen = route.orgs.map((id) => all.find((o) => o.id === id)).filter((o): o is GrowthSummary => !!o);
  const unitChoices = [...new Set(chosen.flatMap((o) => o.series.map((s) => s.label)))];
  const activeUnits = route.units.length ? route.units : defaultUnitsOf(chosen);
  const set = (patch: Partial<ChartsRoute>) => navigate({ ...route, ...patch }, false);

  const toggleOrg = (id: string) => {
    const orgs = route.orgs.includes(id) ? route.orgs.filter((x) => x !== id) : [...route.orgs, id].slice(0, 8);
    // Units chosen by hand stay only while an organisation still has them.
    const keep = route.units.filter((u) => all.some((o) => orgs.includes(o.id) && o.series.some((s) => s.label === u)));
    set({ orgs, units: keep });
  };
  const toggleUnit = (u: string) => {
    const next = activeUnits.includes(u) ? activeUnits.filter((x) => x !== u) : [...activeUnits, u];
    set({ units: next.length ? next : [] });
  };
  const addChartStep = (orgIds: string[], units: string[]) => {
    const names = chosen.map((o) => orgName(o, lang)).join(t('listAnd'));
    const draft = loadDraft() ?? emptyDraft();
    const next = addStep(draft, { caption: t('chartStepCaption', { orgs: names }), view: { chart: { organisations: orgIds, units } } });
    saveDraft(next);
    setNotice(t('added', { n: next.steps.length, title: next.title }));
  };

  return (
    <div className="charts-view">
      <aside className="charts-controls" aria-label={t('chartsHeading')}>
        <h2>{t('chartsHeading')}</h2>
        {entry?.error && !entry.data ? (
          <ApiErrorNotice lang={lang} error={entry.error} onRetry={() => retryApi(urls.growthList())} />
        ) : !entry?.data ? (
          <Spinner label={t('loadingGrowth')} />
        ) : all.length === 0 ? (
          <EmptyState title={t('noGrowth')} />
        ) : (
          <>
            <fieldset className="cc-group" data-testid="org-picker">
              <legend>{t('chooseOrgs')}</legend>
              <p className="hint">{t('orgsHint')}</p>
              {all.map((o) => (
                <label key={o.id} className={`cc-org${route.orgs.includes(o.id) ? ' on' : ''}`}>
                  <input type="checkbox" checked={route.orgs.includes(o.id)} onChange={() => toggleOrg(o.id)} data-org={o.id} />
                  <span>
                    <strong>{orgName(o, lang)}</strong>
                    {o.acronym && <span className="cc-full">{lang === 'zh' && o.nameZh ? o.name : o.name}</span>}
                    <span className="cc-meta">
                      {o.units.map((u) => unitName(lang, u)).join(' · ')} —{' '}
                      {t('orgPoints', { points: o.publishedPoints + o.undatedPoints, count: o.publishedPoints + o.undatedPoints })}
                      {o.derivedPoints > 0 ? ` · ${t('orgDerived', { n: o.derivedPoints })}` : ''}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            {unitChoices.length > 0 && (
              <fieldset className="cc-group" data-testid="unit-picker">
                <legend>{t('units')}</legend>
                <p className="hint">{t('unitsHint')}</p>
                {unitChoices.map((u) => (
                  <label key={u} className="cc-check">
                    <input type="checkbox" checked={activeUnits.includes(u)} onChange={() => toggleUnit(u)} data-unit={u} />{' '}
                    {unitName(lang, u)}
                  </label>
                ))}
              </fieldset>
            )}
            <fieldset className="cc-group">
              <legend>{t('milestones')}</legend>
              {MILESTONE_MODES.map((m) => (
                <label key={m} className="cc-check">
                  <input type="radio" name="milestones" checked={route.milestones === m} onChange={() => set({ milestones: m })} />{' '}
                  {t(MS_LABEL[m])}
                </label>
              ))}
            </fieldset>
          </>
        )}
      </aside>
      <section className="charts-stage" aria-live="polite">
        {notice && (
          <div className="notice notice-info" role="status">
            <span>{notice}</span> <a href={`/present${lang === 'zh' ? '?lang=zh' : ''}#draft`}>{t('openPresenter')}</a>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setNotice(undefined)}>
              {t('dismiss')}
            </button>
          </div>
        )}
        <GrowthFigure
          orgIds={chosen.map((o) => o.id)}
          units={activeUnits}
          milestones={route.milestones}
          years={route.years}
          onYears={(years) => set({ years })}
          lang={lang}
          t={t}
          variant="charts"
          sources={sources}
          onAddToStory={addChartStep}
        />
      </section>
    </div>
  );
}
