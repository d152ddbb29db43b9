// GET/POST/DELETE /api/session: who is signed in, sign in, sign out. A session lives in memory
// (accounts/sessions.ts) behind an HTTP-only, SameSite=Strict cookie; its CSRF token comes back
// in the body, for the client to send as X-CSRF-Token on its writes. Failed sign-ins are
// rate-limited per address and per account name; an unknown name and a wrong password get the
// same answer in about the same time.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { ipKeyGenerator } from 'express-rate-limit';
import { MAX_PASSWORD_LENGTH, normaliseName } from '../accounts/roles.ts';
import type { Session } from '../accounts/sessions.ts';
import type { ServerDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { authOf, csrfProblem, sameOriginProblem, sessionTokenOf } from '../http/auth.ts';
import { sessionCookie } from '../http/cookies.ts';
import { always, errorResponse, limited } from '../http/openapi.ts';
import { signInLimit } from '../http/rate-limit.ts';
import type { SessionResponse } from '../shared/contracts.ts';
import { noQuery } from './params.ts';
import type { RouterShared } from './shared.ts';

const signInSchema = z
  .object({
    name: z.string().min(1, 'is required').max(200),
    password: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
  })
  .strict();

export function sessionRouter({ config, log }: ServerDeps, { api, accounts, sessions }: RouterShared): Router {
  const r = Router();
  const windowMs = config.SIGNIN_LIMIT_WINDOW_MINUTES * 60_000;
  const perAddress = signInLimit(config.SIGNIN_LIMIT_PER_ADDRESS, windowMs, undefined, log);
  // Per account name *and* address: someone elsewhere guessing an account's password cannot lock
  // its owner out. Per name alone, a limit ten times higher bounds guessing from many addresses.
  const nameOf = (req: Request) => normaliseName(String((req.body as { name?: unknown } | undefined)?.name ?? ''));
  const perName = signInLimit(config.SIGNIN_LIMIT_PER_NAME, windowMs, (req) => `name:${nameOf(req)}|${ipKeyGenerator(req.ip ?? '')}`, log);
  const perNameEverywhere = signInLimit(config.SIGNIN_LIMIT_PER_NAME * 10, windowMs, (req) => `name-all:${nameOf(req)}`, log);
  const noStore = (res: Response) => res.setHeader('Cache-Control', 'no-store');
  const setCookie = (req: Request, res: Response, token: string, maxAgeMs: number) =>
    res.setHeader('Set-Cookie', sessionCookie(token, { maxAge: maxAgeMs / 1000, secure: config.COOKIE_SECURE === 'always' || req.secure }));

  api.route(
    r,
    {
      method: 'get',
      path: '/session',
      summary: 'Who is signed in ({ user: { name, role } | null }) and, when someone is, the CSRF token their writes send as X-CSRF-Token',
      tags: ['accounts'],
      query: noQuery('session query'),
      responses: { 200: { description: 'SessionResponse' }, ...always },
    },
    (_req, res) => {
      noStore(res);
      const auth = authOf(res);
      const body: SessionResponse =
        auth?.via === 'session'
          ? { user: { name: auth.name, role: auth.role }, csrfToken: auth.csrfToken }
          : auth
            ? { user: { name: auth.name, role: auth.role } }
            : { user: null };
      res.json(body);
    },
  );

  api.route(
    r,
    {
      method: 'post',
      path: '/session',
      summary: 'Sign in with { name, password }: sets the session cookie (HttpOnly, SameSite=Strict) and answers SessionResponse',
      tags: ['accounts'],
      body: { schema: signInSchema, what: 'sign-in' },
      guards: [perAddress, perName, perNameEverywhere],
      responses: {
        200: { description: 'SessionResponse: signed in' },
        401: errorResponse('Unknown name, wrong password or disabled account (one answer for all)'),
        403: errorResponse('Sent from another site (code csrf)'),
        ...limited(
          'failed sign-in attempts, per address, per account name from one address, and ten times that per account name from anywhere, per SIGNIN_LIMIT_WINDOW_MINUTES',
        ),
        ...always,
      },
    },
    async (req, res, { body }) => {
      noStore(res);
      const crossSite = sameOriginProblem(req);
      if (crossSite) throw new AppError(403, 'csrf', `${crossSite} Sign in from this site's own pages.`);
      const { name, password } = body(req.body);
      const account = await accounts.verify(name, password);
      if (!account) throw new AppError(401, 'sign_in_failed', 'Wrong name or password.');
      // A new token at every sign-in (no session fixation); the old session, if any, ends.
      sessions.delete(sessionTokenOf(req));
      const { token, session } = sessions.create(account.name);
      setCookie(req, res, token, maxAgeOf(session, sessions.limits.absoluteMs));
      const out: SessionResponse = { user: { name: account.name, role: account.role }, csrfToken: session.csrfToken };
      res.json(out);
    },
  );

  api.route(
    r,
    {
      method: 'delete',
      path: '/session',
      summary: 'Sign out: ends the session and clears its cookie (with the session cookie, send X-CSRF-Token)',
      tags: ['accounts'],
      responses: {
        200: { description: 'SessionResponse with user null' },
        403: errorResponse('Signed in, without the X-CSRF-Token or from another origin (code csrf)'),
        421: always[421],
      },
    },
    (req, res) => {
      noStore(res);
      const auth = authOf(res);
      if (auth) {
        const csrf = csrfProblem(req, auth);
        if (csrf) throw csrf;
      }
      sessions.delete(sessionTokenOf(req));
      setCookie(req, res, '', 0);
      const out: SessionResponse = { user: null };
      res.json(out);
    },
  );
  return r;
}

const maxAgeOf = (session: Session, absoluteMs: number) => session.createdAt + absoluteMs - Date.now();
