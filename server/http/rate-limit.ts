// A per-client fixed-window rate limit (in memory, per process). 0 turns it off.
import type { RequestHandler } from 'express';
import { AppError } from './errors.ts';

export function rateLimit(perMinute: number, what: string): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    if (perMinute <= 0) return next();
    const now = Date.now();
    const key = req.ip ?? 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= 60000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 10000) for (const [k, v] of windows) if (now - v.start >= 60000) windows.delete(k);
    }
    w.count++;
    res.setHeader('RateLimit-Limit', String(perMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, perMinute - w.count)));
    if (w.count > perMinute) {
      const retry = Math.ceil((w.start + 60000 - now) / 1000);
      res.setHeader('Retry-After', String(retry));
      return next(new AppError(429, 'rate_limited', `Too many ${what} requests: at most ${perMinute} a minute per client. Try again in ${retry} s.`));
    }
    next();
  };
}
