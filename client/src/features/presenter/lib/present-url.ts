// The presenter's URLs: every view and every story step can be bookmarked and handed over.
//   /present                               stories (and the draft)
//   /present/charts?orgs=iaaca,globe-network&units=...&ms=curated|all|none&years=all
//     (no `orgs` at all: the default chart, DEFAULT_CHART_ORGS, written into the URL; `orgs=`
//     empty: nothing chosen; `years=all`: every year instead of the default range)
//   /present/story/<id>/<step>[?present=1]  one step (1-based), presentation mode
//   /present?story=<id>&step=<n>           the same step (older form, read only)
// `lang=zh` works on all of them.
import type { Lang } from '../../../lib/view-state.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';

export type MilestoneMode = 'curated' | 'all' | 'none';
export const MILESTONE_MODES: readonly MilestoneMode[] = ['curated', 'all', 'none'];
/** 'auto': the chart's default range (chart-series.ts says how it is chosen); 'all': every year. */
export type YearsMode = 'auto' | 'all';

/** The Charts view opens on IAACA, the organisation the ICAC leads (its Commissioner is IAACA's President). */
export const DEFAULT_CHART_ORGS: readonly string[] = ['iaaca'];

export type PresenterRoute =
  | { view: 'stories' }
  | { view: 'charts'; orgs: string[]; units: string[]; milestones: MilestoneMode; years: YearsMode }
  | { view: 'story'; id: string; step: number; present: boolean };

export const DRAFT_STORY_ID = 'draft';

function list(v: string | null, ok: (s: string) => boolean): string[] {
  if (!v) return [];
  return [
    ...new Set(
      v
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x && ok(x)),
    ),
  ];
}

export function parsePresenterUrl(pathname: string, search: string): { route: PresenterRoute; lang: Lang } {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const lang: Lang = p.get('lang') === 'zh' ? 'zh' : 'en';
  const parts = pathname
    .replace(/\/+$/, '')
    .split('/')
    .filter(Boolean)
    .map((x) => decodeURIComponent(x));
  const present = p.get('present') === '1';
  const stepOf = (v: string | undefined | null) => {
    const n = Number(v);
    return Number.isInteger(n) && n >= 1 && n <= 100 ? n - 1 : 0;
  };
  if (parts[1] === 'story' && parts[2] && isId(parts[2])) {
    return { route: { view: 'story', id: parts[2], step: stepOf(parts[3]), present }, lang };
  }
  const story = p.get('story');
  if (story && isId(story)) return { route: { view: 'story', id: story, step: stepOf(p.get('step')), present }, lang };
  if (parts[1] === 'charts') {
    const ms = p.get('ms');
    return {
      route: {
        view: 'charts',
        orgs: p.has('orgs') ? list(p.get('orgs'), (x) => isId(x)).slice(0, 8) : [...DEFAULT_CHART_ORGS],
        units: list(p.get('units'), (x) => x.length <= 100).slice(0, 20),
        milestones: MILESTONE_MODES.includes(ms as MilestoneMode) ? (ms as MilestoneMode) : 'curated',
        years: p.get('years') === 'all' ? 'all' : 'auto',
      },
      lang,
    };
  }
  return { route: { view: 'stories' }, lang };
}

/** The Charts view as it opens from the tab: the default chart. */
export function defaultChartsRoute(): PresenterRoute {
  return { view: 'charts', orgs: [...DEFAULT_CHART_ORGS], units: [], milestones: 'curated', years: 'auto' };
}

export function formatPresenterUrl(route: PresenterRoute, lang: Lang): string {
  const p = new URLSearchParams();
  let path = '/present';
  if (route.view === 'charts') {
    path = '/present/charts';
    // Always written, even empty: no `orgs` at all means the default chart.
    p.set('orgs', route.orgs.join(','));
    if (route.units.length) p.set('units', route.units.join(','));
    if (route.milestones !== 'curated') p.set('ms', route.milestones);
    if (route.years === 'all') p.set('years', 'all');
  } else if (route.view === 'story') {
    path = `/present/story/${encodeURIComponent(route.id)}/${route.step + 1}`;
    if (route.present) p.set('present', '1');
  }
  if (lang === 'zh') p.set('lang', 'zh');
  const q = p.toString().replace(/%2C/g, ',');
  return `${path}${q ? `?${q}` : ''}`;
}
