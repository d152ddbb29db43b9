// The curated query library: the analyst questions in cypher/queries/*.cypher, each opened by a
// header comment that declares it, parsed at start-up into a registry (a malformed file stops
// the start with an error naming it). Parameters are validated with a zod schema built from the
// header; runs go through the console's read-only path (screen, EXPLAIN, READ transaction,
// timeout, row cap), with the row cap min(maxRows, CYPHER_MAX_ROWS).
//
// Header format, one tag per line, before the first line of Cypher:
//   // @id mous-by-agency-year                      (a slug; must be the file's name)
//   // @title MoUs signed by an agency in a year
//   // @description What it answers; may continue on the following "// ..." lines.
//   // @param agency id = icac — Agency id           (name type [min..max] [= default] — description)
//   // @param at date = null — ...                  (default null: optional, passed as null)
//   // @param limit integer 1..500 = 100 — ...      (no "= default": the parameter is required)
//   // @maxRows 500
//   // @titleZh 某機構某年簽署的諒解備忘錄                (optional: Traditional Chinese title,
//   // @descriptionZh ...                             description — may continue on following lines —
//   // @paramZh agency — 機構 id                       and parameter descriptions)
// Types: string, integer, number, boolean, date (ISO, possibly partial), id (a node id slug).
// The Cypher itself may contain no string literals (every value is a $param) and must use every
// declared parameter and no other.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CuratedQuery, CuratedQueryParam, CuratedQueryParamType, CypherResponse } from '../shared/contracts.ts';
import { badRequest } from '../errors.ts';
import { ID_RE, partialDate } from '../model/model.ts';
import { projectRoot } from '../neo4j-local/paths.ts';
import { tokenize } from '../console/cypher-lexer.ts';
import { screenQuery } from '../console/screen.ts';
import type { CypherConsole } from './cypher-console.ts';

export const QUERY_PARAM_TYPES: readonly CuratedQueryParamType[] = ['string', 'integer', 'number', 'boolean', 'date', 'id'];
export const defaultQueriesDir = path.join(projectRoot, 'cypher', 'queries');

/** Longest string a string parameter accepts. */
const MAX_STRING_PARAM = 1000;
/** Highest @maxRows a header may declare (the same ceiling as CYPHER_MAX_ROWS). */
const MAX_ROWS_CEILING = 100000;

export class QueryLibraryError extends Error {}

const PARAM_RE =
  /^([A-Za-z_][A-Za-z0-9_]*)\s+([a-z]+)(?:\s+(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?)?(?:\s*=\s*(.*?))?\s+(?:—|--)\s+(\S.*)$/;
const TAG_RE = /^@([A-Za-z]+)(?:\s+(.*))?$/;
const PARAM_ZH_RE = /^([A-Za-z_][A-Za-z0-9_]*)\s+(?:—|--)\s+(\S.*)$/;
const SINGLE_TAGS = ['id', 'title', 'description', 'maxRows', 'titleZh', 'descriptionZh'] as const;
type SingleTag = (typeof SINGLE_TAGS)[number];

function displayPath(file: string): string {
  const rel = path.relative(projectRoot, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** The zod schema of one parameter's value (no default, not nullable). */
function valueSchema(p: Pick<CuratedQueryParam, 'type' | 'min' | 'max'>): z.ZodType {
  switch (p.type) {
    case 'string':
      return z.string({ message: 'must be a string' }).max(MAX_STRING_PARAM, `must be at most ${MAX_STRING_PARAM} characters`);
    case 'integer':
    case 'number': {
      let s = z.number({ message: p.type === 'integer' ? 'must be an integer' : 'must be a number' });
      if (p.type === 'integer') s = s.int('must be an integer');
      if (p.min !== undefined) s = s.min(p.min, `must be at least ${p.min}`);
      if (p.max !== undefined) s = s.max(p.max, `must be at most ${p.max}`);
      return s;
    }
    case 'boolean':
      return z.boolean({ message: 'must be true or false' });
    case 'date':
      return z.string({ message: 'must be an ISO date string: 2024, 2024-05 or 2024-05-13' }).pipe(partialDate);
    case 'id':
      return z
        .string({ message: 'must be an id (a string)' })
        .regex(ID_RE, 'must be an id: a lower-case slug (a-z, 0-9 and single hyphens)');
  }
}

function parseDefault(raw: string, type: CuratedQueryParamType): unknown {
  if (raw === 'null') return null;
  if (raw.startsWith('"')) return JSON.parse(raw) as unknown;
  switch (type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}

function parseParam(spec: string, fail: (msg: string) => never): CuratedQueryParam {
  const m = PARAM_RE.exec(spec);
  if (!m) fail(`malformed @param "${spec}": expected "name type [min..max] [= default] — description"`);
  const [, name, type, min, max, rawDefault, description] = m;
  if (!QUERY_PARAM_TYPES.includes(type as CuratedQueryParamType))
    fail(`@param ${name}: unknown type "${type}" (known: ${QUERY_PARAM_TYPES.join(', ')})`);
  const param: CuratedQueryParam = {
    name,
    type: type as CuratedQueryParamType,
    description: description.trim(),
    required: rawDefault === undefined,
  };
  if (min !== undefined || max !== undefined) {
    if (param.type !== 'integer' && param.type !== 'number')
      fail(`@param ${name}: a range (min..max) is only for integer and number parameters`);
    if (min !== undefined) param.min = Number(min);
    if (max !== undefined) param.max = Number(max);
    if (param.min !== undefined && param.max !== undefined && param.min > param.max)
      fail(`@param ${name}: the range ${min}..${max} is empty`);
  }
  if (rawDefault !== undefined) {
    let value: unknown;
    try {
      value = parseDefault(rawDefault.trim(), param.type);
    } catch {
      fail(`@param ${name}: the default ${rawDefault} is not a valid quoted string`);
    }
    if (value !== null) {
      const checked = valueSchema(param).safeParse(value);
      if (!checked.success) fail(`@param ${name}: the default ${rawDefault.trim()} ${checked.error.issues[0]?.message ?? 'is invalid'}`);
    }
    param.default = value as CuratedQueryParam['default'];
  }
  return param;
}

/** Parses one .cypher file (its text and path) into a registry entry; throws QueryLibraryError naming the file. */
export function parseQueryFile(text: string, file: string): CuratedQuery {
  const where = displayPath(file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let lineNo = 0;
  const fail: (msg: string) => never = (msg) => {
    throw new QueryLibraryError(`${where}${lineNo ? `:${lineNo}` : ''}: ${msg}`);
  };
  const tags: Record<SingleTag, string | undefined> = {
    id: undefined,
    title: undefined,
    description: undefined,
    maxRows: undefined,
    titleZh: undefined,
    descriptionZh: undefined,
  };
  const params: CuratedQueryParam[] = [];
  const paramsZh = new Map<string, { text: string; line: number }>();
  let last: 'title' | 'description' | 'titleZh' | 'descriptionZh' | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line.startsWith('//')) break;
    lineNo = i + 1;
    const content = line.slice(2).trim();
    if (!content) continue;
    const tag = TAG_RE.exec(content);
    if (!tag) {
      if (!last) fail(`"${content}" is neither a header tag (// @tag ...) nor the continuation of @title or @description`);
      if (last === 'titleZh' || last === 'descriptionZh') {
        tags[last] = `${tags[last]}${content}`;
        continue;
      }
      tags[last] = `${tags[last]} ${content}`;
      continue;
    }
    const [, name, rest = ''] = tag;
    const value = rest.trim();
    last = undefined;
    if (name === 'param') {
      const p = parseParam(value, fail);
      if (params.some((q) => q.name === p.name)) fail(`@param ${p.name} is declared twice`);
      params.push(p);
    } else if (name === 'paramZh') {
      const m = PARAM_ZH_RE.exec(value);
      if (!m) fail(`malformed @paramZh "${value}": expected "name — description"`);
      if (paramsZh.has(m[1])) fail(`@paramZh ${m[1]} appears twice`);
      paramsZh.set(m[1], { text: m[2].trim(), line: lineNo });
    } else if ((SINGLE_TAGS as readonly string[]).includes(name)) {
      const single = name as SingleTag;
      if (tags[single] !== undefined) fail(`@${single} appears twice`);
      if (!value) fail(`@${single} is empty`);
      tags[single] = value;
      if (single !== 'id' && single !== 'maxRows') last = single;
    } else {
      fail(`unknown header tag @${name} (known: @id, @title, @description, @param, @maxRows, @titleZh, @descriptionZh, @paramZh)`);
    }
  }
  for (const [name, zh] of paramsZh) {
    const p = params.find((x) => x.name === name);
    lineNo = zh.line;
    if (!p) fail(`@paramZh ${name}: no @param ${name} is declared`);
    p.descriptionZh = zh.text;
  }
  lineNo = 0;
  for (const t of ['id', 'title', 'description', 'maxRows'] as const) if (tags[t] === undefined) fail(`the header has no @${t}`);
  const id = tags.id as string;
  if (!ID_RE.test(id)) fail(`@id "${id}" is not a lower-case slug`);
  if (path.basename(file) !== `${id}.cypher`) fail(`@id "${id}" does not match the file name (expected ${id}.cypher)`);
  if (!/^\d+$/.test(tags.maxRows as string) || Number(tags.maxRows) < 1 || Number(tags.maxRows) > MAX_ROWS_CEILING) {
    fail(`@maxRows must be a whole number from 1 to ${MAX_ROWS_CEILING}, not "${tags.maxRows}"`);
  }

  const cypher = lines.slice(i).join('\n').trim();
  if (!cypher) fail('there is no Cypher after the header');
  try {
    screenQuery(cypher, { maxQueryLength: Number.MAX_SAFE_INTEGER, maxNesting: 1000 });
  } catch (err) {
    fail(`the query would be refused by the console: ${(err as Error).message}`);
  }
  const tokens = tokenize(cypher);
  if (tokens.some((t) => t.kind === 'string'))
    fail('the query contains a string literal: every value must be a $parameter declared in the header');
  const used = new Set(tokens.filter((t) => t.kind === 'parameter').map((t) => t.value.replace(/^\$/, '')));
  const declared = new Set(params.map((p) => p.name));
  const undeclared = [...used].filter((u) => !declared.has(u));
  if (undeclared.length)
    fail(
      `the query uses ${undeclared.map((u) => `$${u}`).join(', ')} but the header does not declare ${undeclared.length > 1 ? 'them' : 'it'}`,
    );
  const unused = params.filter((p) => !used.has(p.name)).map((p) => p.name);
  if (unused.length) fail(`@param ${unused.join(', ')} declared but not used in the query`);

  return {
    id,
    title: tags.title as string,
    description: tags.description as string,
    ...(tags.titleZh ? { titleZh: tags.titleZh } : {}),
    ...(tags.descriptionZh ? { descriptionZh: tags.descriptionZh } : {}),
    params,
    maxRows: Number(tags.maxRows),
    cypher,
    file: where,
  };
}

export interface QueryLibrary {
  list(): CuratedQuery[];
  get(id: string): CuratedQuery | undefined;
}

/** Reads and validates every .cypher file of `dir` (sorted by id); throws QueryLibraryError naming the first bad file. */
export function loadQueryLibrary(dir: string = defaultQueriesDir): QueryLibrary {
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
  } catch (err) {
    throw new QueryLibraryError(`Cannot read the curated query folder ${displayPath(dir)}: ${(err as Error).message}`);
  }
  const byId = new Map<string, CuratedQuery>();
  for (const f of files) {
    const file = path.join(dir, f);
    // Ids are unique because each must equal its file's name.
    const q = parseQueryFile(fs.readFileSync(file, 'utf8'), file);
    byId.set(q.id, q);
  }
  const queries = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { list: () => queries, get: (id) => byId.get(id) };
}

/** The zod schema of a query's parameters: types, bounds, defaults; unknown parameters are rejected. */
export function paramsSchema(q: CuratedQuery): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const p of q.params) {
    const base = valueSchema(p);
    shape[p.name] = p.required ? base : p.default === null ? base.nullable().default(null) : base.default(p.default);
  }
  return z.object(shape).strict() as unknown as z.ZodType<Record<string, unknown>>;
}

/**
 * Validates a run's parameters against the header. Every problem becomes one entry of a 400,
 * named "params.<name>". An empty string for an optional parameter (default null) means null,
 * as an empty form field does.
 */
export function validateParams(q: CuratedQuery, input: unknown): Record<string, unknown> {
  const raw = input === undefined || input === null ? {} : input;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw badRequest(`Invalid parameters for query "${q.id}": params: must be an object of parameter values`, {
      problems: [{ field: 'params', message: 'must be an object of parameter values' }],
    });
  }
  const values: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const p of q.params) if (!p.required && p.default === null && values[p.name] === '') values[p.name] = null;
  const parsed = paramsSchema(q).safeParse(values);
  if (parsed.success) return parsed.data;
  const known = q.params.map((p) => p.name).join(', ') || 'none';
  const problems = parsed.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ field: `params.${k}`, message: `unknown parameter (this query takes: ${known})` }))
      : [
          {
            field: ['params', ...i.path].join('.'),
            message:
              i.path.length === 1 && i.code === 'invalid_type' && values[String(i.path[0])] === undefined ? 'is required' : i.message,
          },
        ],
  );
  throw badRequest(`Invalid parameters for query "${q.id}": ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, { problems });
}

/** Runs a curated query (parameters already validated) through the console's read-only path. */
/** Runs a curated query through the console (every guard of a free query applies), capped at its own @maxRows. */
export async function runCuratedQuery(
  cypher: CypherConsole,
  q: CuratedQuery,
  params: Record<string, unknown>,
  client: string,
): Promise<CypherResponse> {
  return cypher.run(q.cypher, params, { client, maxRows: q.maxRows });
}
