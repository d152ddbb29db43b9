// The parameters editor's language: either one JSON (or Cypher) map, or Neo4j Browser's
// commands, one or more per text:
//   :param agency => 'icac'        (also the older `:param agency: 'icac'`)
//   :params {from: '2024', to: '2024-10'}
// Parsed before a query is sent, so a typo is reported here (with its line) and never reaches
// the server. Also: which $parameters a query uses, to say which ones are missing.
import { lineColumn, parseLiteral } from './cypher-literal.ts';

export type Params = Record<string, unknown>;

export type ParamsErrorCode = 'syntax' | 'notMap' | 'badCommand' | 'badName' | 'mixed';

export interface ParamsError {
  code: ParamsErrorCode;
  /** What is wrong, in English (the parser's words). */
  detail: string;
  line: number;
  column: number;
}

export type ParamsParse = { ok: true; params: Params; format: 'empty' | 'map' | 'commands' } | { ok: false; error: ParamsError };

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]+`)$/;

function fail(text: string, code: ParamsErrorCode, detail: string, offset: number): ParamsParse {
  return { ok: false, error: { code, detail, ...lineColumn(text, offset) } };
}

const isMap = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the parameters editor's text. */
export function parseParamsText(text: string): ParamsParse {
  const body = stripComments(text);
  if (!body.trim()) return { ok: true, params: {}, format: 'empty' };
  const first = body.search(/\S/);
  if (body[first] !== ':') {
    const r = parseLiteral(text);
    if (!r.ok) {
      // A map followed by :param lines: say so rather than "unexpected ':'".
      if (/^\s*:params?\b/im.test(body.slice(r.offset)))
        return fail(text, 'mixed', 'use either one map or :param lines, not both', r.offset);
      return fail(text, 'syntax', r.message, r.offset);
    }
    if (!isMap(r.value)) return fail(text, 'notMap', 'the parameters must be a map of names to values, like {"agency": "icac"}', first);
    return { ok: true, params: r.value, format: 'map' };
  }

  // Commands: each starts at a line beginning with ":" and runs until the next one (values may span lines).
  const starts: number[] = [];
  const re = /^[ \t]*:/gm;
  for (let m = re.exec(body); m; m = re.exec(body)) starts.push(m.index + m[0].length - 1);
  const params: Params = {};
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? lineStart(body, starts[i + 1]) : body.length;
    const cmd = body.slice(from, to);
    const m = /^:(params?)\b[ \t]*/i.exec(cmd);
    if (!m) return fail(text, 'badCommand', `"${cmd.split('\n')[0].trim()}" is not a parameter command: use :param name => value`, from);
    const restAt = from + m[0].length;
    const rest = body.slice(restAt, to);
    if (m[1].toLowerCase() === 'params') {
      if (!rest.trim()) continue; // ":params" alone lists parameters in Neo4j Browser: nothing to set.
      const r = parseLiteral(rest);
      if (!r.ok) return fail(text, 'syntax', r.message, restAt + r.offset);
      if (!isMap(r.value)) return fail(text, 'notMap', ':params takes a map, like :params {agency: "icac"}', restAt);
      Object.assign(params, r.value);
      continue;
    }
    const nm = /^(`[^`]*`|[^\s=:]+)\s*(=>|:|=)?/.exec(rest);
    if (!nm || !rest.trim()) return fail(text, 'badCommand', 'write :param name => value', from);
    const rawName = nm[1];
    if (!NAME.test(rawName))
      return fail(text, 'badName', `"${rawName}" is not a parameter name (letters, digits and _, not starting with a digit)`, restAt);
    if (!nm[2]) return fail(text, 'badCommand', `write :param ${rawName} => value`, restAt + nm[0].length);
    const valueAt = restAt + nm[0].length;
    const r = parseLiteral(body.slice(valueAt, to));
    if (!r.ok) return fail(text, 'syntax', r.message, valueAt + r.offset);
    const name = rawName.startsWith('`') ? rawName.slice(1, -1) : rawName;
    Object.defineProperty(params, name, { value: r.value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, params, format: 'commands' };
}

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

/** Blanks // comments that start a line (keeping offsets), so they never count as content. */
function stripComments(text: string): string {
  return text.replace(/^([ \t]*)\/\/[^\n]*/gm, (m) => ' '.repeat(m.length));
}

/** The parameters as the editor shows them: pretty JSON, or nothing when there are none. */
export function formatParams(params: Params | undefined | null): string {
  if (!params || !Object.keys(params).length) return '';
  return JSON.stringify(params, null, 2);
}

/** Blanks comments, strings and backticked names, keeping offsets (for scanning Cypher). */
export function blankCypherLiterals(q: string): string {
  return q.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (m) =>
    m.startsWith('`') ? '`' + ' '.repeat(m.length - 2) + '`' : ' '.repeat(m.length),
  );
}

/** The $parameters a query uses, in order of first use. */
export function usedParams(query: string): string[] {
  const names: string[] = [];
  const code = blankCypherLiterals(query);
  // Backticked names ($`my name`) are read from the original text at the same offsets.
  for (const m of code.matchAll(/\$(?:([A-Za-z_][A-Za-z0-9_]*)|(`[^`]*`))/g)) {
    const name = m[1] ?? query.slice(m.index! + 2, m.index! + m[0].length - 1);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Parameters the query uses that are not set. */
export function missingParams(query: string, params: Params): string[] {
  return usedParams(query).filter((n) => !Object.prototype.hasOwnProperty.call(params, n));
}
