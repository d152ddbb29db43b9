// Who is signed in, shared by every header on the page: one store (useSyncExternalStore), loaded
// once from GET /api/session, changed by signIn / signOut. It hands the session's CSRF token to
// the HTTP client (http.ts), which sends it with every write.
import { useSyncExternalStore } from 'react';
import type { SessionResponse, SessionUser } from '../../../server/shared/contracts.ts';
import { urls } from './endpoints.ts';
import { deleteJson, getJson, postJson, setCsrfToken } from './http.ts';

export interface SessionState {
  /** 'loading' until the first answer; 'error' when the server could not say (treated as signed out). */
  status: 'loading' | 'ready' | 'error';
  user: SessionUser | null;
}

let state: SessionState = { status: 'loading', user: null };
const listeners = new Set<() => void>();
let loading: Promise<void> | undefined;

function set(next: SessionState, csrf?: string): void {
  setCsrfToken(next.user ? csrf : undefined);
  state = next;
  for (const l of listeners) l();
}

const apply = (res: SessionResponse) => set({ status: 'ready', user: res.user }, res.csrfToken);

/** Asks the server who is signed in (again). */
export function refreshSession(): Promise<void> {
  loading = getJson<SessionResponse>(urls.session()).then(apply, () => set({ status: 'error', user: null }));
  return loading;
}

/** Signs in; throws the server's ApiRequestError (401 wrong name or password, 429 too many attempts). */
export async function signIn(name: string, password: string): Promise<SessionUser> {
  const res = await postJson<SessionResponse>(urls.session(), { name, password });
  apply(res);
  return res.user!;
}

export async function signOut(): Promise<void> {
  try {
    await deleteJson<SessionResponse>(urls.session());
  } finally {
    set({ status: 'ready', user: null });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!loading) void refreshSession();
  return () => listeners.delete(listener);
}

/** The session, loaded on first use and shared by every component that asks. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
