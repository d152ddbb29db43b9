// Lower-case slugs for ids: a-z, 0-9 and single hyphens, at most 80 characters. Pure (no Node,
// DOM or zod), so any side may use it: the seed's reference layer derives node ids with it
// (server/seed/reference.ts), growth series their keys (server/graph/growth-series.ts), the
// client its story ids and download names (client/src/lib/file-name.ts).

/**
 * "Hong Kong Customs & Excise" -> "hong-kong-customs-and-excise": accents dropped (NFKD), "&"
 * read as "and", every other run of non-alphanumerics one hyphen, none leading or trailing.
 * The same text always gives the same slug, so ids derived from names are stable across loads.
 */
export function slugify(s: string, { max = 80, ampersand = true }: { max?: number; ampersand?: boolean } = {}): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ampersand ? ' and ' : ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}
