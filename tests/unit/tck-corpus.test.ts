// Unit: the TCK corpus reader (tests/support/tck-corpus.ts): doc strings, outline expansion,
// parameter tables (Cypher literals), side-effects tables and the write/read/error classification.
import { describe, expect, it } from 'vitest';
import {
  blankStringsAndComments,
  hasWriteWord,
  LiteralError,
  parseFeature,
  parseGherkin,
  parseLiteral,
  sideEffectsWrite,
  tableCells,
} from '../support/tck-corpus.ts';

const FEATURE = `#
# A comment, like the licence header
#
Feature: Sample - a few scenarios

  Scenario: [1] A read with a doc string
    Given any graph
    When executing query:
      """
      MATCH (n)
        WHERE n.name = 'CREATE me'
      RETURN n // SET nothing
      """
    Then the result should be, in any order:
      | n |
    And no side effects

  Scenario: [2] A write seen only in its side effects
    Given an empty graph
    And having executed:
      """
      CREATE (:A {num: 1})
      """
    When executing query:
      """
      CALL db.someWriteProcedure()
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes      | 0 |
      | +properties | 2 |

  Scenario: [3] Zero side effects only
    Given any graph
    When executing query:
      """
      MATCH (n) RETURN n
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 0 |
      | -nodes | 0 |

  @skipGrammarCheck
  Scenario Outline: [4] Outline <what>
    Given any graph
    And parameters are:
      | p   | <value> |
      | bad | date()  |
    When executing query:
      """
      RETURN <expr> AS x, $p AS p
      """
    Then the result should be, in any order:
      | x        |
      | <result> |
    And no side effects

    Examples:
      | what  | expr  | value        | result |
      | one   | 1 + 1 | [1, 'a\\'b'] | 2      |
      | two   | 2 * 2 | {k: -1.5e1}  | 4      |

    Examples:
      | what  | expr | value | result |
      | three | 'x\\|' | null  | 'x'    |

  Scenario: [5] An expected error
    Given any graph
    When executing query:
      """
      RETURN 1 +
      """
    Then a SyntaxError should be raised at compile time: InvalidExpression

  Scenario: [6] A write with a control query
    Given an empty graph
    When executing query:
      """
      CREATE ({created: 1})
      """
    Then the result should be empty
    And the side effects should be:
      | +nodes | 1 |
    When executing control query:
      """
      MATCH (n) RETURN n.created
      """
    Then the result should be, in any order:
      | n.created |
      | 1         |
`;

describe('tck-corpus: Gherkin', () => {
  it('reads a doc string with the common indentation stripped (inner indentation kept)', () => {
    const f = parseGherkin(FEATURE);
    expect(f.name).toBe('Sample - a few scenarios');
    const step = f.scenarios[0].steps.find((s) => s.text === 'executing query:')!;
    expect(step.doc).toBe("MATCH (n)\n  WHERE n.name = 'CREATE me'\nRETURN n // SET nothing");
  });

  it('expands an outline once per row of each Examples table, placeholders replaced', () => {
    const { queries } = parseFeature(FEATURE, 'Sample.feature');
    const outline = queries.filter((q) => q.scenario.startsWith('[4]'));
    expect(outline.map((q) => q.scenario)).toEqual([
      '[4] Outline one (example 1)',
      '[4] Outline two (example 2)',
      '[4] Outline three (example 3)',
    ]);
    expect(outline.map((q) => q.query)).toEqual(['RETURN 1 + 1 AS x, $p AS p', 'RETURN 2 * 2 AS x, $p AS p', "RETURN 'x|' AS x, $p AS p"]);
  });

  it('parses a parameters table; a value it cannot parse is left out and counted', () => {
    const parsed = parseFeature(FEATURE, 'Sample.feature');
    const outline = parsed.queries.filter((q) => q.scenario.startsWith('[4]'));
    expect(outline.map((q) => q.params)).toEqual([{ p: [1, "a'b"] }, { p: { k: -15 } }, { p: null }]);
    expect(outline.every((q) => q.skippedParams?.[0] === 'bad')).toBe(true);
    expect(parsed.skippedParams).toBe(3);
  });

  it('splits table cells with escaped pipes', () => {
    expect(tableCells("| a | 'x\\|y' |  |")).toEqual(['a', "'x|y'", '']);
  });
});

describe('tck-corpus: classification', () => {
  const { queries, scenarios } = parseFeature(FEATURE, 'Sample.feature');
  const of = (prefix: string) => queries.filter((q) => q.scenario.startsWith(prefix));

  it('counts scenarios after expansion', () => {
    expect(scenarios).toBe(8);
  });

  it('a write word inside a string or a comment does not make a read a write', () => {
    expect(of('[1]').map((q) => q.kind)).toEqual(['read']);
  });

  it('a side-effects table with a non-zero row makes a write; the setup query is a write too', () => {
    expect(of('[2]').map((q) => [q.role, q.kind])).toEqual([
      ['setup', 'write'],
      ['query', 'write'],
    ]);
    expect(
      sideEffectsWrite([
        ['+nodes', '0'],
        ['+properties', '2'],
      ]),
    ).toBe(true);
  });

  it('a side-effects table of zeros alone does not', () => {
    expect(of('[3]').map((q) => q.kind)).toEqual(['read']);
    expect(
      sideEffectsWrite([
        ['+nodes', '0'],
        ['-nodes', '0'],
      ]),
    ).toBe(false);
    expect(sideEffectsWrite(undefined)).toBe(false);
  });

  it('an expected error makes an error; a control query is judged on its own', () => {
    expect(of('[5]').map((q) => [q.kind, q.expectedError])).toEqual([['error', 'SyntaxError']]);
    expect(of('[6]').map((q) => [q.role, q.kind])).toEqual([
      ['query', 'write'],
      ['control', 'read'],
    ]);
  });

  it('applies a Background to every scenario', () => {
    const text = `Feature: B
  Background:
    Given an empty graph
    And having executed:
      """
      CREATE (:X)
      """

  Scenario: one
    When executing query:
      """
      MATCH (x:X) RETURN x
      """
    Then the result should be empty

  Scenario: two
    When executing query:
      """
      MATCH (x:X) RETURN count(x)
      """
    Then the result should be empty
`;
    expect(parseFeature(text).queries.map((q) => [q.scenario, q.role, q.kind])).toEqual([
      ['one', 'setup', 'write'],
      ['one', 'query', 'read'],
      ['two', 'setup', 'write'],
      ['two', 'query', 'read'],
    ]);
  });

  it('finds writing keywords as words, not as names, strings or comments', () => {
    expect(hasWriteWord('match (n) detach delete n')).toBe(true);
    expect(hasWriteWord('MATCH (n) SET n.x = 1')).toBe(true);
    expect(hasWriteWord('UNWIND [1] AS x FOREACH (y IN [x] | CREATE ())')).toBe(true);
    expect(hasWriteWord('RETURN \'CREATE\' AS a, "merge" AS b, `set` AS c /* DELETE */')).toBe(false);
    expect(hasWriteWord('MATCH (n:Create)-[:MERGE]->() RETURN n.set, $remove, {delete: 1}')).toBe(false);
    expect(blankStringsAndComments("a 'b' c")).toHaveLength("a 'b' c".length);
  });
});

describe('tck-corpus: literals', () => {
  it('parses the simple Cypher literals', () => {
    expect(parseLiteral('42')).toBe(42);
    expect(parseLiteral('-1')).toBe(-1);
    expect(parseLiteral('12.3')).toBe(12.3);
    expect(parseLiteral('.5')).toBe(0.5);
    expect(parseLiteral('1e3')).toBe(1000);
    expect(parseLiteral('0x1F')).toBe(31);
    expect(parseLiteral("'it\\'s'")).toBe("it's");
    expect(parseLiteral('"a\\nb"')).toBe('a\nb');
    expect(parseLiteral('TRUE')).toBe(true);
    expect(parseLiteral('false')).toBe(false);
    expect(parseLiteral('null')).toBe(null);
    expect(parseLiteral('[]')).toEqual([]);
    expect(parseLiteral("{name: 'Alice', age: 38, address: {city: 'London', residential: true}}")).toEqual({
      name: 'Alice',
      age: 38,
      address: { city: 'London', residential: true },
    });
    expect(parseLiteral("[{year: 2016, id: 1}, {`odd key`: [1, 2.5, 'x']}]")).toEqual([
      { year: 2016, id: 1 },
      { 'odd key': [1, 2.5, 'x'] },
    ]);
  });

  it('refuses what is not a simple literal', () => {
    for (const bad of ['date()', '1 + 1', "'open", '[1, 2', '{a 1}', '9223372036854775807', '1e999', 'truex', '']) {
      expect(() => parseLiteral(bad), bad).toThrow(LiteralError);
    }
  });
});
