// The openCypher TCK (../shared/tck/features) as a corpus of real Cypher written by others, for
// testing the console. Reads the Gherkin of every feature file: Background, Scenario and
// Scenario Outline (expanded once per row of each of its Examples tables), the setup queries
// ("having executed"), the queries under test ("executing query", "executing control query"),
// their parameters ("parameters are", Cypher literals) and what each query is expected to do
// (a side-effects table, no side effects, an error). Each query is classified:
//   write  a setup query, a query whose side-effects table has a non-zero row, or a query whose
//          text has CREATE/MERGE/SET/DELETE/REMOVE/FOREACH as a word outside strings and comments;
//   error  the scenario expects an error (SyntaxError, TypeError, ...) for it;
//   read   everything else.
// A rough classification of the corpus, not a security check; it deliberately does not use the
// console's own tokenizer, so the corpus does not inherit the blind spots of the code it tests.
// Run directly (`npx tsx tests/support/tck-corpus.ts`) it prints the counts per kind.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../server/neo4j-local/paths.ts';

export const TCK_FEATURES = path.join(projectRoot, '..', 'shared', 'tck', 'features');

export type TckKind = 'write' | 'read' | 'error';
export type TckRole = 'setup' | 'query' | 'control';

export interface TckQuery {
  /** The feature file, relative to the features folder. */
  file: string;
  /** The scenario's name; an outline's instances end in ` (example N)`. */
  scenario: string;
  query: string;
  params: Record<string, unknown>;
  kind: TckKind;
  /** `setup` = a "having executed" query, `query` = "executing query", `control` = "executing control query". */
  role: TckRole;
  /** The error the scenario expects (`SyntaxError`, `TypeError`, ...), if any. */
  expectedError?: string;
  /** Names of parameters whose value could not be parsed (left out of `params`). */
  skippedParams?: string[];
}

export interface TckCorpus {
  queries: TckQuery[];
  files: number;
  /** Scenarios after outline expansion. */
  scenarios: number;
  counts: Record<TckKind, number>;
  /** Parameter values that could not be parsed (each left out of its query's params). */
  skippedParams: number;
}

// ---------------------------------------------------------------------------------------------
// Cypher literals (parameter values)

export class LiteralError extends Error {}

/**
 * Parses a simple Cypher literal: integers (decimal, 0x hex, 0o octal), floats, strings in
 * single or double quotes (with escapes), true/false/null, lists `[...]` and maps `{k: v}`.
 * Throws LiteralError on anything else (an expression, a temporal function, an integer JSON
 * cannot carry exactly, Infinity/NaN).
 */
export function parseLiteral(text: string): unknown {
  const s = text;
  let i = 0;
  const fail = (why: string): never => {
    throw new LiteralError(`${why} at offset ${i} in ${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}...` : s)}`);
  };
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const quoted = (q: string): string => {
    let out = '';
    for (i++; i < s.length; i++) {
      const c = s[i];
      if (c === q) {
        i++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = s[++i];
      if (e === undefined) break;
      const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
      if (e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) {
        out += String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16));
        i += 4;
      } else fail(`unknown escape \\${e}`);
    }
    return fail('unterminated string');
  };
  const key = (): string => {
    ws();
    if (s[i] === '`') {
      const end = s.indexOf('`', i + 1);
      if (end < 0) fail('unterminated `key`');
      const k = s.slice(i + 1, end);
      i = end + 1;
      return k;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!m) return fail('expected a map key');
    i += m[0].length;
    return m[0];
  };
  const value = (depth: number): unknown => {
    if (depth > 100) fail('nested too deep');
    ws();
    const c = s[i];
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (s[i] === ']') return (i++, out);
      for (;;) {
        out.push(value(depth + 1));
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return (i++, out);
        else fail('expected , or ] in a list');
      }
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (s[i] === '}') return (i++, out);
      for (;;) {
        const k = key();
        ws();
        if (s[i] !== ':') fail('expected : after a map key');
        i++;
        out[k] = value(depth + 1);
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return (i++, out);
        else fail('expected , or } in a map');
      }
    }
    if (c === "'" || c === '"') return quoted(c);
    const rest = s.slice(i);
    const word = /^(true|false|null)(?![A-Za-z0-9_])/i.exec(rest);
    if (word) {
      i += word[0].length;
      const w = word[0].toLowerCase();
      return w === 'true' ? true : w === 'false' ? false : null;
    }
    const radix = /^(-?)0(x[0-9a-fA-F]+|o[0-7]+)(?![A-Za-z0-9_.])/.exec(rest);
    if (radix) {
      i += radix[0].length;
      const n = Number(`0${radix[2]}`) * (radix[1] ? -1 : 1);
      if (!Number.isSafeInteger(n)) fail('integer too large for JSON');
      return n;
    }
    const num = /^-?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?(?![A-Za-z0-9_.])/.exec(rest);
    if (num) {
      i += num[0].length;
      const n = Number(num[0]);
      const isInt = /^-?\d+$/.test(num[0]);
      if (!Number.isFinite(n)) fail('not a finite number');
      if (isInt && !Number.isSafeInteger(n)) fail('integer too large for JSON');
      return n;
    }
    return fail('not a simple literal');
  };
  const v = value(0);
  ws();
  if (i !== s.length) fail('trailing text');
  return v;
}

// ---------------------------------------------------------------------------------------------
// The write-word check (rough, for classifying the corpus only)

/** The query with string literals, backtick names and comments blanked out (same length). */
export function blankStringsAndComments(query: string): string {
  let out = '';
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i];
    const d = query[i + 1];
    if (c === '/' && d === '/') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && d === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += query.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        if (c !== '`' && query[j] === '\\') j += 2;
        else if (query[j] === c) {
          // `` inside a backtick name is an escaped backtick
          if (c === '`' && query[j + 1] === '`') j += 2;
          else break;
        } else j++;
      }
      const stop = Math.min(n, j + 1);
      out += ' ' + query.slice(i + 1, stop - 1).replace(/[^\n]/g, ' ') + (stop - 1 > i ? ' ' : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * True when CREATE, MERGE, SET, DELETE, REMOVE or FOREACH appears as a word outside strings and
 * comments, and not as a property (`n.set`), label (`:Create`), parameter (`$set`) or map key (`{set: 1}`).
 */
export function hasWriteWord(query: string): boolean {
  return /(?<![.:$\w])(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)(?!\w)(?!\s*:)/i.test(blankStringsAndComments(query));
}

// ---------------------------------------------------------------------------------------------
// Gherkin

export interface GherkinStep {
  keyword: string;
  text: string;
  doc?: string;
  table?: string[][];
}

export interface GherkinScenario {
  name: string;
  outline: boolean;
  steps: GherkinStep[];
  /** One entry per Examples block: the header row and the data rows. */
  examples: { header: string[]; rows: string[][] }[];
}

export interface GherkinFeature {
  name: string;
  background: GherkinStep[];
  scenarios: GherkinScenario[];
}

/** Splits a table row into cells, with Gherkin's escapes (`\|`, `\\`, `\n`). */
export function tableCells(line: string): string[] {
  const t = line.trim();
  const cells: string[] = [];
  let cur = '';
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c === '\\' && i + 1 < t.length) {
      const e = t[i + 1];
      if (e === '|' || e === '\\') {
        cur += e;
        i++;
        continue;
      }
      if (e === 'n') {
        cur += '\n';
        i++;
        continue;
      }
    }
    if (c === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  return cells;
}

/** Removes the indentation all non-blank lines share. */
export function stripCommonIndent(lines: string[]): string {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length)).replace(/\s+$/, '')).join('\n');
}

const STEP = /^(Given|When|Then|And|But|\*)\s+(.*)$/;

/** Reads one feature file's structure (outlines not yet expanded). */
export function parseGherkin(text: string): GherkinFeature {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const feature: GherkinFeature = { name: '', background: [], scenarios: [] };
  let steps: GherkinStep[] | undefined;
  let scenario: GherkinScenario | undefined;
  let examples: GherkinScenario['examples'][number] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith('@')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^Feature:\s*(.*)$/.exec(t))) {
      feature.name = m[1];
      continue;
    }
    if (/^Background:/.test(t)) {
      steps = feature.background;
      scenario = undefined;
      examples = undefined;
      continue;
    }
    if ((m = /^Scenario( Outline| Template)?:\s*(.*)$/.exec(t))) {
      scenario = { name: m[2], outline: !!m[1], steps: [], examples: [] };
      feature.scenarios.push(scenario);
      steps = scenario.steps;
      examples = undefined;
      continue;
    }
    if (/^(Examples|Scenarios):/.test(t)) {
      if (scenario) {
        examples = { header: [], rows: [] };
        scenario.examples.push(examples);
      }
      continue;
    }
    if (t.startsWith('"""') || t.startsWith('```')) {
      const fence = t.slice(0, 3);
      const doc: string[] = [];
      for (i++; i < lines.length && lines[i].trim() !== fence; i++) doc.push(lines[i]);
      const step = steps?.[steps.length - 1];
      if (step) step.doc = stripCommonIndent(doc);
      continue;
    }
    if (t.startsWith('|')) {
      const cells = tableCells(t);
      if (examples) {
        if (!examples.header.length) examples.header = cells;
        else examples.rows.push(cells);
      } else {
        const step = steps?.[steps.length - 1];
        if (step) (step.table ??= []).push(cells);
      }
      continue;
    }
    if ((m = STEP.exec(t)) && steps) {
      examples = undefined;
      steps.push({ keyword: m[1], text: m[2] });
    }
  }
  return feature;
}

/** An outline's instances, one per Examples row (`<name>` replaced in step texts, doc strings and tables). */
export function expandScenario(s: GherkinScenario): { name: string; steps: GherkinStep[] }[] {
  if (!s.outline) return [{ name: s.name, steps: s.steps }];
  const out: { name: string; steps: GherkinStep[] }[] = [];
  for (const block of s.examples) {
    for (const row of block.rows) {
      const sub = (text: string) =>
        text.replace(/<([^<>\n]+)>/g, (all, k: string) => {
          const at = block.header.indexOf(k);
          return at >= 0 ? (row[at] ?? '') : all;
        });
      out.push({
        name: `${sub(s.name)} (example ${out.length + 1})`,
        steps: s.steps.map((st) => ({
          keyword: st.keyword,
          text: sub(st.text),
          ...(st.doc !== undefined ? { doc: sub(st.doc) } : {}),
          ...(st.table ? { table: st.table.map((r) => r.map(sub)) } : {}),
        })),
      });
    }
  }
  return out;
}

/** True when a side-effects table (`| +nodes | 1 |` ...) has a row whose count is not zero. */
export function sideEffectsWrite(table: string[][] | undefined): boolean {
  return !!table?.some((r) => r.length >= 2 && r[1].trim() !== '' && Number(r[1]) !== 0);
}

interface QueryBlock {
  role: TckRole;
  query: string;
  params: Record<string, unknown>;
  skippedParams: string[];
  sideEffects?: string[][];
  expectedError?: string;
}

/** The queries of one feature file's text, classified. */
export function parseFeature(text: string, file = '<inline>'): { queries: TckQuery[]; scenarios: number; skippedParams: number } {
  const feature = parseGherkin(text);
  const queries: TckQuery[] = [];
  let scenarios = 0;
  let skippedParams = 0;
  for (const raw of feature.scenarios) {
    for (const sc of expandScenario(raw)) {
      scenarios++;
      let params: Record<string, unknown> = {};
      let skipped: string[] = [];
      const blocks: QueryBlock[] = [];
      let current: QueryBlock | undefined;
      for (const st of [...feature.background, ...sc.steps]) {
        const t = st.text.trim();
        if (/^having executed:?$/i.test(t)) {
          if (st.doc !== undefined) blocks.push({ role: 'setup', query: st.doc, params: {}, skippedParams: [] });
          current = undefined;
        } else if (/^parameters are:?$/i.test(t)) {
          params = {};
          skipped = [];
          for (const row of st.table ?? []) {
            if (row.length < 2 || !row[0]) continue;
            try {
              params[row[0]] = parseLiteral(row[1]);
            } catch (err) {
              if (!(err instanceof LiteralError)) throw err;
              skipped.push(row[0]);
              skippedParams++;
            }
          }
        } else if (/^executing (control )?query:?$/i.test(t)) {
          current = {
            role: /control/i.test(t) ? 'control' : 'query',
            query: st.doc ?? '',
            params: { ...params },
            skippedParams: [...skipped],
          };
          blocks.push(current);
        } else if (/should be raised/i.test(t)) {
          if (current) current.expectedError = /\b(\w+) should be raised/i.exec(t)?.[1] ?? 'Error';
        } else if (/^the side effects should be:?$/i.test(t)) {
          if (current) current.sideEffects = st.table ?? [];
        }
      }
      for (const b of blocks) {
        if (!b.query.trim()) continue;
        const kind: TckKind =
          b.role === 'setup' || sideEffectsWrite(b.sideEffects) || hasWriteWord(b.query) ? 'write' : b.expectedError ? 'error' : 'read';
        queries.push({
          file,
          scenario: sc.name,
          query: b.query,
          params: b.params,
          kind,
          role: b.role,
          ...(b.expectedError ? { expectedError: b.expectedError } : {}),
          ...(b.skippedParams.length ? { skippedParams: b.skippedParams } : {}),
        });
      }
    }
  }
  return { queries, scenarios, skippedParams };
}

export function countKinds(queries: TckQuery[]): Record<TckKind, number> {
  const counts: Record<TckKind, number> = { write: 0, read: 0, error: 0 };
  for (const q of queries) counts[q.kind]++;
  return counts;
}

function featureFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.feature')) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every feature file's queries, classified, with the counts. */
export function loadTckCorpus(dir = TCK_FEATURES): TckCorpus {
  const files = featureFiles(dir);
  const queries: TckQuery[] = [];
  let scenarios = 0;
  let skippedParams = 0;
  for (const f of files) {
    const parsed = parseFeature(fs.readFileSync(f, 'utf8'), path.relative(dir, f).split(path.sep).join('/'));
    queries.push(...parsed.queries);
    scenarios += parsed.scenarios;
    skippedParams += parsed.skippedParams;
  }
  return { queries, files: files.length, scenarios, counts: countKinds(queries), skippedParams };
}

/** Just the list: `{ file, scenario, query, params, kind, ... }[]`. */
export function loadTckQueries(dir = TCK_FEATURES): TckQuery[] {
  return loadTckCorpus(dir).queries;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const c = loadTckCorpus();
  const unique = (k: TckKind) => new Set(c.queries.filter((q) => q.kind === k).map((q) => JSON.stringify([q.query, q.params]))).size;
  console.log(
    `TCK corpus: ${c.files} files, ${c.scenarios} scenarios, ${c.queries.length} queries, ${c.skippedParams} parameter values skipped`,
  );
  for (const k of ['write', 'read', 'error'] as const)
    console.log(`  ${k.padEnd(5)} ${String(c.counts[k]).padStart(5)} (${unique(k)} unique)`);
}
