// The one HTTP client: JSON requests to the Cooperation Atlas API, with one error type that keeps
// the server's status, code, details and Retry-After, so every page can say what happened and
// what to do. Every request of the client goes through `request` (URLs: endpoints.ts), and every
// request that is not a GET carries the session's CSRF token (X-CSRF-Token) once someone is
// signed in: the server refuses a signed-in change without it (api/session.ts keeps the token).
import type { ApiError as ApiErrorBody } from '../../../server/shared/contracts.ts';

export class ApiRequestError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    /** The server's error code, or `network`, `bad_response`, `http_<status>`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds to wait (429 and 503 answers). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
  /** Worth retrying by itself: database starting (503), timeout (504), or no answer. */
  get transient(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

let csrfToken: string | undefined;

/** The token every write sends as X-CSRF-Token; set by the session store at sign-in and on load. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The headers of a request: JSON, and the CSRF token on anything but a GET. */
export function requestHeaders(method: string, hasBody: boolean): Record<string, string> {
  return {
    accept: 'application/json',
    ...(hasBody ? { 'content-type': 'application/json' } : {}),
    ...(method !== 'GET' && method !== 'HEAD' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
  };
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers (the curation pages' Authorization: see features/curate/api/authed.ts). */
  headers?: Record<string, string>;
}

export async function request<T>(url: string, { method = 'GET', body, signal, headers = {} }: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { ...requestHeaders(method, body !== undefined), ...headers },
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiRequestError(0, 'network', (e as Error).message || 'network error');
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const err = (json as ApiErrorBody | undefined)?.error;
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiRequestError(
      res.status,
      err?.code ?? `http_${res.status}`,
      err?.message ?? (res.statusText || `HTTP ${res.status}`),
      err?.details,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  if (json === undefined) throw new ApiRequestError(res.status, 'bad_response', 'The server sent an empty or non-JSON answer.');
  return json as T;
}

export const getJson = <T>(url: string, signal?: AbortSignal) => request<T>(url, { signal });
export const postJson = <T>(url: string, body: unknown, signal?: AbortSignal) => request<T>(url, { method: 'POST', body, signal });
export const patchJson = <T>(url: string, body: unknown, signal?: AbortSignal) => request<T>(url, { method: 'PATCH', body, signal });
export const deleteJson = <T>(url: string, signal?: AbortSignal) => request<T>(url, { method: 'DELETE', signal });
