// The command line of `npm run user:add` (user-add-cli.ts), read without side effects.
import { accountNameSchema, type Role } from './roles.ts';

export const USAGE = 'Usage: npm run user:add -- [--admin | --curator] NAME   (the password is asked for, or read from stdin)';

/** The role and name of the command line, or a problem. */
export function parseUserAddArgs(argv: string[]): { role: Role; name: string } | { problem: string } {
  let role: Role | undefined;
  const names: string[] = [];
  for (const a of argv) {
    if (a === '--admin' || a === '--curator') {
      const r = a.slice(2) as Role;
      if (role && role !== r) return { problem: 'Give one of --admin and --curator.' };
      role = r;
    } else if (a === '--help' || a === '-h') return { problem: USAGE };
    else if (a.startsWith('-')) return { problem: `Unknown option ${a}.\n${USAGE}` };
    else names.push(a);
  }
  if (names.length !== 1) return { problem: USAGE };
  const name = accountNameSchema.safeParse(names[0]);
  if (!name.success) return { problem: `The name ${name.error.issues[0]?.message}.` };
  return { role: role ?? 'curator', name: name.data };
}
