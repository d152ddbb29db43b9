// Per-client rate limits (express-rate-limit, in memory, per process): a one-minute window per
// client address (`req.ip`: the socket's address unless TRUST_PROXY says which proxies to
// believe), `RateLimit-*` headers (IETF draft 6) on every counted request and `Retry-After` on
// a 429, which goes through the app's one error handler as `{ error: { code: 'rate_limited' } }`.
// One limiter is one budget: mount the same instance on every route that shares it.
import type { RequestHandler } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';
import { AppError } from '../errors.ts';

const WINDOW_MS = 60_000;

/** A limiter of `perMinute` requests per client per minute; 0 turns it off. `what` names it in the 429. */
export function rateLimit(perMinute: number, what: string, log: (line: string) => void = console.error): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return expressRateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      const retry = Number(res.getHeader('Retry-After')) || Math.ceil(WINDOW_MS / 1000);
      next(
        new AppError(429, 'rate_limited', `Too many ${what} requests: at most ${perMinute} a minute per client. Try again in ${retry} s.`),
      );
    },
    // X-Forwarded-For and Forwarded are ignored on purpose unless TRUST_PROXY is set: no warning
    // for them. The other checks (e.g. TRUST_PROXY=true, which lets anyone pick an address) stay.
    validate: { xForwardedForHeader: false, forwardedHeader: false },
    logger: {
      error: (err, message) => log(`[rate-limit] ${message ?? ''} ${(err as Error)?.message ?? String(err)}`.trim()),
      warn: (err, message) => log(`[rate-limit] ${message ?? ''} ${(err as Error)?.message ?? String(err)}`.trim()),
    },
  });
}
