// Cookie headers, read and written: only what the session cookie needs (no dependency).
export const SESSION_COOKIE = 'atlas_session';
/** Its name when Secure: browsers keep a __Host- cookie only if Secure, Path=/ and without Domain,
 *  so a sibling subdomain cannot plant or shadow it. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

/** The cookies of a Cookie header, by name (the first of a repeated name wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!name || out.has(name)) continue;
    try {
      out.set(name, decodeURIComponent(value));
    } catch {
      out.set(name, value);
    }
  }
  return out;
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
  secure: boolean;
}

/** A Set-Cookie value for the session: HTTP-only, SameSite=Strict, Path=/; Secure (and __Host-) over https. */
export function sessionCookie(value: string, { maxAge, secure }: CookieOptions): string {
  return [
    `${secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAge))}`,
    ...(maxAge <= 0 ? ['Expires=Thu, 01 Jan 1970 00:00:00 GMT'] : []),
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The session token of a Cookie header: the __Host- cookie first. */
export function sessionTokenIn(header: string | undefined): string | undefined {
  const cookies = parseCookies(header);
  return cookies.get(SECURE_SESSION_COOKIE) ?? cookies.get(SESSION_COOKIE);
}
