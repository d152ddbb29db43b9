// Edge validation: parses query strings and bodies with zod; every problem becomes one 400.
// One rule per kind of value, used by every route: whole numbers in decimal digits only
// (`intParam`), ISO dates possibly partial with a real calendar check (`partialDateParam`),
// comma lists (`listParam`), and strict query objects: an unknown parameter is a 400 naming it.
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { partialDate } from '../model/model.ts';
import { badRequest } from '../errors.ts';

/** At most this many problems are listed in one 400 (its `problemCount` gives them all). */
export const MAX_PROBLEMS = 50;

export interface Problem {
  field: string;
  message: string;
}

function knownKeys(schema: z.ZodType, path: PropertyKey[]): string[] | undefined {
  let s: unknown = schema;
  for (const key of path) {
    if (!(s instanceof z.ZodObject)) return undefined;
    s = (s.shape as Record<string, unknown>)[String(key)];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string, unknownKey = 'field'): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, named, with what is known.
      const known = knownKeys(schema, issue.path);
      const message = `unknown ${unknownKey}${known ? ` (known: ${known.join(', ') || 'none'})` : ''}`;
      for (const key of issue.keys) problems.push({ field: [...issue.path, key].join('.'), message });
    } else {
      problems.push({ field: issue.path.join('.') || '(body)', message: issue.message });
    }
  }
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  const list = shown.map((p) => `${p.field.slice(0, 200)}: ${p.message}`).join('; ');
  throw badRequest(`Invalid ${what}: ${list}${more > 0 ? `; … and ${more} more` : ''}`, { problems: shown, problemCount: problems.length });
}

/** Query-string helper: "a,b" or repeated ?x=a&x=b into a string array. */
export function listParam(v: unknown): string[] | undefined {
  if (v === undefined || v === '') return undefined;
  const items = (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]));
  return items.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '') as string[];
}

/** A comma list parameter ("a,b" or repeated) whose items must pass `item`. */
export function listOf<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(listParam, z.array(item).max(max, `at most ${max} items`).optional());
}

const INT_RE = /^-?\d{1,15}$/;
const once = 'must be given once';

/**
 * A whole-number query parameter: decimal digits only (no hex, exponents, spaces or "+"), within
 * min..max; `def` when absent. Documented (OpenAPI) as the integer it stands for.
 */
export function intParam(min: number, max: number, def: number) {
  return z
    .string({ message: `${once}, as a whole number` })
    .regex(INT_RE, `must be a whole number in decimal digits, from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? def)
    .meta({ type: 'integer', minimum: min, maximum: max });
}

/** An ISO date query parameter, possibly partial (2024, 2024-05, 2024-05-13), a real calendar date. */
export const partialDateParam = z.string({ message: `${once}, as an ISO date: 2024, 2024-05 or 2024-05-13` }).pipe(partialDate);

/** A boolean query parameter: true/false/1/0. */
export const boolParam = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

/** A single string query parameter (not repeated) of at most `max` characters. */
export const stringParam = (max: number) => z.string({ message: `${once}, as text` }).max(max, `must be at most ${max} characters`);

/** The validated query of a request, as set by `validQuery` (the response cache keys by it). */
export const validatedQuery = (res: Response): unknown => res.locals.validQuery;

/**
 * Middleware validating `req.query` against a strict object schema (unknown parameters are a
 * 400 naming them) before the cache and the handler; `.of(res)` gives the typed result and
 * `.schema` is the schema it checks (so a test can compare it with the OpenAPI document).
 */
export function validQuery<S extends z.ZodObject>(
  schema: S,
  what: string,
  refine?: (v: z.infer<S>) => Problem | undefined,
): RequestHandler & { schema: z.ZodObject; of(res: Response): z.infer<S> } {
  const strict = schema.strict();
  const mw: RequestHandler = (req, res, next) => {
    const q = parseInput(strict, req.query, what, 'parameter') as z.infer<S>;
    const bad = refine?.(q);
    if (bad) throw badRequest(`Invalid ${what}: ${bad.field}: ${bad.message}`, { problems: [bad], problemCount: 1 });
    res.locals.validQuery = q;
    next();
  };
  return Object.assign(mw, { schema: strict, of: (res: Response) => res.locals.validQuery as z.infer<S> });
}
