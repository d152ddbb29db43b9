// Selective revert of one audit entry (not only the last): every fact it created is removed,
// every fact it changed gets its properties back, in one transaction that records a `revert`
// entry (recordAudit) and marks the reverted one (`revertedBy`). Refused (409, nothing changed):
// - when a later entry, not itself reverted, touched the same facts (listed: revert those first;
//   revert entries do not count, they restored a state before the entry they reverted);
// - when a fact is no longer as the entry left it (changed by something the log did not see,
//   such as a seed load): listed field by field;
// - an entry already reverted, or a revert (re-import to redo it).
// Derived bookkeeping (degree, short names, MENTIONS) is recomputed as a load does.
import type { ManagedTransaction } from 'neo4j-driver';
import { DEGREE_PROPERTY, refreshDegrees } from '../db/degree.ts';
import { toNeoParams, type GraphDb } from '../db/graph-db.ts';
import { toPlain } from '../db/values.ts';
import { AppError, notFound } from '../errors.ts';
import { REL_TYPE_NAMES, NODE_LABEL_NAMES } from '../model/model.ts';
import type { AuditChange } from '../shared/contracts.ts';
import { AUDIT_LABEL, auditProps, recordAudit } from './audit.ts';
import { refreshShortNames, SHORT_NAME_PROPERTIES } from './short-names.ts';

// The id is the fact's identity, not one of its properties (entries store properties without it).
const DERIVED = new Set<string>([DEGREE_PROPERTY, ...SHORT_NAME_PROPERTIES, 'id']);
const facts = (p: Record<string, unknown> | null) => (p ? Object.fromEntries(Object.entries(p).filter(([k]) => !DERIVED.has(k))) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface RevertResult {
  reverted: string;
  auditId: string;
  changeCount: number;
}

async function currentProps(tx: ManagedTransaction, c: AuditChange): Promise<Record<string, unknown> | null> {
  if (c.entity === 'relationship') {
    if (!REL_TYPE_NAMES.includes(c.label as never)) throw new Error(`unknown type ${c.label}`);
    const res = await tx.run(`MATCH (:Entity {id: $from})-[r:\`${c.label}\` {key: $key}]->(:Entity {id: $to}) RETURN properties(r) AS p`, {
      from: c.from,
      to: c.to,
      key: c.id,
    });
    return res.records.length ? (toPlain(res.records[0]!.get('p')) as Record<string, unknown>) : null;
  }
  const res = await tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id: c.id });
  return res.records.length ? (toPlain(res.records[0]!.get('p')) as Record<string, unknown>) : null;
}

/** Relationships and citations that rest on a node or source `changes` created and are not among `changes`. */
async function laterDependents(tx: ManagedTransaction, changes: AuditChange[]): Promise<{ fact: string; restsOn: string }[]> {
  const created = (entity: AuditChange['entity']) => changes.filter((c) => c.entity === entity && !facts(c.before)).map((c) => c.id);
  const ownRels = changes.filter((c) => c.entity === 'relationship').map((c) => c.id);
  const ownNodes = changes.filter((c) => c.entity === 'node').map((c) => c.id);
  const res = await tx.run(
    `CALL {
       MATCH (n:Entity)-[r]-() WHERE n.id IN $nodes AND type(r) <> 'MENTIONS' AND NOT r.key IN $rels
       RETURN DISTINCT r.key AS fact, n.id AS restsOn
       UNION
       MATCH (n:Entity) WHERE NOT n.id IN $ownNodes AND any(s IN coalesce(n.sources, []) WHERE s IN $sources)
       RETURN n.id AS fact, [s IN n.sources WHERE s IN $sources][0] AS restsOn
       UNION
       MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND NOT r.key IN $rels AND any(s IN coalesce(r.sources, []) WHERE s IN $sources)
       RETURN r.key AS fact, [s IN r.sources WHERE s IN $sources][0] AS restsOn
     }
     RETURN fact, restsOn ORDER BY fact LIMIT 1000`,
    { nodes: created('node'), rels: ownRels, ownNodes, sources: created('source') },
  );
  return res.records.map((r) => ({ fact: String(r.get('fact')), restsOn: String(r.get('restsOn')) }));
}

/** Puts one fact back as it was before `c` (deletes it if `c` created it). */
async function undo(tx: ManagedTransaction, c: AuditChange): Promise<void> {
  const before = facts(c.before);
  if (c.entity === 'relationship') {
    const match = `MATCH (:Entity {id: $from})-[r:\`${c.label}\` {key: $key}]->(:Entity {id: $to})`;
    if (!before) await tx.run(`${match} DELETE r`, { from: c.from, to: c.to, key: c.id });
    else await tx.run(`${match} SET r = $props`, toNeoParams({ from: c.from, to: c.to, key: c.id, props: before }));
    return;
  }
  if (!NODE_LABEL_NAMES.includes(c.label as never)) throw new Error(`unknown label ${c.label}`);
  if (!before) {
    await tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: c.id });
    return;
  }
  await tx.run('MATCH (n:Entity {id: $id}) SET n = $props', toNeoParams({ id: c.id, props: { ...before, id: c.id } }));
  if (c.entity === 'node') {
    // MENTIONS follow `sources` exactly (as a load leaves them).
    await tx.run(
      `MATCH (n:Entity {id: $id})
       OPTIONAL MATCH (n)<-[m:MENTIONS]-(s:Source) WHERE NOT s.id IN coalesce(n.sources, [])
       DELETE m
       WITH DISTINCT n
       UNWIND coalesce(n.sources, []) AS source
       MATCH (s:Source {id: source})
       MERGE (s)-[r:MENTIONS {key: 'MENTIONS:' + source + '->' + n.id}]->(n)
       SET r.sources = [source], r.derived = true`,
      { id: c.id },
    );
  }
}

export async function revertAudit(
  db: GraphDb,
  id: string,
  { actor, role, onGraphChanged }: { actor: string; role: 'curator' | 'admin'; onGraphChanged?: () => void },
): Promise<RevertResult> {
  const result = await db.write(async (tx) => {
    // Serialised with loads: nothing changes the facts between the checks and the undo.
    await tx.run("MERGE (l:ImportLock {id: 'import'}) SET l.at = datetime()");
    const found = await tx.run(
      `MATCH (a:${AUDIT_LABEL} {id: $id}) RETURN a.actor AS owner, a.kind AS kind, a.at AS at, a.targets AS targets, a.changes AS changes, a.revertedBy AS revertedBy`,
      { id },
    );
    const entry = found.records[0];
    if (!entry) throw notFound(`No audit entry "${id}".`);
    // Curators take back their own changes; admins anyone's.
    if (role !== 'admin' && entry.get('owner') !== actor)
      throw new AppError(
        403,
        'forbidden',
        `Entry ${id} is ${String(entry.get('owner'))}'s change: only an admin may revert another's change.`,
      );
    if (entry.get('revertedBy'))
      throw new AppError(409, 'already_reverted', `Entry ${id} was already reverted by ${String(entry.get('revertedBy'))}.`);
    if (entry.get('kind') === 'revert') throw new AppError(409, 'not_revertible', 'A revert is not reverted: re-apply the change instead.');
    const later = await tx.run(
      `MATCH (b:${AUDIT_LABEL})
       WHERE b.at > $at AND b.revertedBy IS NULL AND b.kind <> 'revert' AND any(t IN b.targets WHERE t IN $targets)
       RETURN b.id AS id, toString(b.at) AS at, b.actor AS actor, b.kind AS kind, [t IN b.targets WHERE t IN $targets][0..20] AS facts
       ORDER BY b.at DESC`,
      { at: entry.get('at'), targets: entry.get('targets') },
    );
    if (later.records.length) {
      const conflicts = later.records.map((r) => toPlain(r.toObject()));
      throw new AppError(
        409,
        'revert_conflict',
        `Later changes touched the same facts: revert ${later.records.map((r) => String(r.get('id'))).join(', ')} first.`,
        { conflicts },
      );
    }
    const changes = JSON.parse(String(entry.get('changes'))) as AuditChange[];
    const drift: { id: string; field: string; expected: unknown; found: unknown }[] = [];
    const now = new Map<AuditChange, Record<string, unknown> | null>();
    for (const c of changes) {
      const cur = facts(await currentProps(tx, c));
      now.set(c, cur);
      const after = facts(c.after);
      if (!cur || !after) {
        if (!cur !== !after)
          drift.push({ id: c.id, field: '(fact)', expected: after ? 'present' : 'absent', found: cur ? 'present' : 'absent' });
        continue;
      }
      for (const k of new Set([...Object.keys(cur), ...Object.keys(after)]))
        if (!same(cur[k], after[k])) drift.push({ id: c.id, field: k, expected: after[k] ?? null, found: cur[k] ?? null });
    }
    if (drift.length) {
      throw new AppError(409, 'revert_conflict', `${drift.length} field(s) are no longer as entry ${id} left them; nothing was reverted.`, {
        drift: drift.slice(0, 100),
      });
    }
    // A fact this entry created may since carry facts it did not: a relationship to a created node,
    // a citation of a created source. Undoing it would take those with it, unrecorded: refused.
    const dependents = await laterDependents(tx, changes);
    if (dependents.length) {
      throw new AppError(
        409,
        'revert_conflict',
        `${dependents.length} fact(s) added since rest on what entry ${id} created: retract or revert them first; nothing was reverted.`,
        { dependents: dependents.slice(0, 100) },
      );
    }
    // Relationships first, then nodes, then sources (a created source goes once nothing cites it).
    const order = { relationship: 0, node: 1, source: 2 } as const;
    const sorted = [...changes].sort((a, b) => order[a.entity] - order[b.entity]);
    for (const c of sorted) await undo(tx, c);
    await refreshDegrees(tx, [
      ...changes.map((c) => c.id),
      ...changes.flatMap((c) => [c.from, c.to].filter((x): x is string => !!x)),
      ...changes.flatMap((c) => (c.before?.sources as string[] | undefined) ?? []),
      ...changes.flatMap((c) => (c.after?.sources as string[] | undefined) ?? []),
    ]);
    await refreshShortNames(tx);
    const inverse: AuditChange[] = changes.map((c) => ({
      ...c,
      op: c.op === 'create' ? 'delete' : c.op === 'delete' ? 'create' : 'update',
      before: auditProps(now.get(c) ?? null),
      after: auditProps(facts(c.before)),
    }));
    const sources = new Set<string>();
    // A revert cites what the reverted entry cited (the facts it takes back and the values it restores).
    for (const c of changes)
      for (const s of [...((c.before?.sources as string[]) ?? []), ...((c.after?.sources as string[]) ?? [])]) sources.add(s);
    const auditId = await recordAudit(tx, { actor, kind: 'revert', summary: `revert of ${id}`, sources: [...sources], changes: inverse });
    await tx.run(`MATCH (a:${AUDIT_LABEL} {id: $id}) SET a.revertedBy = $by`, { id, by: auditId });
    return { reverted: id, auditId, changeCount: changes.length };
  });
  onGraphChanged?.();
  return result;
}
