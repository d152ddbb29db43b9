// Where a Cypher error is, in the text the analyst typed. The server checks every query with
// `EXPLAIN <query>` first (after trimming it and dropping a trailing ";"), so the database's
// line/column/offset are counted in that text, not in the editor's. This maps them back.
import { lineColumn } from './cypher-literal.ts';

export interface ServerPosition {
  line: number;
  column: number;
  offset: number;
}

export interface EditorPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based offset in the editor's text. */
  offset: number;
}

const EXPLAIN = 'EXPLAIN ';

/** Maps the database's position to the editor's text; undefined when there is no usable position. */
export function mapErrorPosition(query: string, pos: ServerPosition | undefined | null): EditorPosition | undefined {
  if (!pos || !Number.isFinite(pos.offset) || pos.offset < 0) return undefined;
  const lead = query.length - query.trimStart().length;
  const stripped = query.trim().replace(/;\s*$/, '');
  const prefix = /^\s*(EXPLAIN|PROFILE)\s+/i.exec(stripped)?.[0] ?? '';
  const body = stripped.slice(prefix.length);
  // The two texts the database may have seen: the EXPLAIN check, or the query itself.
  const candidates = [
    { text: EXPLAIN + body, toOriginal: (o: number) => o - EXPLAIN.length + lead + prefix.length, valid: pos.offset >= EXPLAIN.length },
    { text: stripped, toOriginal: (o: number) => o + lead, valid: true },
  ];
  const consistent = candidates.find((c) => {
    if (!c.valid || pos.offset > c.text.length) return false;
    const lc = lineColumn(c.text, pos.offset);
    return lc.line === pos.line && lc.column === pos.column;
  });
  const chosen = consistent ?? candidates.find((c) => c.valid)!;
  const offset = Math.max(0, Math.min(query.length, chosen.toOriginal(pos.offset)));
  return { ...lineColumn(query, offset), offset };
}

/** The database's message without its own "(line 1, column 25 (offset: 24))", which counts in the EXPLAIN text. */
export function stripPositionSuffix(message: string): string {
  return message.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '').trim();
}

/** The span to underline: from the position to the end of the word or symbol there (at least one character). */
export function errorSpan(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, text.length));
  const m = /^(?:[A-Za-z0-9_$]+|`[^`\n]*`?|\S)/.exec(text.slice(from));
  return { from, to: from + (m ? m[0].length : 0) };
}
