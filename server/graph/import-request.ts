// POST /api/import: validates a body in the seed format, or CSV files turned into one
// (model/csv-doc.ts), exactly like the seed files (plus the nodes and sources already in the
// database), then applies it in one transaction with its audit entry, or (dry run) reports what it
// would create, change and leave unchanged, and every invalid record, writing nothing.
import { z } from 'zod';
import type { ImportPreviewResponse, ImportResponse } from '../shared/contracts.ts';
import { csvProblem, csvToDoc } from '../model/csv-doc.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { NodeLabel } from '../model/model.ts';
import { validateDocs } from '../model/validate.ts';
import { AppError } from '../errors.ts';
import { importGraph, mergeDocs, type ImportOptions } from './import-graph.ts';
import { matchByIds, primaryLabel } from './lookup.ts';

/** At most this many validation problems are listed in an error (the count is always given). */
export const MAX_LISTED_PROBLEMS = 100;

/** At most this many characters per CSV file (the request's body limit applies as well). */
export const MAX_CSV_CHARS = 20_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, `must be at most ${MAX_CSV_CHARS} characters`);
/** CSV files sent as JSON: `{ format: 'csv', nodes, relationships, sources? }` (the text of each file). */
export const csvImportShape = z
  .object({ format: z.literal('csv'), nodes: csvText.optional(), relationships: csvText.optional(), sources: csvText.optional() })
  .strict();

export interface ImportRequestOptions extends Pick<ImportOptions, 'onGraphChanged'> {
  dryRun?: boolean;
  /** Who imports (recorded in the audit entry): an account name, ADMIN_TOKEN, or the command line. */
  actor: string;
}

const isCsvBody = (body: unknown) => !!body && typeof body === 'object' && (body as { format?: unknown }).format === 'csv';

export async function importRequest(db: GraphDb, body: unknown, options: { dryRun: true; actor: string }): Promise<ImportPreviewResponse>;
export async function importRequest(db: GraphDb, body: unknown, options: ImportRequestOptions): Promise<ImportResponse>;
export async function importRequest(
  db: GraphDb,
  input: unknown,
  { onGraphChanged, dryRun = false, actor }: ImportRequestOptions,
): Promise<ImportResponse | ImportPreviewResponse> {
  const format = isCsvBody(input) ? 'csv' : 'json';
  let body = input;
  const fileProblems: ReturnType<typeof csvToDoc>['problems'] = [];
  if (format === 'csv') {
    const parsed = csvImportShape.safeParse(input);
    if (!parsed.success) {
      throw new AppError(
        400,
        'invalid_import',
        'The CSV import must be { format: "csv", nodes?, relationships?, sources? } with the text of each file.',
        {
          problems: parsed.error.issues.map((i) => ({
            file: 'body',
            record: '(document)',
            field: i.path.join('.') || '(body)',
            message: i.message,
          })),
        },
      );
    }
    const { doc, problems } = csvToDoc(parsed.data);
    body = doc;
    fileProblems.push(...problems);
  }
  const raw = (body ?? {}) as { relationships?: unknown[]; nodes?: unknown[] };
  const refs = new Set<string>();
  const own = new Set<string>();
  if (Array.isArray(raw.nodes))
    for (const n of raw.nodes) if (n && typeof (n as { id?: unknown }).id === 'string') own.add((n as { id: string }).id);
  if (Array.isArray(raw.relationships)) {
    for (const r of raw.relationships.slice(0, 2000000)) {
      for (const end of ['from', 'to'] as const) {
        const v = (r as Record<string, unknown> | null)?.[end];
        if (typeof v === 'string' && v.length < 200) refs.add(v);
      }
    }
  }
  const lookup = [...refs, ...own];
  const [existing, sources] = await Promise.all([
    lookup.length ? db.read(`${matchByIds('n', 'ids')} RETURN n.id AS id, ${primaryLabel('n')} AS label`, { ids: lookup }) : null,
    db.read('MATCH (s:Source) RETURN collect(s.id) AS ids'),
  ]);
  const knownNodes = new Map<string, NodeLabel>();
  for (const r of existing?.records ?? []) knownNodes.set(r.get('id') as string, r.get('label') as NodeLabel);
  // A node of the request may re-state an existing node (same id, same label): drop it from the
  // "known" map so the duplicate check does not fire, but keep the label check.
  const labelClash = new Map<string, NodeLabel>();
  for (const id of own) {
    const l = knownNodes.get(id);
    if (l) labelClash.set(id, l);
    knownNodes.delete(id);
  }
  const { problems: recordProblems, docs } = validateDocs([{ file: 'body', data: body }], {
    knownNodes,
    knownSources: sources.records[0].get('ids') as string[],
  });
  for (const d of docs) {
    d.doc.nodes.forEach((n, i) => {
      const l = labelClash.get(n.id);
      if (l && l !== n.label)
        recordProblems.push({
          file: 'body',
          record: `nodes[${i}] (${n.id})`,
          field: 'label',
          message: `id "${n.id}" already exists as ${l}; an id is unique across labels`,
        });
    });
  }
  const problems = [...fileProblems, ...(format === 'csv' ? recordProblems.map(csvProblem) : recordProblems)];
  const existingLabels = new Map<string, NodeLabel>([...labelClash, ...knownNodes]);
  if (dryRun) {
    // The report covers the valid records; a relationship to an invalid node has nowhere to go.
    const merged = mergeDocs(docs.map((d) => d.doc));
    const badIds = new Set(problems.map((p) => /\(([a-z0-9-]+)\)$/.exec(p.record)?.[1]).filter(Boolean));
    merged.nodes = merged.nodes.filter((n) => !badIds.has(n.id));
    const known = new Set([...existingLabels.keys(), ...merged.nodes.map((n) => n.id), ...merged.sources.map((s) => s.id)]);
    merged.relationships = merged.relationships.filter((r) => known.has(r.from) && known.has(r.to));
    const stats = await importGraph(db, { ...merged, existingLabels }, { dryRun: true });
    if (!problems.length && !stats.sources && !stats.nodes && !stats.relationships)
      problems.push({
        file: 'body',
        record: '(document)',
        field: '(document)',
        message: 'The import has no sources, nodes or relationships.',
      });
    return {
      ok: true,
      dryRun: true,
      valid: problems.length === 0,
      format,
      counts: { sources: stats.sources, nodes: stats.nodes, relationships: stats.relationships },
      report: {
        created: stats.created,
        changed: stats.changed,
        changedTotal: stats.changedTotal,
        unchanged: stats.unchanged,
        createdItems: stats.createdItems,
        unchangedItems: stats.unchangedItems,
      },
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      problemCount: problems.length,
    };
  }
  if (problems.length) {
    // The answer stays small whatever the import's size: the first problems, and how many there are.
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    throw new AppError(
      400,
      'invalid_import',
      `The import has ${problems.length} problem(s)${more ? ` (the first ${listed.length} are listed, and ${more} more)` : ''}; nothing was changed.`,
      { problems: listed, problemCount: problems.length },
    );
  }
  const merged = mergeDocs(docs.map((d) => d.doc));
  if (!merged.sources.length && !merged.nodes.length && !merged.relationships.length) {
    throw new AppError(400, 'empty_import', 'The import has no sources, nodes or relationships; nothing was changed.');
  }
  const stats = await importGraph(db, { ...merged, existingLabels }, { onGraphChanged, audit: { actor, kind: 'import' } });
  return {
    ok: true,
    counts: { sources: stats.sources, nodes: stats.nodes, relationships: stats.relationships },
    changes: { nodesCreated: stats.nodesCreated, relationshipsCreated: stats.relationshipsCreated, propertiesSet: stats.propertiesSet },
    report: {
      created: stats.created,
      changed: stats.changed,
      changedTotal: stats.changedTotal,
      unchanged: stats.unchanged,
      createdItems: stats.createdItems,
      unchangedItems: stats.unchangedItems,
    },
    auditId: stats.auditId,
  };
}
