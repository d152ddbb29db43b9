// Unit: the database's error position (counted in "EXPLAIN <trimmed query>") mapped back to the
// editor's text, with the real answers of Neo4j 5 as fixtures.
import { describe, expect, it } from 'vitest';
import { errorSpan, mapErrorPosition, stripPositionSuffix } from './error-position.ts';

describe('error positions', () => {
  it('line 1: the EXPLAIN prefix is taken off the column and offset', () => {
    const q = 'MATCH (a:Agency RETURN a';
    // Neo4j: "Invalid input 'RETURN' ... (line 1, column 25 (offset: 24))"
    expect(mapErrorPosition(q, { line: 1, column: 25, offset: 24 })).toEqual({ line: 1, column: 17, offset: 16 });
    expect(q.slice(16, 22)).toBe('RETURN');
  });

  it('later lines: only the offset moves', () => {
    const q = 'MATCH (a:Agency\nRETURN a';
    expect(mapErrorPosition(q, { line: 2, column: 1, offset: 24 })).toEqual({ line: 2, column: 1, offset: 16 });
  });

  it('leading blank lines and spaces (trimmed by the server) are counted back in', () => {
    const q = '\n\n  MATCH (a:Agency) RETURN b';
    // Neo4j saw "EXPLAIN MATCH (a:Agency) RETURN b": "Variable `b` not defined (line 1, column 33 (offset: 32))"
    const p = mapErrorPosition(q, { line: 1, column: 33, offset: 32 })!;
    expect(q[p.offset]).toBe('b');
    expect(p).toEqual({ line: 3, column: 27, offset: 28 });
  });

  it('an error from the run itself (no EXPLAIN prefix) is mapped as it is', () => {
    const q = 'RETURN 1 +\n  x';
    expect(mapErrorPosition(q, { line: 2, column: 3, offset: 13 })).toEqual({ line: 2, column: 3, offset: 13 });
  });

  it('no position: nothing to mark', () => {
    expect(mapErrorPosition('RETURN 1/0', undefined)).toBeUndefined();
  });

  it('drops the database\'s own "(line …)" from the message', () => {
    expect(stripPositionSuffix('Variable `b` not defined (line 1, column 33 (offset: 32))')).toBe('Variable `b` not defined');
  });

  it('underlines the word at the position, or one character', () => {
    expect(errorSpan('MATCH (a) RETURN bogus', 17)).toEqual({ from: 17, to: 22 });
    expect(errorSpan('RETURN (', 7)).toEqual({ from: 7, to: 8 });
    expect(errorSpan('RETURN', 6)).toEqual({ from: 6, to: 6 });
  });
});
