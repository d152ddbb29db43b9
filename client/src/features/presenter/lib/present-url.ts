// The presenter's URLs: every view and every story step can be bookmarked and handed over.
//   /present                               stories (and the draft)
//   /present/charts?orgs=iaaca,globe-network&units=...&ms=curated|all|none
//   /present/story/<id>/<step>[?present=1]  one step (1-based), presentation mode
//   /present?story=<id>&step=<n>           the same step (older form, read only)
// `lang=zh` works on all of them.
import type { Lang } from '../../../lib/view-state.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';

export type MilestoneMode = 'curated' | 'all' | 'none';
export const MILESTONE_MODES: readonly MilestoneMode[] = ['curated', 'all', 'none'];

export type PresenterRoute =
  | { view: 'stories' }
  | { view: 'charts'; orgs: string[]; units: string[]; milestones: MilestoneMode }
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
        orgs: list(p.get('orgs'), (x) => isId(x)).slice(0, 8),
        units: list(p.get('units'), (x) => x.length <= 100).slice(0, 20),
        milestones: MILESTONE_MODES.includes(ms as MilestoneMode) ? (ms as MilestoneMode) : 'curated',
      },
      lang,
    };
  }
  return { route: { view: 'stories' }, lang };
}

export function formatPresenterUrl(route: PresenterRoute, lang: Lang): string {
  const p = new URLSearchParams();
  let path = '/present';
  if (route.view === 'charts') {
    path = '/present/charts';
    if (route.orgs.length) p.set('orgs', route.orgs.join(','));
    if (route.units.length) p.set('units', route.units.join(','));
    if (route.milestones !== 'curated') p.set('ms', route.milestones);
  } else if (route.view === 'story') {
    path = `/present/story/${encodeURIComponent(route.id)}/${route.step + 1}`;
    if (route.present) p.set('present', '1');
  }
  if (lang === 'zh') p.set('lang', 'zh');
  const q = p.toString().replace(/%2C/g, ',');
  return `${path}${q ? `?${q}` : ''}`;
}
