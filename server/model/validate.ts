// Validates seed/import documents: shape, known labels/types/properties, well-formed dates,
// known sources, referential integrity, allowed relationship ends, duplicates and (where the
// document's text is known) that each evidence quote really occurs in a cited document.
// Every problem is reported with its file, record and field; nothing stops at the first one.
import type { z } from 'zod';
import { NODE_LABEL_NAMES, REL_TYPES, type NodeLabel } from './model.ts';
import {
  graphDocShape,
  nodeSchemaFor,
  relKey,
  relSchemaFor,
  sourceRecordSchema,
  type GraphDoc,
  type NodeRecord,
  type RelRecord,
  type SourceRecord,
} from './records.ts';

export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export interface ValidationContext {
  /** Source ids that already exist (in the database, or other seed files). */
  knownSources?: Iterable<string>;
  /** Nodes that already exist elsewhere: id -> label. */
  knownNodes?: ReadonlyMap<string, NodeLabel>;
  /** Whitespace-normalised text of documents, by source id, for the evidence check. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface ValidatedDoc {
  file: string;
  doc: GraphDoc;
}

export function normaliseText(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A zod issue's path as a field name: `steps[2].view.labels`. */
export function fieldOf(path: PropertyKey[]): string {
  return path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[')
    : '(record)';
}

function zodProblems(file: string, record: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        record,
        field: issue.keys.join(', '),
        message: `unknown propert${issue.keys.length > 1 ? 'ies' : 'y'} for this label/type (see seed/README.md)`,
      };
    }
    return { file, record, field: fieldOf(issue.path), message: issue.message };
  });
}

function describe(kind: string, index: number, raw: unknown): string {
  const r = raw as { id?: unknown; type?: unknown; from?: unknown; to?: unknown } | null;
  if (r && typeof r === 'object') {
    if (typeof r.id === 'string') return `${kind}[${index}] (${r.id})`;
    if (typeof r.type === 'string') return `${kind}[${index}] (${String(r.type)} ${String(r.from)} -> ${String(r.to)})`;
  }
  return `${kind}[${index}]`;
}

/** Parses and checks a set of documents together (ids are resolved across all of them). */
export function validateDocs(
  inputs: { file: string; data: unknown }[],
  ctx: ValidationContext = {},
): { problems: Problem[]; docs: ValidatedDoc[] } {
  const problems: Problem[] = [];
  const docs: ValidatedDoc[] = [];
  const sourceIds = new Set(ctx.knownSources ?? []);
  const nodeLabels = new Map<string, NodeLabel>(ctx.knownNodes ?? []);
  const seenNodeAt = new Map<string, string>();
  const lateSourceChecks: { file: string; record: string; sources: string[] }[] = [];

  // Pass 1: shape, sources and nodes.
  const pending: { file: string; rels: { index: number; raw: unknown }[]; doc: GraphDoc }[] = [];
  for (const { file, data } of inputs) {
    const shape = graphDocShape.safeParse(data);
    if (!shape.success) {
      problems.push(
        ...zodProblems(file, '(document)', shape.error).map((p) => ({
          ...p,
          message:
            p.message === 'Invalid input: expected object, received array'
              ? 'must be an object { "nodes": [...], "relationships": [...] }'
              : p.message,
        })),
      );
      continue;
    }
    const doc: GraphDoc = { nodes: [], relationships: [] };
    (shape.data.sources ?? []).forEach((raw, i) => {
      const parsed = sourceRecordSchema.safeParse(raw);
      if (!parsed.success) problems.push(...zodProblems(file, describe('sources', i, raw), parsed.error));
      else {
        (doc.sources ??= []).push(parsed.data as SourceRecord);
        sourceIds.add(parsed.data.id);
      }
    });
    shape.data.nodes.forEach((raw, i) => {
      const record = describe('nodes', i, raw);
      const label = (raw as { label?: unknown } | null)?.label;
      const schema = nodeSchemaFor(label);
      if (!schema) {
        problems.push({
          file,
          record,
          field: 'label',
          message: `unknown label ${JSON.stringify(label)}; expected one of ${NODE_LABEL_NAMES.filter((l) => l !== 'Source').join(', ')}`,
        });
        return;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(file, record, parsed.error));
        // Keep checking what can be checked, so one run lists every problem without knock-on errors.
        const r = raw as { id?: unknown; sources?: unknown };
        if (typeof r.id === 'string' && !nodeLabels.has(r.id)) {
          nodeLabels.set(r.id, label as NodeLabel);
          seenNodeAt.set(r.id, `${file} ${record}`);
        }
        if (Array.isArray(r.sources))
          lateSourceChecks.push({ file, record, sources: r.sources.filter((x): x is string => typeof x === 'string') });
        return;
      }
      const node = parsed.data as NodeRecord;
      const prev = seenNodeAt.get(node.id);
      if (prev) {
        problems.push({ file, record, field: 'id', message: `duplicate id "${node.id}" (already defined at ${prev})` });
        return;
      }
      if (sourceIds.has(node.id)) {
        problems.push({
          file,
          record,
          field: 'id',
          message: `id "${node.id}" is already the id of a source; ids are unique across the graph`,
        });
        return;
      }
      const existing = nodeLabels.get(node.id);
      if (existing && existing !== node.label) {
        problems.push({
          file,
          record,
          field: 'label',
          message: `id "${node.id}" already exists as ${existing}; an id is unique across labels`,
        });
        return;
      }
      seenNodeAt.set(node.id, `${file} ${record}`);
      nodeLabels.set(node.id, node.label);
      doc.nodes.push(node);
      lateSourceChecks.push({ file, record, sources: node.sources });
    });
    pending.push({ file, doc, rels: shape.data.relationships.map((raw, index) => ({ index, raw })) });
  }

  // Pass 2: source references, relationships (now that every node id is known).
  for (const c of lateSourceChecks) {
    c.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) problems.push({ file: c.file, record: c.record, field: `sources[${j}]`, message: `unknown source "${s}"` });
    });
  }
  const seenRel = new Map<string, string>();
  for (const { file, doc, rels } of pending) {
    for (const { index, raw } of rels) {
      const record = describe('relationships', index, raw);
      const type = (raw as { type?: unknown } | null)?.type;
      const schema = relSchemaFor(type);
      if (!schema) {
        problems.push({
          file,
          record,
          field: 'type',
          message: `unknown relationship type ${JSON.stringify(type)}; expected one of ${Object.keys(REL_TYPES)
            .filter((t) => t !== 'MENTIONS')
            .join(', ')}`,
        });
        continue;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(file, record, parsed.error));
        continue;
      }
      const rel = parsed.data as RelRecord;
      const def = REL_TYPES[rel.type];
      let ok = true;
      for (const end of ['from', 'to'] as const) {
        const label = nodeLabels.get(rel[end]);
        const allowed: readonly string[] = def[end];
        if (!label) {
          problems.push({ file, record, field: end, message: `no node with id "${rel[end]}" (dangling reference)` });
          ok = false;
        } else if (!allowed.includes(label)) {
          problems.push({
            file,
            record,
            field: end,
            message: `${rel.type} cannot ${end === 'from' ? 'start at' : 'end at'} ${label} "${rel[end]}"; allowed: ${allowed.join(', ')}`,
          });
          ok = false;
        }
      }
      rel.sources.forEach((s, j) => {
        if (!sourceIds.has(s)) {
          problems.push({ file, record, field: `sources[${j}]`, message: `unknown source "${s}"` });
          ok = false;
        }
      });
      if (rel.evidence && ctx.sourceTexts) {
        const texts = rel.sources.map((s) => ctx.sourceTexts!.get(s)).filter((t): t is string => t !== undefined);
        if (texts.length > 0 && !texts.some((t) => t.includes(normaliseText(rel.evidence!)))) {
          problems.push({ file, record, field: 'evidence', message: 'quote not found in any cited document (evidence must be verbatim)' });
          ok = false;
        }
      }
      const key = relKey(rel);
      const prev = seenRel.get(key);
      if (prev) {
        problems.push({
          file,
          record,
          field: 'key',
          message: `duplicate relationship (same type, ends and key as ${prev}); give each a distinct "key"`,
        });
        ok = false;
      }
      if (!ok) continue;
      seenRel.set(key, `${file} ${record}`);
      doc.relationships.push(rel);
    }
    docs.push({ file, doc });
  }
  return { problems, docs };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`).join('\n');
}
