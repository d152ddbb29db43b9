// POST /api/import: validates a body in the seed format exactly like the seed files (plus the
// nodes and sources already in the database), then applies it in one transaction.
import type { ImportResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { NodeLabel } from '../model/model.ts';
import { validateDocs } from '../model/validate.ts';
import { AppError } from '../errors.ts';
import { importGraph, mergeDocs, type ImportOptions } from './import-graph.ts';
import { matchByIds, primaryLabel } from './lookup.ts';

/** At most this many validation problems are listed in an error (the count is always given). */
export const MAX_LISTED_PROBLEMS = 100;

export async function importRequest(
  db: GraphDb,
  body: unknown,
  { onGraphChanged }: Pick<ImportOptions, 'onGraphChanged'> = {},
): Promise<ImportResponse> {
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
  const { problems, docs } = validateDocs([{ file: 'body', data: body }], {
    knownNodes,
    knownSources: sources.records[0].get('ids') as string[],
  });
  for (const d of docs) {
    d.doc.nodes.forEach((n, i) => {
      const l = labelClash.get(n.id);
      if (l && l !== n.label)
        problems.push({
          file: 'body',
          record: `nodes[${i}] (${n.id})`,
          field: 'label',
          message: `id "${n.id}" already exists as ${l}; an id is unique across labels`,
        });
    });
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
  const existingLabels = new Map<string, NodeLabel>([...labelClash, ...knownNodes]);
  const stats = await importGraph(db, { ...merged, existingLabels }, { onGraphChanged });
  return {
    ok: true,
    counts: { sources: stats.sources, nodes: stats.nodes, relationships: stats.relationships },
    changes: { nodesCreated: stats.nodesCreated, relationshipsCreated: stats.relationshipsCreated, propertiesSet: stats.propertiesSet },
    report: { created: stats.created, changed: stats.changed, changedTotal: stats.changedTotal, unchanged: stats.unchanged },
  };
}
