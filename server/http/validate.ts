// Edge validation: parses query strings and bodies with zod; every problem becomes one 400.
import type { z } from 'zod';
import { badRequest } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
    throw badRequest(`Invalid ${what}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, { problems });
  }
  return parsed.data;
}

/** Query-string helper: "a,b" or repeated ?x=a&x=b into a string array. */
export function listParam(v: unknown): string[] | undefined {
  if (v === undefined || v === '') return undefined;
  const items = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]));
  return items.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '') as string[];
}
