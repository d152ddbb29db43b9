// The openCypher TCK (../shared/tck/features) as a corpus of real Cypher written by others, for
// testing the console. Reads the Gherkin: scenarios and outlines (expanded with their Examples),
// setup queries ("having executed"), the query under test, its parameters, and what the scenario
// expects (side effects, an error). Classifies each query: `write` (setup queries, scenarios with
// side effects, or a writing keyword in the text), `error` (the scenario expects an error), `read`.
// A rough classification of the corpus, not a security check.
import fs from 'node:fs';
import path from 'node:path';
import { tokenize } from '../../server/console/cypher-lexer.ts';
import { projectRoot } from '../../server/neo4j-local/paths.ts';

export const TCK_FEATURES = path.join(projectRoot, '..', 'shared', 'tck', 'features');

export type TckKind = 'write' | 'read' | 'error';

export interface TckQuery {
  file: string;
  scenario: string;
  query: string;
  params: Record<string, unknown>;
  kind: TckKind;
}

const WRITE_WORDS = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'REMOVE', 'FOREACH']);

/** True when the text has a writing keyword outside strings and comments (or cannot be tokenized: then by plain words). */
export function hasWriteWord(query: string): boolean {
  try {
    return tokenize(query).some((t) => t.kind === 'word' && WRITE_WORDS.has(t.value.toUpperCase()));
  } catch {
    return /\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)\b/i.test(query);
  }
}

/** Parses a TCK parameter value (a Cypher literal): numbers, strings, booleans, null, lists, maps. */
export function parseLiteral(text: string): unknown {
  let i = 0;
  const s = text.trim();
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const value = (): unknown => {
    ws();
    const c = s[i];
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (s[i] === ']') return i++, out;
      for (;;) {
        out.push(value());
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') return i++, out;
        else throw new Error(`bad list at ${i}`);
      }
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (s[i] === '}') return i++, out;
      for (;;) {
        ws();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
        if (!m) throw new Error(`bad key at ${i}`);
        i += m[0].length;
        ws();
        if (s[i++] !== ':') throw new Error(`expected : at ${i}`);
        out[m[0]] = value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') return i++, out;
        else throw new Error(`bad map at ${i}`);
      }
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated string');
      const v = s.slice(i + 1, end);
      i = end + 1;
      return v;
    }
    const m = /^(-?\d+\.\d+(e-?\d+)?|-?\d+|true|false|null)/i.exec(s.slice(i));
    if (!m) throw new Error(`cannot parse "${s.slice(i, i + 20)}"`);
    i += m[0].length;
    const w = m[0].toLowerCase();
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    return Number(m[0]);
  };
  const v = value();
  ws();
  if (i !== s.length) throw new Error(`trailing text in "${s}"`);
  return v;
}

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

interface RawScenario {
  name: string;
  steps: { keyword: string; text: string; doc?: string; table?: string[][] }[];
  examples: string[][];
}

/** Reads one feature file's scenarios (outlines not yet expanded). */
export function parseFeature(text: string): RawScenario[] {
  const lines = text.split('\n');
  const out: RawScenario[] = [];
  let cur: RawScenario | undefined;
  let inExamples = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (t.startsWith('#') || !t) continue;
    if (/^Scenario( Outline)?:/.test(t)) {
      cur = { name: t.replace(/^Scenario( Outline)?:\s*/, ''), steps: [], examples: [] };
      out.push(cur);
      inExamples = false;
      continue;
    }
    if (!cur) continue;
    if (/^Examples:/.test(t)) {
      inExamples = true;
      continue;
    }
    if (t.startsWith('|')) {
      if (inExamples) cur.examples.push(cells(t));
      else cur.steps[cur.steps.length - 1]?.table?.push(cells(t));
      continue;
    }
    if (t === '"""') {
      const indent = line.indexOf('"""');
      const doc: string[] = [];
      for (i++; i < lines.length && lines[i].trim() !== '"""'; i++) doc.push(lines[i].slice(Math.min(indent, lines[i].search(/\S|$/))));
      const step = cur.steps[cur.steps.length - 1];
      if (step) step.doc = doc.join('\n');
      continue;
    }
    const m = /^(Given|When|Then|And|But)\s+(.*)$/.exec(t);
    if (m) {
      inExamples = false;
      cur.steps.push({ keyword: m[1], text: m[2], table: [] });
    }
  }
  return out;
}

function expand(s: RawScenario): { name: string; steps: RawScenario['steps'] }[] {
  if (s.examples.length < 2) return [{ name: s.name, steps: s.steps }];
  const [header, ...rows] = s.examples;
  const sub = (text: string, row: string[]) => text.replace(/<([^<>\s]+)>/g, (all, key: string) => (header.includes(key) ? row[header.indexOf(key)] : all));
  return rows.map((row, k) => ({
    name: `${s.name} #${k + 1}`,
    steps: s.steps.map((st) => ({ ...st, doc: st.doc === undefined ? undefined : sub(st.doc, row), table: st.table?.map((r) => r.map((c) => sub(c, row))) })),
  }));
}

export interface TckCorpus {
  queries: TckQuery[];
  /** Scenarios whose parameters could not be parsed (their query is left out). */
  skippedParams: number;
}

export function loadTckCorpus(dir = TCK_FEATURES): TckCorpus {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.feature')) files.push(path.join(d, e.name));
    }
  };
  walk(dir);
  files.sort();
  const queries: TckQuery[] = [];
  let skippedParams = 0;
  for (const f of files) {
    const file = path.relative(dir, f);
    for (const raw of parseFeature(fs.readFileSync(f, 'utf8'))) {
      for (const sc of expand(raw)) {
        const sideEffects = sc.steps.find((s) => /^the side effects should be/.test(s.text));
        const writesByEffects = !!sideEffects?.table?.some((r) => Number(r[1]) !== 0);
        const expectsError = sc.steps.some((s) => /should be raised/.test(s.text));
        let params: Record<string, unknown> = {};
        const paramStep = sc.steps.find((s) => /^parameters are/.test(s.text));
        if (paramStep) {
          try {
            params = Object.fromEntries((paramStep.table ?? []).map(([k, v]) => [k, parseLiteral(v)]));
          } catch {
            skippedParams++;
            continue;
          }
        }
        for (const st of sc.steps) {
          if (st.doc === undefined) continue;
          if (/^having executed/.test(st.text)) queries.push({ file, scenario: sc.name, query: st.doc, params: {}, kind: 'write' });
          else if (/^executing control query/.test(st.text)) {
            // A control query reads back what the scenario wrote: its own text decides.
            queries.push({ file, scenario: sc.name, query: st.doc, params, kind: hasWriteWord(st.doc) ? 'write' : 'read' });
          } else if (/^executing query/.test(st.text)) {
            const kind: TckKind = writesByEffects || hasWriteWord(st.doc) ? 'write' : expectsError ? 'error' : 'read';
            queries.push({ file, scenario: sc.name, query: st.doc, params, kind });
          }
        }
      }
    }
  }
  return { queries, skippedParams };
}
