// A unit (or series label) in the interface language, from the presenter catalog's unitNames:
// "members (MENA region only)" keeps its scope; a unit the catalog does not know stays as given.
import { lookup, type Lang } from '../../../i18n/index.ts';

export function unitName(lang: Lang, unit: string): string {
  const m = /^(.*?)(\s*\(.*\))?$/.exec(unit);
  const base = m?.[1] ?? unit;
  return `${lookup(lang, 'presenter', ['unitNames', base]) ?? base}${m?.[2] ?? ''}`;
}
