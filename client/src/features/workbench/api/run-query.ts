// Running queries: POST /api/cypher and POST /api/queries/:id/run. No automatic retry (the
// console runs a query once, as the server does); errors keep the server's code, details and
// Retry-After so the page can say exactly what happened and what to do.
import type { ApiError, CuratedQueryRunResponse, CypherResponse } from '../../../../../server/shared/contracts.ts';

export class ConsoleError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds to wait (429 and 503 answers). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }
}

async function post<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ConsoleError(0, 'network', (e as Error).message || 'network error');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const err = (json as ApiError | undefined)?.error;
    const retry = Number(res.headers.get('retry-after'));
    throw new ConsoleError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? (res.statusText || `HTTP ${res.status}`),
      err?.details,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  if (json === undefined) throw new ConsoleError(res.status, 'bad_response', 'The server sent an empty or non-JSON answer.');
  return json as T;
}

export function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CypherResponse> {
  return post<CypherResponse>('/api/cypher', { query, params }, signal);
}

export function runCurated(id: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<CuratedQueryRunResponse> {
  return post<CuratedQueryRunResponse>(`/api/queries/${encodeURIComponent(id)}/run`, { params }, signal);
}
