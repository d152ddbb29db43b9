// Signed-in sessions, in this process's memory (a restart signs everyone out). A session is
// found by its cookie's random 32-byte token, kept here only as a SHA-256 digest, and ends after
// an idle time or at an absolute age, whichever comes first, or at sign-out. Each carries its own
// CSRF token, which every cookie-authenticated write must send back in X-CSRF-Token.
import { createHash, randomBytes } from 'node:crypto';

export interface Session {
  name: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  /** At most this many sessions; the oldest goes first. */
  max?: number;
  /** At most this many per account (its own oldest goes first), so no account's sign-ins can push another's sessions out. */
  maxPerAccount?: number;
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export const newToken = () => randomBytes(32).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session for `name`: its cookie token (given once, never stored) and the session. */
  create(name: string): { token: string; session: Session } {
    this.sweep();
    const perAccount = this.limits.maxPerAccount ?? 10;
    const own = [...this.sessions].filter(([, s]) => s.name === name);
    for (const [key] of own.slice(0, Math.max(0, own.length - perAccount + 1))) this.sessions.delete(key);
    const max = this.limits.max ?? 10_000;
    while (this.sessions.size >= max) this.sessions.delete(this.sessions.keys().next().value as string);
    const token = newToken();
    const t = this.now();
    const session: Session = { name, csrfToken: newToken(), createdAt: t, lastSeenAt: t };
    this.sessions.set(digest(token), session);
    return { token, session };
  }

  /** The live session of a cookie token (its idle time restarts), or undefined. */
  get(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const key = digest(token);
    const s = this.sessions.get(key);
    if (!s) return undefined;
    if (this.expired(s)) {
      this.sessions.delete(key);
      return undefined;
    }
    s.lastSeenAt = this.now();
    return s;
  }

  delete(token: string | undefined): void {
    if (token) this.sessions.delete(digest(token));
  }

  /** Ends every session of an account (deleted, disabled, or its password changed). */
  revokeUser(name: string, except?: string): void {
    const keep = except === undefined ? undefined : digest(except);
    for (const [key, s] of this.sessions) if (s.name === name && key !== keep) this.sessions.delete(key);
  }

  get size(): number {
    return this.sessions.size;
  }

  private expired(s: Session): boolean {
    const t = this.now();
    return t - s.lastSeenAt > this.limits.idleMs || t - s.createdAt > this.limits.absoluteMs;
  }

  private sweep(): void {
    for (const [key, s] of this.sessions) if (this.expired(s)) this.sessions.delete(key);
  }
}
