// The client's shared GET cache: every cached answer is fetched once through the HTTP client
// (http.ts), shared by the components that show it, and retried automatically (with back-off)
// while the database is starting or unreachable.
import { useEffect, useSyncExternalStore } from 'react';
import { ApiRequestError, getJson } from './http.ts';

export { ApiRequestError };

// ---- Shared cache with retries -----------------------------------------------------------------

export interface ApiEntry<T> {
  status: 'loading' | 'ok' | 'error';
  data?: T;
  error?: ApiRequestError;
  /** When the next automatic retry happens (ms since epoch). */
  retryAt?: number;
}

const LOADING: ApiEntry<never> = { status: 'loading' };
const entries = new Map<string, ApiEntry<unknown>>();
const users = new Map<string, number>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const attempts = new Map<string, number>();
const listeners = new Set<() => void>();
let version = 0;
const CACHE_MAX = 400;

function emit() {
  version++;
  for (const l of listeners) l();
}

function backoff(attempt: number): number {
  return Math.min(15000, 1500 * 2 ** attempt);
}

function load(url: string) {
  const prev = entries.get(url);
  // While retrying, keep the last error visible ("unreachable; retrying…").
  entries.set(url, { status: 'loading', data: prev?.data, error: prev?.error, retryAt: prev?.retryAt });
  emit();
  getJson<unknown>(url).then(
    (data) => {
      attempts.delete(url);
      entries.set(url, { status: 'ok', data });
      emit();
    },
    (e: unknown) => {
      const error = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'network', String((e as Error)?.message ?? e));
      const attempt = attempts.get(url) ?? 0;
      let retryAt: number | undefined;
      if (error.transient) {
        const wait = backoff(attempt);
        retryAt = Date.now() + wait;
        attempts.set(url, attempt + 1);
        timers.set(
          url,
          setTimeout(() => {
            timers.delete(url);
            if ((users.get(url) ?? 0) > 0) load(url);
            else entries.delete(url);
          }, wait),
        );
      }
      entries.set(url, { status: 'error', error, retryAt });
      emit();
    },
  );
}

function ensure(url: string) {
  const e = entries.get(url);
  if (e && (e.status !== 'error' || timers.has(url))) return;
  if (e?.status === 'error') return; // a permanent error stays until retried by hand
  load(url);
}

function evict() {
  if (entries.size <= CACHE_MAX) return;
  for (const [url, e] of entries) {
    if (entries.size <= CACHE_MAX) break;
    if ((users.get(url) ?? 0) === 0 && e.status !== 'loading') entries.delete(url);
  }
}

/** Retry now (a "Retry" button): drops a scheduled retry and the error. */
export function retryApi(url: string) {
  const t = timers.get(url);
  if (t) clearTimeout(t);
  timers.delete(url);
  attempts.delete(url);
  load(url);
}

/** Clears a cached error so the next render fetches again (e.g. after a language change). */
export function forgetApi(url: string) {
  if (entries.get(url)?.status === 'error') entries.delete(url);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Several GETs at once; `null` entries are skipped (answered with undefined). */
export function useApiMany<T>(urls: (string | null)[]): (ApiEntry<T> | undefined)[] {
  useSyncExternalStore(subscribe, () => version);
  const key = urls.join('\n');
  useEffect(() => {
    const list = urls.filter((u): u is string => !!u);
    for (const u of list) users.set(u, (users.get(u) ?? 0) + 1);
    for (const u of list) ensure(u);
    return () => {
      for (const u of list) users.set(u, (users.get(u) ?? 1) - 1);
      evict();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return urls.map((u) => (u ? ((entries.get(u) as ApiEntry<T> | undefined) ?? LOADING) : undefined));
}

export function useApi<T>(url: string | null): ApiEntry<T> | undefined {
  return useApiMany<T>([url])[0];
}

/** Fetch outside React (search suggestions), sharing the cache when the answer is there. */
export async function fetchCached<T>(url: string, signal?: AbortSignal): Promise<T> {
  const e = entries.get(url);
  if (e?.status === 'ok') return e.data as T;
  const data = await getJson<T>(url, signal);
  entries.set(url, { status: 'ok', data });
  evict();
  return data;
}
