// CSV imports: a file of nodes, a file of relationships (and, optionally, a file of sources)
// turned into a document in the seed format, so they are validated and loaded exactly like one.
// The header names the columns: nodes `label,id,name,...,sources`; relationships
// `type,from,to,...,sources,evidence`; sources `id,title,...`. Any property of the model may be a
// column (see seed/README.md); an empty cell means "not given". Lists (sources, aliases) are
// separated by `|`; numbers and booleans (true/false) are read by the property's type in the
// model. A cell that cannot be read is passed on as text, so the validator names its field.
// Records keep their row numbers: the header is row 1, the first record row 2.
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { nodeSchemaFor, relSchemaFor, sourceRecordSchema } from './records.ts';
import type { Problem } from './validate.ts';

export const CSV_FILES = { nodes: 'nodes.csv', relationships: 'relationships.csv', sources: 'sources.csv' } as const;
export type CsvPart = keyof typeof CSV_FILES;
export const LIST_SEPARATOR = '|';
/** The columns each file must have. */
export const REQUIRED_COLUMNS: Record<CsvPart, string[]> = {
  nodes: ['label', 'id', 'sources'],
  relationships: ['type', 'from', 'to', 'sources'],
  sources: ['id', 'title'],
};

type CellKind = 'string' | 'number' | 'boolean' | 'array';

/** What a property's cell holds, from its zod schema (optional/nullable unwrapped). */
export function cellKind(schema: z.ZodType | undefined): CellKind {
  let def = (schema as unknown as { _zod?: { def: { type: string; innerType?: unknown } } })?._zod?.def;
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')) {
    def = (def.innerType as { _zod: { def: { type: string; innerType?: unknown } } })._zod.def;
  }
  const t = def?.type;
  return t === 'number' || t === 'int' ? 'number' : t === 'boolean' ? 'boolean' : t === 'array' ? 'array' : 'string';
}

export function readCell(raw: string, kind: CellKind): unknown {
  const v = raw.trim();
  if (kind === 'array')
    return v
      .split(LIST_SEPARATOR)
      .map((x) => x.trim())
      .filter(Boolean);
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  if (kind === 'boolean') return v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : v;
  return v;
}

function shapeOf(schema: z.ZodObject | null): Record<string, z.ZodType> {
  return (schema?.shape ?? {}) as Record<string, z.ZodType>;
}

export interface CsvDoc {
  /** The records in the seed format (cells converted), in row order: record i is row i + 2. */
  doc: { sources?: Record<string, unknown>[]; nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
  /** Problems of the files themselves (unreadable CSV, missing columns). */
  problems: Problem[];
}

function parseCsv(part: CsvPart, text: string, problems: Problem[]): Record<string, string>[] {
  const file = CSV_FILES[part];
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (err) {
    const e = err as { message: string; lines?: number };
    problems.push({ file, record: e.lines ? `row ${e.lines}` : '(file)', field: '(csv)', message: e.message });
    return [];
  }
  if (!rows.length) return [];
  const header = rows[0]!.map((h) => h.trim());
  const missing = REQUIRED_COLUMNS[part].filter((c) => !header.includes(c));
  if (missing.length) {
    problems.push({
      file,
      record: 'row 1 (header)',
      field: missing.join(', '),
      message: `missing column(s); the header must name ${REQUIRED_COLUMNS[part].join(', ')}`,
    });
    return [];
  }
  const dup = header.filter((h, i) => header.indexOf(h) !== i);
  if (dup.length) {
    problems.push({ file, record: 'row 1 (header)', field: [...new Set(dup)].join(', '), message: 'duplicate column(s)' });
    return [];
  }
  return rows.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** A record from a row: empty cells left out, the rest read by the property's type. */
function toRecord(row: Record<string, string>, shape: Record<string, z.ZodType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, raw] of Object.entries(row)) {
    // An empty sources cell is an empty list: the validator says the row must cite a source.
    if (col === 'sources' && raw.trim() === '') out[col] = [];
    if (!col || raw.trim() === '') continue;
    out[col] = readCell(raw, col === 'sources' ? 'array' : cellKind(shape[col]));
  }
  return out;
}

export function csvToDoc(files: Partial<Record<CsvPart, string>>): CsvDoc {
  const problems: Problem[] = [];
  const doc: CsvDoc['doc'] = { nodes: [], relationships: [] };
  if (files.sources) {
    const shape = shapeOf(sourceRecordSchema);
    doc.sources = parseCsv('sources', files.sources, problems).map((row) => toRecord(row, shape));
  }
  if (files.nodes) doc.nodes = parseCsv('nodes', files.nodes, problems).map((row) => toRecord(row, shapeOf(nodeSchemaFor(row.label))));
  if (files.relationships)
    doc.relationships = parseCsv('relationships', files.relationships, problems).map((row) =>
      toRecord(row, shapeOf(relSchemaFor(row.type))),
    );
  return { doc, problems };
}

/**
 * The validator names records `nodes[3] (id)`; in a CSV import they are rows of a file:
 * `nodes.csv`, `row 5 (id)`.
 */
export function csvProblem(p: Problem): Problem {
  const m = /^(sources|nodes|relationships)\[(\d+)\](.*)$/.exec(p.record);
  if (!m) return p;
  return { ...p, file: CSV_FILES[m[1] as CsvPart], record: `row ${Number(m[2]) + 2}${m[3]}` };
}
