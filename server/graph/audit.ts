// The audit log: one (:AuditEntry) node per change made through the app, written by
// `recordAudit` INSIDE the transaction that makes the change (so a change is never committed
// without its entry, nor an entry without its change). Every write path (imports today; edits,
// merges, accepted proposals and reverts later) calls the same function with its actor and kind.
// Entries sit outside the knowledge model: no Entity label, no relationships, properties that
// the schema listing hides (AUDIT_PROPERTY_KEYS). Reads page newest first by (at, id).
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../db/graph-db.ts';
import { DEGREE_PROPERTY } from '../db/degree.ts';
import { toPlain } from '../db/values.ts';
import { AppError } from '../errors.ts';
import type { AuditChange, AuditEntry, AuditKind, AuditListResponse } from '../shared/contracts.ts';

export const AUDIT_LABEL = 'AuditEntry';
/** Properties only audit entries carry (hidden from the schema listing unless a model label uses them). */
export const AUDIT_PROPERTY_KEYS = ['at', 'actor', 'summary', 'targets', 'changeCount', 'changes', 'revertedBy'] as const;
/** Derived bookkeeping left out of before/after: it is not a fact anyone changed. */
const DERIVED = new Set([DEGREE_PROPERTY]);

export interface AuditInput {
  /** Who made the change: an account name, or ADMIN_TOKEN for the Bearer token (server/routes/actor.ts). */
  actor: string;
  kind: AuditKind;
  /** One line for the list ("import: 3 created, 1 changed"). */
  summary: string;
  /** Source ids the change cites. */
  sources: string[];
  changes: AuditChange[];
}

/** Properties as an entry stores them: no derived bookkeeping, keys sorted (stable JSON). */
export function auditProps(props: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!props) return null;
  return Object.fromEntries(
    Object.keys(props)
      .filter((k) => !DERIVED.has(k) && props[k] !== undefined)
      .sort()
      .map((k) => [k, props[k]]),
  );
}

/** Writes one entry in `tx` (the change's own transaction); returns its id. */
export async function recordAudit(tx: ManagedTransaction, entry: AuditInput): Promise<string> {
  const id = `audit-${randomUUID()}`;
  await tx.run(
    `CREATE (a:${AUDIT_LABEL} {id: $id, at: datetime(), actor: $actor, kind: $kind, summary: $summary,
       sources: $sources, targets: $targets, changeCount: $changeCount, changes: $changes})`,
    {
      id,
      actor: entry.actor,
      kind: entry.kind,
      summary: entry.summary,
      sources: [...new Set(entry.sources)].sort(),
      targets: [...new Set(entry.changes.map((c) => c.id))].slice(0, 10000),
      changeCount: entry.changes.length,
      changes: JSON.stringify(entry.changes),
    },
  );
  return id;
}

export interface AuditFilter {
  kind?: string;
  actor?: string;
  /** ISO date or date-time, inclusive. */
  from?: string;
  /** ISO date or date-time; a bare date includes that whole day. */
  to?: string;
  limit: number;
  cursor?: string;
  /** At most this many changes per entry in the answer (the count is always given). */
  changesPerEntry?: number;
}

interface Cursor {
  at: string;
  id: string;
}
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
export function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.at === 'string' && typeof c.id === 'string') return c;
  } catch {
    /* reported below */
  }
  throw new AppError(400, 'bad_request', 'Invalid cursor: pass the nextCursor of a previous answer.');
}

/** A bare date as the end of a range means the end of that day. */
const toBound = (to: string) => (/^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to);

function rowToEntry(row: Record<string, unknown>, changesPerEntry: number): AuditEntry {
  const changes = JSON.parse(String(row.changes ?? '[]')) as AuditChange[];
  return {
    id: String(row.id),
    at: String(row.at),
    actor: String(row.actor),
    kind: row.kind as AuditKind,
    summary: String(row.summary ?? ''),
    sources: (row.sources as string[] | null) ?? [],
    changeCount: Number(row.changeCount ?? changes.length),
    ops: {
      create: changes.filter((c) => c.op === 'create').length,
      update: changes.filter((c) => c.op === 'update').length,
      delete: changes.filter((c) => c.op === 'delete').length,
    },
    changes: changes.slice(0, changesPerEntry),
    revertedBy: typeof row.revertedBy === 'string' ? row.revertedBy : null,
  };
}

/** One page of entries, newest first; `nextCursor` continues after the last one. */
export async function listAudit(db: GraphDb, f: AuditFilter): Promise<AuditListResponse> {
  const cursor = f.cursor ? decodeCursor(f.cursor) : null;
  const where = [
    f.kind ? 'a.kind = $kind' : '',
    f.actor ? 'a.actor = $actor' : '',
    f.from ? 'a.at >= datetime($from)' : '',
    f.to ? 'a.at <= datetime($to)' : '',
    cursor ? '(a.at < datetime($cursorAt) OR (a.at = datetime($cursorAt) AND a.id < $cursorId))' : '',
  ].filter(Boolean);
  try {
    const res = await db.read(
      `MATCH (a:${AUDIT_LABEL}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       RETURN a {.id, at: toString(a.at), .actor, .kind, .summary, .sources, .changeCount, .changes, .revertedBy} AS a
       ORDER BY a.at DESC, a.id DESC
       LIMIT $limit`,
      {
        kind: f.kind ?? null,
        actor: f.actor ?? null,
        from: f.from ?? null,
        to: f.to ? toBound(f.to) : null,
        cursorAt: cursor?.at ?? null,
        cursorId: cursor?.id ?? null,
        limit: f.limit + 1,
      },
    );
    const rows = res.records.map((r) => toPlain(r.get('a')) as Record<string, unknown>);
    const page = rows.slice(0, f.limit).map((row) => rowToEntry(row, f.changesPerEntry ?? Infinity));
    const last = page.at(-1);
    return { entries: page, nextCursor: rows.length > f.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null };
  } catch (err) {
    // A from/to the database cannot read as a date-time.
    if ((err as { code?: string }).code?.startsWith('Neo.ClientError.Statement')) {
      throw new AppError(400, 'bad_request', 'Invalid from/to: use an ISO date (2026-12-07) or date-time (2026-12-07T10:00:00Z).');
    }
    throw err;
  }
}

/** Every entry matching the filter, newest first, page by page (for streaming exports). */
export async function* allAudit(db: GraphDb, f: Omit<AuditFilter, 'limit' | 'cursor'>, pageSize = 200): AsyncGenerator<AuditEntry> {
  let cursor: string | undefined;
  for (;;) {
    const page = await listAudit(db, { ...f, limit: pageSize, cursor });
    yield* page.entries;
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** A CSV cell; one a spreadsheet would take for a formula (=, +, -, @, tab, CR first) is prefixed with '. */
export const csvCell = (v: unknown) => {
  const raw = typeof v === 'string' ? v : JSON.stringify(v ?? '');
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const AUDIT_CSV_HEADER = 'id,at,actor,kind,summary,sources,changeCount,revertedBy,changes';
/** One entry as a CSV line (sources separated by |, changes as JSON). */
export function auditCsvLine(e: AuditEntry): string {
  return [e.id, e.at, e.actor, e.kind, e.summary, e.sources.join('|'), String(e.changeCount), e.revertedBy ?? '', JSON.stringify(e.changes)]
    .map(csvCell)
    .join(',');
}
