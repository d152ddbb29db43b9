// Who is making a change, for the audit log: the signed-in account's name, or ADMIN_TOKEN for the
// Bearer token (server/http/auth.ts; never a valid account name, so the two cannot be confused).
// Only called behind a role guard: a write with no identity is a programming error, not a guess.
import type { Response } from 'express';
import { AppError } from '../errors.ts';
import { authOf, type Auth } from '../http/auth.ts';

export function actorOf(res: Response): string {
  return whoIs(res).name;
}

export function whoIs(res: Response): Auth {
  const auth = authOf(res);
  if (!auth) throw new AppError(401, 'unauthorized', 'Sign in, or send "Authorization: Bearer <ADMIN_TOKEN>".');
  return auth;
}
