// The OpenAPI 3.1 description of the API, served at /api/openapi.json, built from the route
// declarations (api-registry.ts): paths, parameters and bodies come from the zod schemas that
// validate the requests (`z.toJSONSchema`, as their input: what a client sends), so the document
// cannot drift from what the server accepts. Responses are described where each route is
// declared, with the shared pieces below.
import { z } from 'zod';
import type { ApiRegistry, ResponseDoc, RouteSpec } from './api-registry.ts';
import { pathParams } from './api-registry.ts';

const errorSchema = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
/** An error response: `{ error: { code, message, details? } }`. */
export const errorResponse = (description: string): ResponseDoc => ({ description, ...json(errorSchema) });

/** Every endpoint: 400 for invalid input (an unknown query parameter included) and 421 for a Host the server is not served as. */
export const always = {
  400: errorResponse(
    'Invalid input (an unknown query parameter included): the first 50 problems in details.problems, all counted in details.problemCount',
  ),
  421: errorResponse('Misdirected request: the Host header names a host this server does not answer to (ALLOWED_HOSTS)'),
};
/** A read of the graph: `always`, and 404 for an unknown id, 503 when Neo4j is down. */
export const errors = {
  ...always,
  404: errorResponse('Not found'),
  503: errorResponse('Neo4j unavailable; retry'),
};
/** A rate-limited endpoint (`what`: the budget). */
/** A route that needs a role: 401 without a session or token, 403 for a role that may not or a missing CSRF token. */
export const guarded = {
  401: errorResponse('Not signed in and no (or a wrong) Bearer token: code unauthorized'),
  403: errorResponse(
    'A role that may not do this (code forbidden), or a signed-in write without its X-CSRF-Token or from another origin (code csrf)',
  ),
};
export const limited = (what: string) => ({
  429: errorResponse(`Rate limited (${what} per client per minute): Retry-After and RateLimit-* headers`),
});

type JsonSchema = Record<string, unknown>;

/**
 * A request schema as JSON Schema: its input side (what a client sends; before transforms, which
 * become `{}`), refinements left out. Two rules make query parameters read as what they mean: a
 * string piped into a stricter string schema (`z.string(...).pipe(idSchema)`) is documented with
 * the stricter one's pattern and bounds, and a parameter documented as the number it stands for
 * (intParam) keeps no string pattern.
 */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...out } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const zs = zodSchema as unknown as z.ZodType;
      if (zs instanceof z.ZodPipe && zs.in instanceof z.ZodString && zs.out instanceof z.ZodString) {
        for (const [k, v] of Object.entries(inputSchema(zs.out))) if (!(k in jsonSchema)) (jsonSchema as JsonSchema)[k] = v;
      }
      if (jsonSchema.type !== undefined && jsonSchema.type !== 'string') delete jsonSchema.pattern;
    },
  }) as JsonSchema;
  return out;
}

/** One parameter object; its schema's description becomes the parameter's. */
function parameter(name: string, where: 'path' | 'query', schema: JsonSchema, required: boolean) {
  const { description, ...rest } = schema;
  return {
    name,
    in: where,
    required,
    ...(description !== undefined ? { description } : {}),
    schema: rest,
    // Lists are comma-separated ("labels=Agency,Person"); repeating the parameter is refused.
    ...(rest.type === 'array' ? { style: 'form', explode: false } : {}),
  };
}

function operation(spec: RouteSpec) {
  const parameters = pathParams(spec.path).map((name) => parameter(name, 'path', inputSchema(spec.params![name]!), true));
  if (spec.query) {
    const q = inputSchema(spec.query.schema);
    const required = new Set((q.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((q.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      parameters.push(parameter(name, 'query', schema, required.has(name)));
    }
  }
  return {
    summary: spec.summary,
    tags: spec.tags,
    ...(parameters.length ? { parameters } : {}),
    ...(spec.role ? { security: [{ session: [], csrf: [] }, { bearer: [] }], 'x-role': spec.role } : {}),
    ...(spec.body ? { requestBody: { required: !spec.body.optional, ...json(inputSchema(spec.body.schema)) } } : {}),
    responses: spec.responses,
  };
}

/** "/nodes/:id" under "/api" -> "/api/nodes/{id}". */
export const openApiPath = (base: string, path: string) => `${base}${path.replace(/:(\w+)/g, '{$1}')}`;

export function openApiDocument(version: string, registry: ApiRegistry) {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {};
  for (const spec of registry.routes()) (paths[openApiPath(registry.base, spec.path)] ??= {})[spec.method] = operation(spec);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cooperation Atlas API',
      version,
      description:
        'A knowledge graph of international law-enforcement cooperation. Every fact cites its sources. Errors are `{ "error": { "code", "message" } }`.',
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN, for automation: acts as an admin; no CSRF token needed' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'atlas_session',
          description: 'Set by POST /api/session (sign in); named __Host-atlas_session when Secure (over https, or COOKIE_SECURE=always)',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description: "With the session cookie, every request but GET/HEAD sends the session's CSRF token (GET /api/session)",
        },
      },
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
