// A small Cypher tokenizer for the console's text screen. It splits a query the way Neo4j 5's
// parser does where it matters for security: Cypher's own whitespace (which includes U+001C–U+001F
// and the Unicode spaces, unlike JavaScript's `\s`), `//` and `/* */` comments, '…' and "…"
// strings with backslash escapes, `…` names with doubled backticks — and, before all of that,
// \uXXXX escapes anywhere in the text: Neo4j decodes them first, as Java does its source
// (`LOAD\u0020CSV` is LOAD CSV, `\u0027` opens a string, `\u000a` ends a // comment), except
// where the backslash is itself escaped (`\\u0041` stays text). Comments and strings are then
// taken in one left-to-right pass, so a '//' inside a string or a quote inside a backtick name hides nothing.
// The whitespace set was checked against the database itself (tests/integration/cypher-lexer-truth.test.ts).

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Strings and quoted names unescaped, parameters without `$` (offsets are in the text with \u escapes decoded). */
  value: string;
  start: number;
  end: number;
}

export class CypherLexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Cypher 5's whitespace (the grammar's SPACE rule), as the database accepts it between keywords. */
export const CYPHER_WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

const isSpace = (c: string) => CYPHER_WHITESPACE.has(c.codePointAt(0)!);
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Pc}\p{Sc}]/u;
const DIGIT = /[0-9]/;
const MULTI_SYMBOLS = ['<>', '<=', '>=', '=~', '+=', '..', '->', '<-', '::', '||'];
const STRING_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The query with every unescaped \uXXXX replaced by its character, as Neo4j reads it. A backslash
 * preceded by an odd number of backslashes is escaped and starts nothing; a \u without four hex
 * digits is an error, as in the database.
 */
export function decodeUnicodeEscapes(query: string): string {
  if (!query.includes('\\u')) return query;
  let out = '';
  let run = 0; // backslashes seen in a row
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '\\' && run % 2 === 0 && query[i + 1] === 'u') {
      const digits = query.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new CypherLexError(`"\\u" at offset ${i} is not followed by four hexadecimal digits`, i);
      out += String.fromCharCode(parseInt(digits, 16));
      i += 5;
      run = 0;
      continue;
    }
    run = c === '\\' ? run + 1 : 0;
    out += c;
  }
  return out;
}

export function tokenize(raw: string): Token[] {
  const query = decodeUnicodeEscapes(raw);
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  const hex = (at: number, len: number) => {
    const digits = query.slice(at, at + len);
    if (digits.length !== len || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
    const cp = parseInt(digits, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  };

  while (i < n) {
    const c = query[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && query[i + 1] === '/') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && query[i + 1] === '*') {
      const close = query.indexOf('*/', i + 2);
      if (close < 0) throw new CypherLexError(`unterminated comment starting at offset ${start}`, start);
      i = close + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new CypherLexError(`unterminated string starting at offset ${start}`, start);
        const ch = query[i];
        if (ch === c) {
          i++;
          break;
        }
        if (ch === '\\') {
          const e = query[i + 1];
          if (e === 'U' && hex(i + 2, 8) !== undefined) {
            value += hex(i + 2, 8);
            i += 10;
          } else {
            value += STRING_ESCAPES[e] ?? `\\${e ?? ''}`;
            i += 2;
          }
          continue;
        }
        value += ch;
        i++;
      }
      tokens.push({ kind: 'string', text: query.slice(start, i), value, start, end: i });
      continue;
    }
    if (c === '`' || (c === '$' && query[i + 1] === '`')) {
      const open = c === '$' ? i + 1 : i;
      let value = '';
      i = open + 1;
      for (;;) {
        if (i >= n) throw new CypherLexError(`unterminated backtick name starting at offset ${start}`, start);
        if (query[i] === '`') {
          if (query[i + 1] === '`') {
            value += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += query[i++];
      }
      tokens.push({ kind: c === '$' ? 'parameter' : 'quoted', text: query.slice(start, i), value, start, end: i });
      continue;
    }
    if (c === '$') {
      i++;
      let value = '';
      while (i < n && WORD_CHAR.test(query[i])) value += query[i++];
      tokens.push({ kind: 'parameter', text: query.slice(start, i), value, start, end: i });
      continue;
    }
    if (DIGIT.test(c) || (c === '.' && DIGIT.test(query[i + 1] ?? ''))) {
      // Numbers: digits, a fraction, an exponent, hex/octal prefixes and underscores, read loosely.
      while (i < n && /[0-9A-Za-z_.]/.test(query[i])) {
        if (query[i] === '.' && (query[i + 1] === '.' || !DIGIT.test(query[i + 1] ?? ''))) break;
        i++;
      }
      tokens.push({ kind: 'number', text: query.slice(start, i), value: query.slice(start, i), start, end: i });
      continue;
    }
    if (WORD_CHAR.test(c)) {
      while (i < n && WORD_CHAR.test(query[i])) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i), value: query.slice(start, i), start, end: i });
      continue;
    }
    const multi = MULTI_SYMBOLS.find((s) => query.startsWith(s, i));
    const sym = multi ?? String.fromCodePoint(query.codePointAt(i)!);
    i += sym.length;
    tokens.push({ kind: 'symbol', text: sym, value: sym, start, end: i });
  }
  return tokens;
}

/** True for a word token spelling `keyword` (case-insensitive, escapes decoded). */
export const isWord = (t: Token | undefined, ...keywords: string[]) => t?.kind === 'word' && keywords.includes(t.value.toUpperCase());

/**
 * How deeply the query nests: brackets ( [ { count one level each, and so does each NOT of a chain
 * (`NOT NOT NOT …` nests as deeply as brackets do in the parser, without a bracket in sight).
 */
export function nestingDepth(tokens: Token[]): number {
  let depth = 0;
  let max = 0;
  let nots = 0;
  for (const t of tokens) {
    if (t.kind === 'symbol' && (t.value === '(' || t.value === '[' || t.value === '{')) depth++;
    else if (t.kind === 'symbol' && (t.value === ')' || t.value === ']' || t.value === '}')) depth = Math.max(0, depth - 1);
    if (isWord(t, 'NOT')) nots++;
    else nots = 0;
    max = Math.max(max, depth + nots);
  }
  return max;
}

/** The query's statements: token lists split on top-level `;`, empty ones dropped. */
export function splitStatements(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'symbol' && '([{'.includes(t.value)) depth++;
    if (t.kind === 'symbol' && ')]}'.includes(t.value)) depth--;
    if (t.kind === 'symbol' && t.value === ';' && depth <= 0) out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((s) => s.length > 0);
}
