// A curated query's title, description and parameter descriptions in the UI's language: the
// header's Traditional Chinese (@titleZh, @descriptionZh, @paramZh) when the page is in Chinese
// and the header has it, the English otherwise.
import type { CuratedQuery, CuratedQueryParam } from '../../../../../server/shared/contracts.ts';
import type { Lang } from '../../../lib/view-state.ts';

export function curatedTitle(q: Pick<CuratedQuery, 'title' | 'titleZh'>, lang: Lang): string {
  return (lang === 'zh' && q.titleZh) || q.title;
}

export function curatedDescription(q: Pick<CuratedQuery, 'description' | 'descriptionZh'>, lang: Lang): string {
  return (lang === 'zh' && q.descriptionZh) || q.description;
}

export function paramDescription(p: Pick<CuratedQueryParam, 'description' | 'descriptionZh'>, lang: Lang): string {
  return (lang === 'zh' && p.descriptionZh) || p.description;
}

/** What the library's filter searches: both languages, the id and the parameter names. */
export function curatedHaystack(q: CuratedQuery): string {
  return [q.id, q.title, q.titleZh, q.description, q.descriptionZh, ...q.params.map((x) => x.name)].filter(Boolean).join(' ').toLowerCase();
}
