// Reads the seed folder (sources.json, graph/*.json, reference/*.csv, the documents' text)
// and validates it as one set. Used by `npm run seed:check`, `npm run seed` and start-up.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { NodeLabel } from '../model/model.ts';
import type { GraphDoc, NodeRecord, RelRecord, SourceRecord } from '../model/records.ts';
import type { SeedStamp } from '../model/seed-format.ts';
import { normaliseText, validateDocs, type Problem } from '../model/validate.ts';
import { projectRoot } from '../neo4j-local/paths.ts';
import { applyReferenceNames, checkDocumentNames } from './chinese-names.ts';
import { buildReferenceLayer, type ReferenceFiles } from './reference.ts';

export const seedDir = path.join(projectRoot, 'seed');

export interface LoadedSeed {
  problems: Problem[];
  docs: { file: string; doc: GraphDoc }[];
  sources: SourceRecord[];
  files: string[];
  /** Each record of graph/*.json (by object): its file, position, and what the loader added to it. */
  stamps: Map<object, SeedStamp>;
}

function readJson(file: string, problems: Problem[], dir: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push({ file: path.relative(dir, file), record: '(file)', field: '(json)', message: `not valid JSON: ${(err as Error).message}` });
    return undefined;
  }
}

/** Text of each document source, normalised, for the evidence check and the citation view. */
export function readSourceTexts(sources: SourceRecord[], dir = seedDir): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of sources) {
    if (s.kind !== 'document' || !s.file) continue;
    const p = path.join(dir, 'sources', s.file);
    if (fs.existsSync(p)) texts.set(s.id, normaliseText(fs.readFileSync(p, 'utf8')));
  }
  return texts;
}

export function readSourceText(file: string, dir = seedDir): string | undefined {
  const p = path.join(dir, 'sources', path.basename(file));
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

/**
 * One reference CSV as records keyed by its header row (RFC 4180: quoted fields, doubled quotes,
 * commas and newlines inside quotes; a BOM is dropped). Names and values are trimmed, quoted ones
 * too; a short row gets '' for its missing fields, a long row's extra fields are dropped; rows
 * with nothing but blanks are skipped, before the header too.
 */
export function parseReferenceCsv(text: string): Record<string, string>[] {
  const rows = parse(text, {
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  }) as string[][];
  const [header, ...body] = rows;
  if (!header) return [];
  const columns = header.map((h) => h.trim());
  return body.map((r) => Object.fromEntries(columns.map((h, i) => [h, (r[i] ?? '').trim()])));
}

export function readReferenceFiles(dir = seedDir): ReferenceFiles {
  const refDir = path.join(dir, 'reference');
  const out: ReferenceFiles = {};
  if (!fs.existsSync(refDir)) return out;
  for (const f of fs.readdirSync(refDir).filter((f) => f.endsWith('.csv')).sort()) {
    out[f] = parseReferenceCsv(fs.readFileSync(path.join(refDir, f), 'utf8'));
  }
  return out;
}

/** Reads and validates the whole seed folder (or another folder of the same shape, for tests). */
export function loadSeed(dir = seedDir): LoadedSeed {
  const problems: Problem[] = [];
  const sourcesFile = path.join(dir, 'sources.json');
  const rawSources = fs.existsSync(sourcesFile) ? readJson(sourcesFile, problems, dir) : [];
  const graphDir = path.join(dir, 'graph');
  const graphFiles = fs.existsSync(graphDir) ? fs.readdirSync(graphDir).filter((f) => f.endsWith('.json')).sort() : [];
  const inputs: { file: string; data: unknown }[] = [{ file: 'sources.json', data: { sources: Array.isArray(rawSources) ? rawSources : [rawSources] } }];
  for (const f of graphFiles) {
    const data = readJson(path.join(graphDir, f), problems, dir);
    if (data !== undefined) inputs.push({ file: `graph/${f}`, data });
  }
  // Source texts come from the (unvalidated) list, so evidence can be checked in the same pass.
  const sourceList = (Array.isArray(rawSources) ? rawSources : []) as SourceRecord[];
  for (const s of sourceList) {
    if (s && typeof s === 'object' && s.kind === 'document' && s.file && !fs.existsSync(path.join(dir, 'sources', s.file))) {
      problems.push({ file: 'sources.json', record: `sources (${s.id})`, field: 'file', message: `document file sources/${s.file} does not exist` });
    }
  }
  const sourceTexts = readSourceTexts(sourceList.filter((s) => s && typeof s === 'object'), dir);
  const curated = validateDocs(inputs, { sourceTexts });
  problems.push(...curated.problems);
  // What each curated record states, before the loader adds names and reference data to it.
  const stated = new Map<NodeRecord | RelRecord, { file: string; index: number; keys: Set<string>; sources: string[] }>();
  for (const { file, doc } of curated.docs) {
    const name = path.basename(file);
    for (const list of [doc.nodes, doc.relationships] as (NodeRecord | RelRecord)[][]) {
      list.forEach((rec, index) => {
        stated.set(rec, { file: name, index, keys: new Set(Object.keys(rec).filter((k) => rec[k] !== undefined)), sources: [...rec.sources] });
      });
    }
  }
  // Every Chinese name of a curated node must be in the text of one of its own documents.
  problems.push(...checkDocumentNames(curated.docs, sourceTexts));

  // The reference layer is built from the CSVs next to the curated nodes, then validated with them.
  const curatedNodes = curated.docs.flatMap((d) => d.doc.nodes);
  const referenceFiles = readReferenceFiles(dir);
  const reference = buildReferenceLayer(referenceFiles, curatedNodes, curated.docs.flatMap((d) => d.doc.relationships));
  // Then the Chinese names of the reference files (official names, CLDR region names), on both layers.
  problems.push(...applyReferenceNames(referenceFiles, [...curatedNodes, ...reference.nodes]));
  const sources = curated.docs.flatMap((d) => d.doc.sources ?? []);
  const knownNodes = new Map<string, NodeLabel>(curatedNodes.map((n) => [n.id, n.label]));
  const ref = validateDocs([{ file: 'reference/*.csv', data: reference }], { knownSources: sources.map((s) => s.id), knownNodes });
  problems.push(...ref.problems);
  const stamps = new Map<object, SeedStamp>();
  for (const [rec, was] of stated) {
    stamps.set(rec, {
      seedFile: was.file,
      seedIndex: was.index,
      seedAdded: Object.keys(rec).filter((k) => rec[k] !== undefined && !was.keys.has(k)),
      seedAddedSources: rec.sources.filter((s) => !was.sources.includes(s)),
    });
  }
  return {
    problems,
    docs: [...curated.docs, ...ref.docs],
    sources,
    files: ['sources.json', ...graphFiles.map((f) => `graph/${f}`), 'reference/*.csv'],
    stamps,
  };
}
