// The console's URL: /console?q=<query>&params=<JSON>&run=1&lang=zh, or, for a curated query,
// /console?cq=<id>&params=<JSON>. Plain percent-encoding (URLSearchParams), so a shared link
// stays readable. Opening it fills the editor (or the curated form); it runs only with run=1.
import type { Lang } from '../../../lib/view-state.ts';
import { formatParams, parseParamsText } from './params.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';

export interface ConsoleLink {
  query?: string;
  /** The parameters editor's text (formatted JSON when the link's JSON is valid, else as given). */
  paramsText?: string;
  /** A curated query to open (its form), instead of a free query. */
  curated?: string;
  run: boolean;
  lang: Lang;
}

/** Longer than any query the server accepts: a link is refused rather than trusted beyond it. */
const MAX_TEXT = 100_000;

/** The query string (without "?") for a link. Parameters are written as compact JSON when they parse. */
export function encodeConsoleLink(link: Partial<ConsoleLink>): string {
  const p = new URLSearchParams();
  if (link.curated) p.set('cq', link.curated);
  else if (link.query) p.set('q', link.query);
  if (link.paramsText?.trim()) {
    const parsed = parseParamsText(link.paramsText);
    p.set('params', parsed.ok ? JSON.stringify(parsed.params) : link.paramsText);
    if (parsed.ok && !Object.keys(parsed.params).length) p.delete('params');
  }
  if (link.run) p.set('run', '1');
  if (link.lang === 'zh') p.set('lang', 'zh');
  return p.toString();
}

/** Reads a console URL's query string (with or without "?"). */
export function decodeConsoleLink(search: string): ConsoleLink {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: ConsoleLink = { run: p.get('run') === '1' || p.get('run') === 'true', lang: p.get('lang') === 'zh' ? 'zh' : 'en' };
  const cq = p.get('cq');
  if (cq && isId(cq)) out.curated = cq;
  const q = p.get('q');
  if (!out.curated && q && q.trim() && q.length <= MAX_TEXT) out.query = q;
  const params = p.get('params');
  if (params && params.length <= MAX_TEXT) {
    const parsed = parseParamsText(params);
    out.paramsText = parsed.ok && parsed.format === 'map' ? formatParams(parsed.params) : params;
  }
  return out;
}

/** The full URL of a link on this site. */
export function consoleUrl(origin: string, link: Partial<ConsoleLink>): string {
  const q = encodeConsoleLink(link);
  return `${origin}/console${q ? `?${q}` : ''}`;
}
