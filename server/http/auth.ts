// Writes need `Authorization: Bearer <ADMIN_TOKEN>`; with no ADMIN_TOKEN configured they are disabled.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

export function requireAdmin(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) return next(new AppError(403, 'writes_disabled', 'Writes are disabled on this server: set ADMIN_TOKEN to enable imports.'));
    const header = req.get('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (!given || a.length !== b.length || !timingSafeEqual(a, b)) {
      return next(new AppError(401, 'unauthorized', 'This endpoint changes data: send "Authorization: Bearer <ADMIN_TOKEN>".'));
    }
    next();
  };
}
