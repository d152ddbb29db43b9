// Which of a list of ids are nodes of the graph, with their label and names: the console uses it
// to open a result that holds ids (not nodes) in the explorer.
import type { NodeRef } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { matchByIds, primaryLabel } from './lookup.ts';

/** The nodes among `ids`, in the order asked; ids that are no node are left out. */
export async function findNodeRefs(db: GraphDb, ids: string[]): Promise<NodeRef[]> {
  if (!ids.length) return [];
  const res = await db.read(
    `${matchByIds('n', 'ids')}
     RETURN n.id AS id, ${primaryLabel('n')} AS label, n.name AS name, n.nameZh AS nameZh`,
    { ids },
  );
  const found = new Map<string, NodeRef>();
  for (const r of res.records) {
    const o = toPlain(r.toObject()) as { id: string; label: string; name: string | null; nameZh: string | null };
    found.set(o.id, { id: o.id, label: o.label, name: o.name ?? o.id, ...(o.nameZh ? { nameZh: o.nameZh } : {}) });
  }
  return ids.filter((id) => found.has(id)).map((id) => found.get(id)!);
}
