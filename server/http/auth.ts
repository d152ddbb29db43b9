// Who is asking, and may they: `authenticate` (mounted once before the API's routes) reads the
// session cookie or `Authorization: Bearer <ADMIN_TOKEN>` (automation; acts as an admin), and
// `requireRole` guards a route: 401 with neither, 403 `forbidden` for a role that may not, and
// for a cookie-authenticated write (anything but GET/HEAD) 403 `csrf` unless the request sends
// the session's X-CSRF-Token and, where the browser says, comes from this origin. Bearer
// requests need no CSRF token: a browser never adds that header by itself.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { AccountStore } from '../accounts/account-store.ts';
import { roleAllows, type Role } from '../accounts/roles.ts';
import type { SessionStore } from '../accounts/sessions.ts';
import { AppError } from '../errors.ts';
import { sessionTokenIn } from './cookies.ts';

export interface Auth {
  via: 'session' | 'token';
  name: string;
  role: Role;
  /** The session's CSRF token (cookie sessions only). */
  csrfToken?: string;
  /** The cookie's token (cookie sessions only). */
  sessionToken?: string;
}

interface AuthLocals {
  auth?: Auth;
  /** An Authorization header was sent and is not the admin token. */
  badToken?: string;
}

export const authOf = (res: Response): Auth | undefined => (res.locals as AuthLocals).auth;

export const ADMIN_TOKEN_NAME = 'ADMIN_TOKEN';

/** Compared as SHA-256 digests: constant time, and the token's length does not show either. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface AuthDeps {
  adminToken: string | undefined;
  accounts: AccountStore;
  sessions: SessionStore;
}

/** The session cookie's token, if any. */
export const sessionTokenOf = (req: Request) => sessionTokenIn(req.get('cookie'));

/** Sets `res.locals.auth` from the Bearer token or the session cookie; never refuses by itself. */
export function authenticate({ adminToken, accounts, sessions }: AuthDeps): RequestHandler {
  return (req, res, next) => {
    const locals = res.locals as AuthLocals;
    const header = req.get('authorization');
    if (header !== undefined) {
      const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
      if (adminToken && given && sameSecret(given, adminToken)) locals.auth = { via: 'token', name: ADMIN_TOKEN_NAME, role: 'admin' };
      else
        locals.badToken = adminToken
          ? 'The Bearer token is not the admin token.'
          : 'This server has no ADMIN_TOKEN configured, so no Bearer token is accepted.';
      return next();
    }
    const token = sessionTokenOf(req);
    const session = sessions.get(token);
    if (session) {
      // The account is read at every request: a disabled, deleted or demoted account loses its rights at once.
      const account = accounts.get(session.name);
      if (account && !account.disabled) {
        locals.auth = { via: 'session', name: account.name, role: account.role, csrfToken: session.csrfToken, sessionToken: token };
      } else sessions.delete(token);
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * For a request a browser may send by itself: refused (403 `csrf`) when its Sec-Fetch-Site or
 * Origin says another site sent it. Absent headers (older browsers, scripts) pass this check.
 */
export function sameOriginProblem(req: Request): string | undefined {
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none')
    return `The browser says this request came from another site (Sec-Fetch-Site: ${site}).`;
  const origin = req.get('origin');
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return 'The Origin header is not a valid origin.';
    }
    if (host.toLowerCase() !== (req.get('host') ?? '').toLowerCase())
      return `This request came from another origin (${origin.slice(0, 100)}).`;
  } else if (origin === 'null') return 'This request came from an opaque origin.';
  return undefined;
}

/** 403 `csrf` unless a cookie-authenticated write sends its session's CSRF token from this origin. */
export function csrfProblem(req: Request, auth: Auth): AppError | undefined {
  if (auth.via !== 'session' || SAFE_METHODS.has(req.method)) return undefined;
  const origin = sameOriginProblem(req);
  if (origin) return new AppError(403, 'csrf', `${origin} Signed-in changes are accepted from this site's own pages only.`);
  const given = req.get('x-csrf-token') ?? '';
  if (!given || !auth.csrfToken || !sameSecret(given, auth.csrfToken)) {
    return new AppError(
      403,
      'csrf',
      given
        ? 'The X-CSRF-Token header does not match this session: reload the page (GET /api/session gives the current token).'
        : 'A signed-in change must send the X-CSRF-Token header (GET /api/session gives it).',
    );
  }
  return undefined;
}

export function unauthorized(detail?: string): AppError {
  return new AppError(
    401,
    'unauthorized',
    `${detail ? `${detail} ` : ''}This endpoint changes data: sign in as a curator or admin, or send "Authorization: Bearer <ADMIN_TOKEN>".`,
  );
}

/** Guards a route: the caller must be signed in (or send the admin token) with a role that allows `need`. */
export function requireRole(need: Role): RequestHandler & { role: Role } {
  const guard: RequestHandler = (req, res, next) => {
    const locals = res.locals as AuthLocals;
    if (locals.badToken) return next(unauthorized(locals.badToken));
    const auth = locals.auth;
    if (!auth) return next(unauthorized());
    const csrf = csrfProblem(req, auth);
    if (csrf) return next(csrf);
    if (!roleAllows(auth.role, need)) {
      return next(new AppError(403, 'forbidden', `This needs the ${need} role; "${auth.name}" is a ${auth.role}.`));
    }
    next();
  };
  return Object.assign(guard, { role: need });
}
