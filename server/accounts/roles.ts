// Who may do what, and what an account's name and password must be. Pure: no I/O.
// Viewers (no account) read; curators change the graph; admins also manage accounts and may
// revert anyone's change. A role allows what every role below it allows.
import { z } from 'zod';
import type { Role } from '../shared/contracts.ts';

export type { Role };

export const ROLES = ['curator', 'admin'] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { curator: 1, admin: 2 };

/** Does `role` allow what `need` allows? */
export function roleAllows(role: Role, need: Role): boolean {
  return RANK[role] >= RANK[need];
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** Account names: 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit. */
export const accountNameSchema = z
  .string()
  .min(2, 'must be at least 2 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
  .describe('account name');

export const roleSchema = z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` });

/** A new password: 12 to 1024 characters. */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** Why a password may not be used, or undefined when it may. */
export function passwordProblem(password: string): string | undefined {
  const r = passwordSchema.safeParse(password);
  return r.success ? undefined : `The password ${r.error.issues[0]?.message ?? 'is not valid'}.`;
}

/** A name as typed at sign-in, compared as stored (trimmed, lower case). */
export const normaliseName = (name: string) => name.trim().toLowerCase();
