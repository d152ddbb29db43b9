// The one place where errors become HTTP responses (mounted last): any thrown value is mapped to
// an AppError (server/errors.ts), 5xx bodies are generic and logged, 4xx bodies carry details.
import type { ErrorRequestHandler } from 'express';
import { toAppError } from '../errors.ts';

export function errorHandler(log: (line: string) => void = console.error): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appErr = toAppError(err);
    if (appErr.status >= 500 && appErr.status !== 503 && appErr.status !== 504) {
      log(`[error] ${req.method} ${req.originalUrl}: ${(err as Error)?.stack ?? String(err)}`);
    }
    if (res.headersSent) return;
    const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: appErr.code, message: appErr.message } };
    if (appErr.details !== undefined && appErr.status < 500) body.error.details = appErr.details;
    if (appErr.status === 503) res.setHeader('Retry-After', '5');
    res.status(appErr.status).json(body);
  };
}
