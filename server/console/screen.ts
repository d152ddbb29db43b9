// The console's first, fast, friendly layer: it reads the query as tokens (server/console/cypher-lexer.ts)
// and refuses what the console never runs with a message saying why, before the database is asked.
// It is not the decisive check — the EXPLAIN plan is (server/console/plan-check.ts) — but it
// stops the database's parser from being fed what it chokes on (deep nesting) and gives the
// analyst a clear answer for the common refusals.
import { AppError } from '../errors.ts';
import { CypherLexError, isWord, nestingDepth, splitStatements, tokenize, type Token } from './cypher-lexer.ts';

/** Procedures an analyst may call: schema introspection and full-text search; nothing that writes, administers or reads other sessions. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.index.fulltext.listavailableanalyzers',
]);

/** What SHOW may list in the console: the schema's indexes and constraints, procedures and functions. */
const SHOWABLE = new Set(['INDEX', 'INDEXES', 'CONSTRAINT', 'CONSTRAINTS', 'PROCEDURE', 'PROCEDURES', 'FUNCTION', 'FUNCTIONS']);
/** Words that may qualify them: SHOW ALL INDEXES, SHOW BUILT IN FUNCTIONS, SHOW NODE KEY CONSTRAINTS ... */
const SHOW_QUALIFIERS = new Set([
  'ALL',
  'BUILT',
  'IN',
  'USER',
  'DEFINED',
  'RANGE',
  'TEXT',
  'POINT',
  'LOOKUP',
  'FULLTEXT',
  'VECTOR',
  'BTREE',
  'UNIQUE',
  'UNIQUENESS',
  'EXIST',
  'EXISTENCE',
  'EXISTS',
  'KEY',
  'NODE',
  'RELATIONSHIP',
  'REL',
  'PROPERTY',
  'TYPE',
]);
const ADMIN_OBJECTS = [
  'DATABASE',
  'DATABASES',
  'ALIAS',
  'ALIASES',
  'USER',
  'USERS',
  'ROLE',
  'ROLES',
  'SERVER',
  'SERVERS',
  'COMPOSITE',
  'PRIVILEGE',
  'PRIVILEGES',
];

export interface ScreenLimits {
  maxQueryLength: number;
  maxNesting: number;
}

const refuse = (code: string, message: string) => new AppError(400, code, message);

/** Where a clause may start: the statement's start, after `{` or `(` (subqueries), or after UNION [ALL]. */
function atClauseStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.kind === 'symbol' && (prev.value === '{' || prev.value === '(')) return true;
  return isWord(prev, 'UNION') || (isWord(prev, 'ALL') && isWord(tokens[i - 2], 'UNION'));
}

function screenStatement(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    const word = t.value.toUpperCase();
    // A property, label or map key may be called `load`, `use` or `show`: `n.use`, `:Show`, `{use: 1}`.
    const prev = tokens[i - 1];
    if (prev?.kind === 'symbol' && (prev.value === '.' || prev.value === ':')) continue;
    if (next?.kind === 'symbol' && next.value === ':') continue;

    if (word === 'LOAD' && isWord(next, 'CSV'))
      throw refuse('load_csv_refused', 'LOAD CSV is not available in the console: it reads files and URLs.');
    if (word === 'USE' && atClauseStart(tokens, i) && (next?.kind === 'word' || next?.kind === 'quoted')) {
      throw refuse('use_refused', "The console reads the app's own database; USE is not available.");
    }
    if (word === 'TERMINATE' || (['ALTER', 'GRANT', 'DENY', 'REVOKE'].includes(word) && atClauseStart(tokens, i))) {
      throw refuse('admin_refused', 'Administration commands are not available in the console.');
    }
    if (['CREATE', 'DROP', 'START', 'STOP', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE'].includes(word)) {
      let j = i + 1;
      while (isWord(tokens[j], 'OR', 'REPLACE')) j++;
      if (isWord(tokens[j], ...ADMIN_OBJECTS)) throw refuse('admin_refused', 'Administration commands are not available in the console.');
    }
    if (word === 'SHOW' && atClauseStart(tokens, i)) {
      let j = i + 1;
      while (tokens[j]?.kind === 'word' && SHOW_QUALIFIERS.has(tokens[j].value.toUpperCase())) j++;
      if (!(tokens[j]?.kind === 'word' && SHOWABLE.has(tokens[j].value.toUpperCase()))) {
        throw refuse(
          'admin_refused',
          'That SHOW command is not available in the console; SHOW INDEXES, CONSTRAINTS, PROCEDURES and FUNCTIONS are.',
        );
      }
    }
    if (word === 'IN') {
      let j = i + 1;
      if (tokens[j]?.kind === 'number' || tokens[j]?.kind === 'parameter') j++;
      if (isWord(tokens[j], 'ROWS')) j++;
      if (isWord(tokens[j], 'CONCURRENT')) j++;
      if (isWord(tokens[j], 'TRANSACTIONS', 'TRANSACTION'))
        throw refuse('write_refused', 'CALL { ... } IN TRANSACTIONS is for batched writes; the console is read-only.');
    }
    if (word === 'CALL' && (next?.kind === 'word' || next?.kind === 'quoted')) {
      const parts = [next.value];
      let j = i + 2;
      while (
        tokens[j]?.kind === 'symbol' &&
        tokens[j].value === '.' &&
        (tokens[j + 1]?.kind === 'word' || tokens[j + 1]?.kind === 'quoted')
      ) {
        parts.push(tokens[j + 1].value);
        j += 2;
      }
      const name = parts.join('.');
      if (!ALLOWED_PROCEDURES.has(name.toLowerCase())) {
        throw refuse(
          'procedure_refused',
          `The procedure ${name} is not available in the console. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        );
      }
    }
  }
}

export function screenQuery(query: string, limits: ScreenLimits): void {
  if (typeof query !== 'string' || !query.trim()) throw refuse('empty_query', 'Type a Cypher query to run.');
  if (query.length > limits.maxQueryLength) {
    throw refuse('query_too_long', `The query is ${query.length} characters; the console accepts at most ${limits.maxQueryLength}.`);
  }
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (err) {
    if (err instanceof CypherLexError)
      throw new AppError(400, 'syntax_error', `The query is not valid Cypher: ${err.message}.`, { position: { offset: err.offset } });
    throw err;
  }
  if (!tokens.length) throw refuse('empty_query', 'The query holds only comments: type a Cypher query to run.');
  const depth = nestingDepth(tokens);
  if (depth > limits.maxNesting) {
    throw refuse(
      'too_deep',
      `The query is nested ${depth} levels deep (brackets and chains of NOT); the console accepts at most ${limits.maxNesting}.`,
    );
  }
  const statements = splitStatements(tokens);
  for (const s of statements) screenStatement(s);
  if (statements.length > 1)
    throw refuse('multiple_statements', 'Run one statement at a time (the query contains a ";" between statements).');
}
