// Unit: the parameters box — JSON and Cypher maps, :param / :params lines (Neo4j Browser's
// syntax, values spanning lines), errors with line and column, and the $names a query uses.
import { describe, expect, it } from 'vitest';
import { parseLiteral } from './cypher-literal.ts';
import { formatParams, missingParams, parseParamsText, usedParams } from './params.ts';

describe('Cypher literals', () => {
  it('reads strings, numbers, booleans, null, lists and maps (bare, quoted and backticked keys)', () => {
    const r = parseLiteral(
      `{name: 'ICAC \\'HK\\'', "year": 2024, ratio: -1.5e2, ok: TRUE, none: null, list: [1, 'a', [false]], \`odd key\`: {}}`,
    );
    expect(r.ok && r.value).toEqual({
      name: "ICAC 'HK'",
      year: 2024,
      ratio: -150,
      ok: true,
      none: null,
      list: [1, 'a', [false]],
      'odd key': {},
    });
  });

  it('accepts JSON as it is, including \\u escapes', () => {
    const r = parseLiteral('{"a": "\\u5ec9\\u7f72", "b": [1, 2.5]}');
    expect(r.ok && r.value).toEqual({ a: '廉署', b: [1, 2.5] });
  });

  it('refuses bare words and says to quote them', () => {
    const r = parseLiteral('icac');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/quotes/);
  });

  it('keeps "__proto__" as an ordinary key', () => {
    const r = parseLiteral('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parameters text', () => {
  it('is empty: no parameters', () => {
    expect(parseParamsText('  \n ')).toEqual({ ok: true, params: {}, format: 'empty' });
  });

  it('reads one JSON map', () => {
    expect(parseParamsText('{"agency": "icac", "year": 2024}')).toEqual({
      ok: true,
      params: { agency: 'icac', year: 2024 },
      format: 'map',
    });
  });

  it('reads :param lines in both syntaxes, :params maps, comments, and values over several lines', () => {
    const text = [
      '// ICAC in 2024',
      ":param agency => 'icac'",
      ':param year: 2024',
      ':PARAM kinds => [',
      "  'mou',",
      "  'arrangement'",
      ']',
      ':params {from: "2024-05", to: "2024-10"}',
      ':param `odd name` => true',
    ].join('\n');
    const r = parseParamsText(text);
    expect(r).toEqual({
      ok: true,
      format: 'commands',
      params: { agency: 'icac', year: 2024, kinds: ['mou', 'arrangement'], from: '2024-05', to: '2024-10', 'odd name': true },
    });
  });

  it('a later :param replaces an earlier one', () => {
    const r = parseParamsText(':param a => 1\n:param a => 2');
    expect(r.ok && r.params).toEqual({ a: 2 });
  });

  it('reports bad JSON with its line and column', () => {
    const r = parseParamsText('{\n  "agency": "icac",\n  "year": 2024,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('syntax');
      expect(r.error.line).toBe(4);
      expect(r.error.column).toBe(1);
    }
  });

  it('refuses a value that is not a map', () => {
    const r = parseParamsText('["icac"]');
    expect(!r.ok && r.error.code).toBe('notMap');
  });

  it('reports a bad :param line on its line', () => {
    const r = parseParamsText(":param agency => 'icac'\n:param 2bad => 1");
    expect(!r.ok && r.error).toMatchObject({ code: 'badName', line: 2 });
    const r2 = parseParamsText(":param agency 'icac'");
    expect(!r2.ok && r2.error.code).toBe('badCommand');
    const r3 = parseParamsText(':param agency => icac');
    expect(!r3.ok && r3.error).toMatchObject({ code: 'syntax', line: 1, column: 18 });
    const r4 = parseParamsText(':paramz x => 1');
    expect(!r4.ok && r4.error.code).toBe('badCommand');
  });

  it('says "not both" for a map followed by :param lines', () => {
    const r = parseParamsText('{"a": 1}\n:param b => 2');
    expect(!r.ok && r.error.code).toBe('mixed');
  });

  it('formats parameters as pretty JSON, nothing when empty', () => {
    expect(formatParams({})).toBe('');
    expect(formatParams({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});

describe('used and missing parameters', () => {
  it('finds $names in order, ignoring strings, comments and backticked names', () => {
    const q =
      "// $commented\nMATCH (a {id: $agency})-[:SIGNED]->(m) WHERE m.date STARTS WITH $year AND m.note <> '$notme' AND a.`$x` IS NULL RETURN $agency, $`odd name`";
    expect(usedParams(q)).toEqual(['agency', 'year', 'odd name']);
  });

  it('lists those not set', () => {
    expect(missingParams('MATCH (a {id: $agency}) WHERE a.x = $year RETURN a', { agency: 'icac' })).toEqual(['year']);
    expect(missingParams('RETURN 1', {})).toEqual([]);
  });
});
