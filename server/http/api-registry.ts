// The API's routes, each declared once: method, path, summary, tags, the zod schemas of its
// path parameters, query and body, and its responses. `ApiRegistry.route` mounts a declaration
// on a router with the validation that same declaration names (a GET's query is checked before
// the cache and the handler; the handler parses its body and path parameters with the declared
// schemas), and keeps it, so the OpenAPI document (openapi.ts) is built from exactly the routes
// that are mounted, with exactly the schemas that validate them.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { Role } from '../shared/contracts.ts';
import { requireRole } from './auth.ts';
import { parseInput, validQuery, type Problem } from './validate.ts';

/** One response of the OpenAPI document: a description and, for error bodies, its schema. */
export interface ResponseDoc {
  description: string;
  content?: Record<string, { schema: object }>;
}

export interface RouteSpec<
  P extends Record<string, z.ZodType> = Record<string, z.ZodType>,
  Q extends z.ZodObject = z.ZodObject,
  B extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Express path under the API's base ("/nodes/:id"). */
  path: string;
  summary: string;
  tags: string[];
  /** Path parameters; each schema's description names it in a 400 ("Invalid node id: ..."). */
  params?: P;
  /**
   * The query: a GET always has one (`z.object({})` for none); unknown parameters are a 400.
   * `what` names it in a 400; `refine` adds a check across parameters.
   */
  query?: { schema: Q; what: string; refine?: (v: z.infer<Q>) => Problem | undefined };
  /**
   * The JSON body. `what` names it in a 400. With `validatedBy`, the body goes as it is to the
   * function named there, which validates it with this same schema (and more: references,
   * evidence), reporting problems by record and field. `optional`: a request without a body is
   * read as `{}`.
   */
  body?: { schema: B; what: string; validatedBy?: string; optional?: boolean };
  /**
   * The role it needs (a change to the data or to accounts): a session of that role or higher, or
   * `Authorization: Bearer <ADMIN_TOKEN>`. Its guard (`requireRole`, http/auth.ts) is mounted first.
   */
  role?: Role;
  responses: Record<number, ResponseDoc>;
  /** Run before validation (after the role's guard): rate limits, origin checks. */
  guards?: RequestHandler[];
  /** The GET response cache, mounted after the query's validation (it keys by the validated query). */
  cache?: RequestHandler;
}

/** What a handler gets from its declaration: the validated query, and parsers for body and path parameters. */
export interface RouteInput<P extends Record<string, z.ZodType>, Q extends z.ZodObject, B extends z.ZodType> {
  /** The validated query (a GET's; `{}` for a POST). */
  query: z.infer<Q>;
  /** Parses `value` (usually `req.body`) with the declared body schema: a 400 listing every problem. */
  body(value: unknown): z.infer<B>;
  /** Parses the path parameter `name` with its declared schema: a 400 naming it. */
  param<K extends keyof P & string>(name: K): z.infer<P[K]>;
}

export type RouteHandler<P extends Record<string, z.ZodType>, Q extends z.ZodObject, B extends z.ZodType> = (
  req: Request,
  res: Response,
  input: RouteInput<P, Q, B>,
) => unknown;

/** A validating middleware with the schema it validates (the OpenAPI test reads it from the router). */
export type QueryValidator = RequestHandler & { schema: z.ZodObject; of(res: Response): unknown };

export class ApiRegistry {
  private readonly specs: RouteSpec[] = [];

  /** `base` is where the API is mounted ("/api"); the document's paths start with it. */
  constructor(readonly base: string) {}

  /** Every route declared so far, in the order mounted. */
  routes(): readonly RouteSpec[] {
    return this.specs;
  }

  /** Declares a route and mounts it on `router`: guards, query validation, cache, handler. */
  route<
    P extends Record<string, z.ZodType> = Record<never, z.ZodType>,
    Q extends z.ZodObject = z.ZodObject,
    B extends z.ZodType = z.ZodType,
  >(router: Router, spec: RouteSpec<P, Q, B>, handler: RouteHandler<P, Q, B>): void {
    if (spec.method === 'get' && !spec.query) throw new Error(`GET ${spec.path}: declare its query (z.object({}) for none)`);
    for (const name of pathParams(spec.path)) {
      if (!spec.params?.[name]) throw new Error(`${spec.method.toUpperCase()} ${spec.path}: declare the path parameter "${name}"`);
    }
    this.specs.push(spec as unknown as RouteSpec);
    const chain: RequestHandler[] = [...(spec.role ? [requireRole(spec.role)] : []), ...(spec.guards ?? [])];
    const validator: QueryValidator | undefined = spec.query && validQuery(spec.query.schema, spec.query.what, spec.query.refine);
    if (validator) chain.push(validator);
    if (spec.cache) chain.push(spec.cache);
    const body = spec.body;
    chain.push((req, res) =>
      handler(req, res, {
        query: (validator?.of(res) ?? {}) as z.infer<Q>,
        body: (value) => {
          if (!body) throw new Error(`${spec.method.toUpperCase()} ${spec.path} declares no body`);
          return parseInput(body.schema, body.optional ? (value ?? {}) : value, body.what);
        },
        param: (name) => {
          const schema = spec.params![name]!;
          return parseInput(schema, req.params[name], schema.description ?? `${name} parameter`);
        },
      }),
    );
    router[spec.method](spec.path, ...chain);
  }
}

/** The names of an Express path's parameters: "/queries/:id/run" -> ["id"]. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
