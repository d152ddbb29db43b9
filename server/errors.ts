// Typed errors, thrown by every layer (graph/, console/, http/, seed/), and the one place where
// Neo4j error codes are mapped to them: unavailable -> 503, timeouts -> 504, syntax/semantic
// errors -> 400 with the database's message and position, constraint violations -> 409.
// No HTTP here: the app's error handler (http/errors.ts) turns an AppError into a response.
import { Neo4jError } from 'neo4j-driver';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError(400, 'bad_request', message, details);
export const notFound = (message: string) => new AppError(404, 'not_found', message);

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

function positionOf(err: Neo4jError): { line: number; column: number; offset: number } | undefined {
  const gql = err as unknown as { diagnosticRecord?: { _position?: { line?: unknown; column?: unknown; offset?: unknown } } };
  const pos = gql.diagnosticRecord?._position;
  if (pos && pos.line !== undefined) return { line: Number(pos.line), column: Number(pos.column), offset: Number(pos.offset) };
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(err.message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/**
 * Maps an error of an analyst's own query: Cypher syntax, semantic, parameter and procedure
 * errors are the analyst's to fix, so they come back as 400 with the database's message and
 * position. Everything else is mapped as usual.
 */
export function toConsoleError(err: unknown): AppError {
  if (err instanceof Neo4jError || (err as { name?: string })?.name === 'Neo4jError') {
    const e = err as Neo4jError;
    const code = e.code ?? '';
    if (/^Neo\.ClientError\.(Statement|Procedure|Request)\./.test(code) && code !== 'Neo.ClientError.Statement.AccessMode') {
      return new AppError(400, 'cypher_error', e.message.split('\n')[0] ?? e.message, {
        neo4jCode: code,
        position: positionOf(e),
        message: e.message,
      });
    }
    // Naming another database is the caller's mistake, not an outage.
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new AppError(400, 'unknown_database', "The console reads the app's own database only; that database does not exist here.", {
        neo4jCode: code,
      });
    }
    // The database failed on this query's own terms (e.g. a value it cannot compute): the query's problem, said as such.
    if (code.startsWith('Neo.DatabaseError.Statement.')) {
      return new AppError(422, 'query_failed', `The database could not run this query: ${(e.message.split('\n')[0] ?? '').slice(0, 300)}`, {
        neo4jCode: code,
      });
    }
  }
  return toAppError(err);
}

/** Maps any thrown value to an AppError (status, code, client-safe message). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError || (err as { name?: string })?.name === 'Neo4jError') {
    const e = err as Neo4jError;
    const code = e.code ?? '';
    if (
      UNAVAILABLE.has(code) ||
      (/connect|ECONNREFUSED|acquisition|Pool is closed|Connection was closed/i.test(e.message) &&
        !code.startsWith('Neo.ClientError.Statement'))
    ) {
      return new AppError(
        503,
        'database_unavailable',
        'The graph database is not reachable right now. The app retries by itself; try again in a few seconds.',
      );
    }
    if (
      code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
      code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
      /timed out|terminated/i.test(code)
    ) {
      return new AppError(
        504,
        'query_timeout',
        'The query took longer than the allowed time and was stopped. Narrow it (add a LIMIT, a WHERE, or anchor it on a node).',
      );
    }
    if (
      code === 'Neo.ClientError.Transaction.TransactionMarkedAsFailed' ||
      code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
      code.includes('MemoryLimit')
    ) {
      return new AppError(
        422,
        'query_too_large',
        'This needed more memory than one database transaction may use. A query: narrow it (add a LIMIT or a WHERE). An import: split it into smaller files.',
      );
    }
    if (code.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed')) {
      return new AppError(409, 'constraint_violation', e.message);
    }
    if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
      return new AppError(403, 'read_only', 'The console is read-only: this query would write to the graph.');
    }
  }
  if ((err as { type?: string })?.type === 'entity.too.large')
    return new AppError(413, 'payload_too_large', 'The request body is larger than the server accepts.');
  if ((err as { type?: string })?.type === 'entity.parse.failed')
    return new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
  const status = (err as { status?: number; statusCode?: number })?.status ?? (err as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'bad_request', (err as Error).message || 'Bad request.');
  }
  return new AppError(500, 'internal_error', 'Something went wrong on the server. It has been logged.');
}
