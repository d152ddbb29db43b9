// What the editor completes: labels, relationship types and property keys from the live schema
// (GET /api/schema), the $parameters that are set, the common Cypher functions, and the
// procedures the console allows (the server's whitelist, ALLOWED_PROCEDURES in
// server/graph/cypher-console.ts).
import type { SchemaResponse } from '../../../../../server/shared/contracts.ts';

/** The shape @neo4j-cypher/editor-support takes (labels and types with their leading colon). */
export interface CompletionSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: string[];
  functions: { name: string; signature: string }[];
  procedures: { name: string; signature: string; returnItems: { name: string; signature: string }[] }[];
}

const fn = (name: string, signature: string) => ({ name, signature });

export const CYPHER_FUNCTIONS = [
  fn('count', '(input :: ANY) :: INTEGER'),
  fn('collect', '(input :: ANY) :: LIST<ANY>'),
  fn('sum', '(input :: NUMBER) :: NUMBER'),
  fn('avg', '(input :: NUMBER) :: FLOAT'),
  fn('min', '(input :: ANY) :: ANY'),
  fn('max', '(input :: ANY) :: ANY'),
  fn('coalesce', '(input :: ANY, ...) :: ANY'),
  fn('size', '(input :: LIST<ANY> | STRING) :: INTEGER'),
  fn('length', '(input :: PATH) :: INTEGER'),
  fn('labels', '(input :: NODE) :: LIST<STRING>'),
  fn('type', '(input :: RELATIONSHIP) :: STRING'),
  fn('keys', '(input :: NODE | RELATIONSHIP | MAP) :: LIST<STRING>'),
  fn('properties', '(input :: NODE | RELATIONSHIP | MAP) :: MAP'),
  fn('elementId', '(input :: NODE | RELATIONSHIP) :: STRING'),
  fn('startNode', '(input :: RELATIONSHIP) :: NODE'),
  fn('endNode', '(input :: RELATIONSHIP) :: NODE'),
  fn('nodes', '(input :: PATH) :: LIST<NODE>'),
  fn('relationships', '(input :: PATH) :: LIST<RELATIONSHIP>'),
  fn('head', '(list :: LIST<ANY>) :: ANY'),
  fn('last', '(list :: LIST<ANY>) :: ANY'),
  fn('tail', '(list :: LIST<ANY>) :: LIST<ANY>'),
  fn('range', '(start :: INTEGER, end :: INTEGER, step = 1 :: INTEGER) :: LIST<INTEGER>'),
  fn('reverse', '(input :: LIST<ANY> | STRING) :: LIST<ANY> | STRING'),
  fn('toLower', '(input :: STRING) :: STRING'),
  fn('toUpper', '(input :: STRING) :: STRING'),
  fn('trim', '(input :: STRING) :: STRING'),
  fn('left', '(original :: STRING, length :: INTEGER) :: STRING'),
  fn('right', '(original :: STRING, length :: INTEGER) :: STRING'),
  fn('substring', '(original :: STRING, start :: INTEGER, length :: INTEGER) :: STRING'),
  fn('replace', '(original :: STRING, search :: STRING, replace :: STRING) :: STRING'),
  fn('split', '(original :: STRING, splitDelimiter :: STRING) :: LIST<STRING>'),
  fn('toString', '(input :: ANY) :: STRING'),
  fn('toInteger', '(input :: ANY) :: INTEGER'),
  fn('toFloat', '(input :: ANY) :: FLOAT'),
  fn('toBoolean', '(input :: ANY) :: BOOLEAN'),
  fn('exists', '(input :: ANY) :: BOOLEAN'),
  fn('date', '(input = DEFAULT_TEMPORAL_ARGUMENT :: ANY) :: DATE'),
  fn('datetime', '(input = DEFAULT_TEMPORAL_ARGUMENT :: ANY) :: DATETIME'),
  fn('duration', '(input :: ANY) :: DURATION'),
  fn('abs', '(input :: NUMBER) :: NUMBER'),
  fn('round', '(value :: FLOAT, precision = 0 :: NUMBER) :: FLOAT'),
  fn('shortestPath', '(pattern :: PATH) :: PATH'),
  fn('allShortestPaths', '(pattern :: PATH) :: LIST<PATH>'),
  fn('percentileCont', '(input :: FLOAT, percentile :: FLOAT) :: FLOAT'),
  fn('stDev', '(input :: FLOAT) :: FLOAT'),
];

const proc = (name: string, signature: string, returnItems: [string, string][]) => ({
  name,
  signature,
  returnItems: returnItems.map(([n, s]) => ({ name: n, signature: s })),
});

export const ALLOWED_PROCEDURES = [
  proc('db.labels', '() :: (label :: STRING)', [['label', 'STRING']]),
  proc('db.relationshipTypes', '() :: (relationshipType :: STRING)', [['relationshipType', 'STRING']]),
  proc('db.propertyKeys', '() :: (propertyKey :: STRING)', [['propertyKey', 'STRING']]),
  proc('db.schema.visualization', '() :: (nodes :: LIST<NODE>, relationships :: LIST<RELATIONSHIP>)', [
    ['nodes', 'LIST<NODE>'],
    ['relationships', 'LIST<RELATIONSHIP>'],
  ]),
  proc(
    'db.schema.nodeTypeProperties',
    '() :: (nodeType :: STRING, nodeLabels :: LIST<STRING>, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)',
    [
      ['nodeType', 'STRING'],
      ['propertyName', 'STRING'],
    ],
  ),
  proc(
    'db.schema.relTypeProperties',
    '() :: (relType :: STRING, propertyName :: STRING, propertyTypes :: LIST<STRING>, mandatory :: BOOLEAN)',
    [
      ['relType', 'STRING'],
      ['propertyName', 'STRING'],
    ],
  ),
  proc(
    'db.index.fulltext.queryNodes',
    '(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)',
    [
      ['node', 'NODE'],
      ['score', 'FLOAT'],
    ],
  ),
  proc(
    'db.index.fulltext.queryRelationships',
    '(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (relationship :: RELATIONSHIP, score :: FLOAT)',
    [
      ['relationship', 'RELATIONSHIP'],
      ['score', 'FLOAT'],
    ],
  ),
  proc('db.index.fulltext.listAvailableAnalyzers', '() :: (analyzer :: STRING, description :: STRING, stopwords :: LIST<STRING>)', [
    ['analyzer', 'STRING'],
  ]),
];

/** `Entity` is on every node (ids are unique across the graph) but the schema endpoint hides it. */
const EXTRA_LABELS = ['Entity'];

export function completionSchema(schema: SchemaResponse | undefined, parameters: string[]): CompletionSchema {
  const labels = [...new Set([...(schema?.labels.map((l) => l.label) ?? []), ...EXTRA_LABELS])];
  return {
    labels: labels.map((l) => `:${l}`),
    relationshipTypes: (schema?.relationshipTypes.map((t) => t.type) ?? []).map((t) => `:${t}`),
    propertyKeys: schema?.propertyKeys ?? [],
    parameters,
    functions: CYPHER_FUNCTIONS,
    procedures: ALLOWED_PROCEDURES,
  };
}
