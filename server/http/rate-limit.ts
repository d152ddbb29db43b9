// Per-client rate limits (express-rate-limit, in memory, per process): a one-minute window per
// client address (`req.ip`: the socket's address unless TRUST_PROXY says which proxies to
// believe), `RateLimit-*` headers (IETF draft 6) on every counted request and `Retry-After` on
// a 429, which goes through the app's one error handler as `{ error: { code: 'rate_limited' } }`.
// One limiter is one budget: mount the same instance on every route that shares it.
import type { Request, RequestHandler } from 'express';
import { rateLimit as expressRateLimit } from 'express-rate-limit';
import { AppError } from '../errors.ts';

const WINDOW_MS = 60_000;

/** A limiter of `perMinute` requests per client per minute; 0 turns it off. `what` names it in the 429. */
export function rateLimit(perMinute: number, what: string, log: (line: string) => void = console.error): RequestHandler {
  return limiter(
    { limit: perMinute, windowMs: WINDOW_MS },
    (retry) => `Too many ${what} requests: at most ${perMinute} a minute per client. Try again in ${retry} s.`,
    log,
  );
}

/**
 * Sign-in attempts: failed ones only are counted (a successful sign-in gives its budget back),
 * `limit` per `windowMs`, per client address or, with `key`, per what it returns (the account
 * name tried, so guessing one account's password from many addresses is limited too).
 */
export function signInLimit(
  limit: number,
  windowMs: number,
  key: ((req: Request) => string) | undefined,
  log: (line: string) => void = console.error,
): RequestHandler {
  const minutes = Math.round(windowMs / 60_000);
  const per = key ? 'for this account name' : 'from this address';
  return limiter(
    { limit, windowMs, keyGenerator: key, skipSuccessfulRequests: true },
    (retry) => `Too many failed sign-in attempts ${per}: at most ${limit} in ${minutes} minutes. Try again in ${retry} s.`,
    log,
  );
}

function limiter(
  opts: { limit: number; windowMs: number; keyGenerator?: (req: Request) => string; skipSuccessfulRequests?: boolean },
  say: (retrySeconds: number) => string,
  log: (line: string) => void,
): RequestHandler {
  if (opts.limit <= 0) return (_req, _res, next) => next();
  const { keyGenerator, ...rest } = opts;
  return expressRateLimit({
    ...rest,
    ...(keyGenerator ? { keyGenerator } : {}),
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      const retry = Number(res.getHeader('Retry-After')) || Math.ceil(opts.windowMs / 1000);
      next(new AppError(429, 'rate_limited', say(retry)));
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
