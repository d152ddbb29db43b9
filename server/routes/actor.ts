// Who is making a change, for the audit log. The admin Bearer token guard identifies no one, so
// its writes are recorded as 'admin-token'; a guard that knows the user (sessions, roles) puts
// their name in `res.locals.actor` and every audited write path records it.
import type { Response } from 'express';

export const TOKEN_ACTOR = 'admin-token';

export function actorOf(res: Response): string {
  const a = (res.locals as { actor?: unknown }).actor;
  return typeof a === 'string' && a ? a : TOKEN_ACTOR;
}
