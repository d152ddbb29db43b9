// The OpenAPI 3.1 description of the API, served at /api/openapi.json.
const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
// Every endpoint: 400 for an unknown query parameter (GETs take only the parameters listed) and
// 421 for a Host the server is not served as (ALLOWED_HOSTS).
const always = {
  400: {
    description:
      'Invalid input (an unknown query parameter included): the first 50 problems in details.problems, all counted in details.problemCount',
    ...json(error),
  },
  421: { description: 'Misdirected request: the Host header names a host this server does not answer to (ALLOWED_HOSTS)', ...json(error) },
};
const errors = {
  ...always,
  404: { description: 'Not found', ...json(error) },
  503: { description: 'Neo4j unavailable; retry', ...json(error) },
};
const limited = (what: string) => ({
  429: { description: `Rate limited (${what} per client per minute): Retry-After and RateLimit-* headers`, ...json(error) },
});
const q = (name: string, description: string, schema: object = { type: 'string' }, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cooperation Atlas API',
      version,
      description:
        'A knowledge graph of international law-enforcement cooperation. Every fact cites its sources. Errors are `{ "error": { "code", "message" } }`.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'App and Neo4j status, node and relationship counts',
          responses: { 200: { description: 'Neo4j up' }, 503: { description: 'Neo4j down' }, ...always },
        },
      },
      '/api/graph': {
        get: {
          summary: 'Nodes and edges for the explorer',
          parameters: [
            q('labels', 'Comma-separated labels (default: Agency, Organisation, Jurisdiction, Event, Agreement, Person)'),
            q('types', 'Comma-separated relationship types (default: all but MENTIONS)'),
            q('from', 'Start of the time window (ISO date, partial allowed)'),
            q('to', 'End of the time window'),
            q('limit', 'Node cap (default 300, at most GRAPH_MAX_NODES)', { type: 'integer' }),
            q('around', 'Comma-separated node ids: return them and their neighbours (expansion)'),
            q('includeReference', 'Also nodes cited only by reference data (default false)', { type: 'boolean' }),
          ],
          responses: {
            200: { description: '{ nodes, edges, truncated, limit, totalNodes }' },
            ...errors,
            ...limited('GRAPH_RATE_LIMIT_PER_MIN, shared with /api/paths'),
          },
        },
      },
      '/api/nodes/{id}': {
        get: {
          summary: 'One node: properties, sources, relationships grouped by type with evidence',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'NodeDetails' }, ...errors },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over English and Chinese names and aliases',
          parameters: [
            q('q', 'Text', { type: 'string' }, true),
            q('limit', 'At most 50', { type: 'integer' }),
            q('labels', 'Comma-separated labels'),
          ],
          responses: { 200: { description: '{ query, hits }' }, ...errors },
        },
      },
      '/api/paths': {
        get: {
          summary: 'Shortest paths between two entities',
          parameters: [
            q('from', 'Node id', { type: 'string' }, true),
            q('to', 'Node id', { type: 'string' }, true),
            q('maxHops', '1-6 (default 4)', { type: 'integer' }),
            q('types', 'Comma-separated relationship types'),
          ],
          responses: {
            200: { description: '{ paths, graph }' },
            ...errors,
            ...limited('GRAPH_RATE_LIMIT_PER_MIN, shared with /api/graph'),
          },
        },
      },
      '/api/sources': {
        get: {
          summary: 'The documents and reference files, with how many facts each supports',
          responses: { 200: { description: '{ sources }' }, ...always },
        },
      },
      '/api/sources/{id}': {
        get: {
          summary: 'One source: its text (documents) and the facts it supports',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'SourceDetails' }, ...errors },
        },
      },
      '/api/schema': {
        get: {
          summary: 'Labels, relationship types, property keys, counts',
          responses: { 200: { description: 'SchemaResponse' }, ...always },
        },
      },
      '/api/cypher': {
        post: {
          summary: 'Read-only Cypher for analysts (EXPLAIN check, READ transaction, timeout, row cap, rate limit)',
          requestBody: json({ type: 'object', required: ['query'], properties: { query: { type: 'string' }, params: { type: 'object' } } }),
          responses: {
            200: { description: '{ columns, rows, truncated, graph, timeMs, rowCap }' },
            400: { description: 'Refused or a Cypher error with the database message and position', ...json(error) },
            403: { description: 'The query would write', ...json(error) },
            421: always[421],
            ...limited('CYPHER_RATE_LIMIT_PER_MIN, shared with curated runs'),
            504: { description: 'Timed out', ...json(error) },
          },
        },
      },
      '/api/import': {
        post: {
          summary:
            'Load agencies, organisations and relationships (seed format) in one transaction; needs Authorization: Bearer <ADMIN_TOKEN>',
          security: [{ bearer: [] }],
          requestBody: json({
            type: 'object',
            properties: { sources: { type: 'array' }, nodes: { type: 'array' }, relationships: { type: 'array' } },
          }),
          responses: {
            200: { description: '{ ok, counts, changes }' },
            400: { description: 'Every problem by record and field; nothing changed', ...json(error) },
            401: { description: 'Missing or wrong token', ...json(error) },
            403: { description: 'Writes disabled (no ADMIN_TOKEN)', ...json(error) },
            421: always[421],
            413: { description: 'Body too large', ...json(error) },
          },
        },
      },
      '/api/growth': {
        get: {
          summary: 'Organisations (and agreements) with growth series: units and point counts',
          responses: { 200: { description: 'GrowthListResponse' }, ...always },
        },
      },
      '/api/growth/{id}': {
        get: {
          summary:
            'Growth of one organisation: published counts (one series per unit and scope; lower bounds flagged, undated points apart), the cumulative count derived from dated memberships (with the number of members of unknown date), and dated milestones, all cited',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            q('units', 'Comma-separated series to keep (unit, label or key)'),
          ],
          responses: { 200: { description: 'GrowthResponse' }, ...errors },
        },
      },
      '/api/stories': {
        get: { summary: 'Presenter stories (seed/stories/*.json)', responses: { 200: { description: 'StoryListResponse' }, ...always } },
      },
      '/api/stories/{id}': {
        get: {
          summary: 'One story: its steps, each a saved view with a caption',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'Story' }, ...errors },
        },
      },
      '/api/stories/validate': {
        post: {
          summary: 'Check a story (the story file format) against the graph: every id exists, charts have series, regions are known',
          requestBody: json({
            type: 'object',
            required: ['id', 'title', 'steps'],
            properties: { id: { type: 'string' }, title: { type: 'string' }, steps: { type: 'array' } },
          }),
          responses: {
            200: { description: '{ ok, story }' },
            400: { description: 'Every problem by record (step) and field', ...json(error) },
            421: always[421],
          },
        },
      },
      '/api/queries': {
        get: {
          summary:
            'The curated query library (cypher/queries/*.cypher): id, title, description, parameters (type, default, bounds), row cap and the Cypher',
          responses: { 200: { description: 'CuratedQueryListResponse' }, ...always },
        },
      },
      '/api/queries/{id}': {
        get: {
          summary: 'One curated query',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'CuratedQuery' }, ...errors },
        },
      },
      '/api/queries/{id}/run': {
        post: {
          summary:
            'Run a curated query with validated parameters (defaults filled in, unknown ones refused), read-only like the console, at most min(maxRows, CYPHER_MAX_ROWS) rows, rate limited like the console',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: json({ type: 'object', properties: { params: { type: 'object' } } }),
          responses: {
            200: { description: '{ columns, rows, truncated, graph, timeMs, rowCap, queryId, params }' },
            400: { description: 'Invalid parameters: every problem, by parameter', ...json(error) },
            404: { description: 'No such query', ...json(error) },
            421: always[421],
            ...limited('CYPHER_RATE_LIMIT_PER_MIN, shared with the console'),
            504: { description: 'Timed out', ...json(error) },
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
  };
}
