// Unit: the console's tokenizer and text screen read a query as Cypher does: its whitespace,
// comments, strings, backticks and escapes. Every screen bypass found in review is here.
import { describe, expect, it } from 'vitest';
import { CYPHER_WHITESPACE, CypherLexError, nestingDepth, splitStatements, tokenize } from '../../server/console/cypher-lexer.ts';
import { screenQuery } from '../../server/console/screen.ts';

const LIMITS = { maxQueryLength: 10000, maxNesting: 32 };
const codeOf = (q: string) => {
  try {
    screenQuery(q, LIMITS);
    return undefined;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('tokenize', () => {
  it('reads words, strings, backtick names, parameters, numbers and symbols', () => {
    const t = tokenize("MATCH (n:`My Label`) WHERE n.x = $p AND n.s = 'it''s' RETURN n.y <> 1.5e3");
    expect(t.map((x) => x.kind)).toEqual([
      'word',
      'symbol',
      'word',
      'symbol',
      'quoted',
      'symbol',
      'word',
      'word',
      'symbol',
      'word',
      'symbol',
      'parameter',
      'word',
      'word',
      'symbol',
      'word',
      'symbol',
      'string',
      'string',
      'word',
      'word',
      'symbol',
      'word',
      'symbol',
      'number',
    ]);
    expect(t.find((x) => x.kind === 'quoted')?.value).toBe('My Label');
    expect(t.find((x) => x.kind === 'parameter')?.value).toBe('p');
  });

  it("keeps '//' and '/*' inside strings, and quotes inside backtick names and comments, from hiding anything", () => {
    expect(tokenize("WITH '//' AS x LOAD CSV").map((x) => x.value)).toEqual(['WITH', '//', 'AS', 'x', 'LOAD', 'CSV']);
    expect(tokenize("WITH 1 AS `it's` LOAD CSV").map((x) => x.value)).toEqual(['WITH', '1', 'AS', "it's", 'LOAD', 'CSV']);
    expect(tokenize("/* it's */ LOAD // don't\nCSV").map((x) => x.value)).toEqual(['LOAD', 'CSV']);
    expect(tokenize("RETURN 'a\\'b' AS `x``y`").map((x) => x.value)).toEqual(['RETURN', "a'b", 'AS', 'x`y']);
    expect(tokenize('RETURN "\\u0041\\n" AS s')[1].value).toBe('A\n');
  });

  it('decodes \\u escapes inside words, as Neo4j does (\\u0053ET is SET)', () => {
    expect(tokenize('MATCH (n) \\u0053ET n.z = 1')[4].value).toBe('SET');
    expect(tokenize('LOA\\u0044 CSV').map((x) => x.value)).toEqual(['LOAD', 'CSV']);
  });

  it('decodes \\u escapes everywhere first, as Neo4j does: a space, a quote, a line break, a comment end, a backtick', () => {
    expect(tokenize('LOAD\\u0020CSV').map((x) => x.value)).toEqual(['LOAD', 'CSV']);
    expect(tokenize('RETURN \\u0027abc\\u0027 AS x').map((x) => x.kind)).toEqual(['word', 'string', 'word', 'word']);
    expect(tokenize('RETURN 1 // c\\u000aLOAD CSV').map((x) => x.value)).toEqual(['RETURN', '1', 'LOAD', 'CSV']);
    expect(tokenize('/* a \\u002a/ LOAD CSV').map((x) => x.value)).toEqual(['LOAD', 'CSV']);
    // An escaped backslash starts no escape: '\\\\u0041' is the text \u0041, as the database returns it.
    expect(tokenize("RETURN '\\\\u0041' AS x")[1].value).toBe('\\u0041');
    expect(tokenize("RETURN '\\\\\\u0041' AS x")[1].value).toBe('\\A');
    expect(() => tokenize("RETURN '\\u00' AS x")).toThrow(CypherLexError);
  });

  it('ends a line comment only at a line break (\\n or \\r), as the database does', () => {
    expect(tokenize('RETURN 1 // c\u2028 LOAD CSV').map((x) => x.value)).toEqual(['RETURN', '1']);
    expect(tokenize('RETURN 1 // c\r LOAD CSV').map((x) => x.value)).toEqual(['RETURN', '1', 'LOAD', 'CSV']);
  });

  it('throws a positioned error for an unterminated string, name or comment', () => {
    for (const q of ["RETURN 'abc", 'RETURN `abc', 'RETURN 1 /* x', 'RETURN "x\\"']) {
      expect(() => tokenize(q)).toThrow(CypherLexError);
    }
    expect(codeOf("RETURN 'abc")).toBe('syntax_error');
  });

  it('measures nesting by brackets and by chains of NOT, and splits statements on top-level ;', () => {
    expect(nestingDepth(tokenize('RETURN [[[1]]]'))).toBe(3);
    expect(nestingDepth(tokenize(`RETURN ${'NOT '.repeat(40)}true`))).toBe(40);
    expect(nestingDepth(tokenize("RETURN '[[[[' AS s"))).toBe(0);
    expect(splitStatements(tokenize("RETURN ';'; RETURN 2;")).length).toBe(2);
  });
});

describe('screenQuery', () => {
  const refused: [string, string][] = [
    ["LOAD\u001cCSV FROM 'http://127.0.0.1:1/x' AS r RETURN r", 'load_csv_refused'],
    ["WITH '//' AS x LOAD CSV FROM 'http://127.0.0.1:1/x' AS r RETURN x, r", 'load_csv_refused'],
    ["WITH 1 AS `it's` LOAD CSV FROM 'http://x' AS r RETURN r", 'load_csv_refused'],
    ['SHOW\u001cSETTINGS', 'admin_refused'],
    ['SHOW\u001dTRANSACTIONS', 'admin_refused'],
    ['show current user', 'admin_refused'],
    ["CALL\u001cdb.stats.retrieve('QUERIES')", 'procedure_refused'],
    ['CALL db.prepareForReplanning()', 'procedure_refused'],
    ["CALL `db`.`stats`.`retrieve`('QUERIES')", 'procedure_refused'],
    ["CALL db.stats.\\u0072etrieve('QUERIES')", 'procedure_refused'],
    ["LOAD\\u0020CSV FROM 'http://127.0.0.1:1/x' AS r RETURN r", 'load_csv_refused'],
    ["WITH \\u0027x\\u0027 AS y LOAD CSV FROM 'http://127.0.0.1:1/x' AS r RETURN r", 'load_csv_refused'],
    ['SHOW\\u000bSETTINGS', 'admin_refused'],
    ["CALL\\u001cdb.stats.retrieve('QUERIES')", 'procedure_refused'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'admin_refused'],
    ['CREATE OR REPLACE DATABASE x', 'admin_refused'],
    ['USE other MATCH (n) RETURN count(n)', 'use_refused'],
    ['MATCH (n) RETURN n UNION USE system MATCH (m) RETURN m AS n', 'use_refused'],
    ['MATCH (n) CALL (n) { SET n.x = 1 } IN 10 ROWS CONCURRENT TRANSACTIONS', 'write_refused'],
    ['RETURN 1; RETURN 2', 'multiple_statements'],
    [`RETURN ${'['.repeat(300)}1${']'.repeat(300)}`, 'too_deep'],
    [`RETURN ${'NOT '.repeat(300)}true`, 'too_deep'],
    ['// only a comment', 'empty_query'],
  ];
  it.each(refused)('refuses %j with %s', (q, code) => {
    expect(codeOf(q)).toBe(code);
  });

  const accepted = [
    'MATCH (n:Agency) RETURN n.name LIMIT 5',
    "WITH '//' AS x RETURN x",
    "RETURN 'LOAD CSV FROM x' AS s",
    'SHOW INDEXES',
    'SHOW ALL CONSTRAINTS',
    'SHOW BUILT IN FUNCTIONS YIELD name RETURN name',
    'CALL db.labels()',
    'CALL db.index.fulltext.queryNodes($i, $q) YIELD node RETURN node',
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n) WHERE n.use = 1 OR n.load = 2 RETURN n {.use, show: 1}',
    'MATCH (n:Show) RETURN n;',
    'MATCH (n) WHERE n.id IN [1, 2] RETURN n',
  ];
  it.each(accepted)('accepts %j', (q) => {
    expect(codeOf(q)).toBeUndefined();
  });

  it('refuses over-long queries, saying both numbers', () => {
    expect(() => screenQuery(`RETURN '${'x'.repeat(50)}'`, { maxQueryLength: 20, maxNesting: 32 })).toThrow(/at most 20/);
  });
});

describe('every whitespace and control character around each refused keyword pair', () => {
  // U+0000–U+00A0, every Unicode space separator, line and paragraph separator, and the invisible
  // characters that look like spaces (U+180E, U+200B–U+200D, U+2060, U+FEFF).
  const chars: number[] = [];
  for (let c = 0; c <= 0xa0; c++) chars.push(c);
  for (let c = 0; c <= 0xffff; c++) if (/[\p{Zs}\p{Zl}\p{Zp}]/u.test(String.fromCharCode(c))) chars.push(c);
  chars.push(0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x85);
  const pairs: [string, string, string, string][] = [
    ['LOAD', 'CSV', " FROM 'http://127.0.0.1:1/' AS r RETURN r", 'load_csv_refused'],
    ['SHOW', 'SETTINGS', '', 'admin_refused'],
    ['SHOW', 'TRANSACTIONS', '', 'admin_refused'],
    ['CALL', "db.stats.retrieve('QUERIES')", '', 'procedure_refused'],
    ['TERMINATE', 'TRANSACTIONS', " 'neo4j-transaction-1'", 'admin_refused'],
  ];

  it('is refused whenever the character is Cypher whitespace, in every position', () => {
    let checked = 0;
    for (const c of new Set(chars)) {
      const ch = String.fromCharCode(c);
      for (const [a, b, rest, code] of pairs) {
        if (CYPHER_WHITESPACE.has(c)) {
          for (const q of [`${a}${ch}${b}${rest}`, `${ch}${a} ${b}${rest}${ch}`, `${ch}${ch}${a}${ch}${ch}${b}${rest}`]) {
            expect(codeOf(q), `U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(q)}`).toBe(code);
            checked++;
          }
        } else {
          // Not whitespace to Cypher: the lexer must not treat it as a separator either (the two
          // words stay joined or split by a symbol), and the query with an ordinary space is still refused.
          const asSpace = () => {
            try {
              return (
                JSON.stringify(tokenize(`${a}${ch}${b}`).map((t) => t.value)) === JSON.stringify(tokenize(`${a} ${b}`).map((t) => t.value))
              );
            } catch {
              return false; // not even a token boundary the lexer accepts
            }
          };
          expect(asSpace(), `U+${c.toString(16)}`).toBe(false);
          expect(codeOf(`${a} ${b}${rest}`)).toBe(code);
        }
      }
    }
    expect(checked).toBe(28 * pairs.length * 3);
  });
});
