// Which strings may be shown as links: web addresses only. The model validates `url` and
// `sourceUrl` with it (server/model/model.ts) and the client checks again before it renders an
// <a href> (a value that reached the graph another way is shown as text).

/**
 * A web address: it parses, its scheme is http or https (no `javascript:`, `data:`, `file:`), and
 * it has no blanks or control characters a browser would strip before reading the scheme.
 * Never throws.
 */
export function isWebUrl(u: string): boolean {
  if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(u)) return false;
  try {
    const { protocol } = new URL(u);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Several addresses in one value, separated by " ; " (how the reference rows cite several pages). */
export function splitUrlList(v: string): string[] {
  return v
    .split(/\s*;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
