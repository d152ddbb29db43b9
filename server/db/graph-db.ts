// One driver per process, the database always named. Reads go through read routing
// (executeRead), writes through write routing (executeWrite), so a cluster or Aura needs
// nothing but a neo4j:// / neo4j+s:// URI.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface GraphDbOptions {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  acquisitionTimeoutMs?: number;
  maxPoolSize?: number;
}

export interface ReadOptions {
  timeoutMs?: number;
  /** Console queries are tried once: no automatic retry. */
  noRetry?: boolean;
}

/** JS numbers that are whole become Neo4j integers (LIMIT, SKIP, ranges and counts need them). */
export function toNeoParams<T>(value: T, depth = 0): T {
  if (typeof value === 'number') return (Number.isSafeInteger(value) ? neo4j.int(value) : value) as T;
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => toNeoParams(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toNeoParams(v, depth + 1)])) as T;
}

export class GraphDb {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  /** Bookmarks of the last write, so the next reads see it (causal consistency in clusters). */
  private lastBookmarks: string[] = [];

  constructor(opts: GraphDbOptions) {
    this.uri = opts.uri;
    this.database = opts.database;
    const auth = opts.user ? neo4j.auth.basic(opts.user, opts.password ?? '') : undefined;
    this.driver = neo4j.driver(opts.uri, auth, {
      connectionAcquisitionTimeout: opts.acquisitionTimeoutMs ?? 5000,
      connectionTimeout: opts.acquisitionTimeoutMs ?? 5000,
      maxConnectionPoolSize: opts.maxPoolSize ?? 100,
      // Transient failures are retried, but never longer than a request would wait for a connection.
      maxTransactionRetryTime: opts.acquisitionTimeoutMs ?? 5000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => undefined },
    });
  }

  async read<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    opts: ReadOptions = {},
  ): Promise<QueryResult<T>> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarks: this.lastBookmarks });
    try {
      const txConfig = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
      if (opts.noRetry) {
        const tx = session.beginTransaction(txConfig);
        try {
          const result = await tx.run<T>(cypher, toNeoParams(params));
          await tx.commit();
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      }
      return await session.executeRead((tx) => tx.run<T>(cypher, toNeoParams(params)), txConfig);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all or nothing. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE, bookmarks: this.lastBookmarks });
    try {
      const result = await session.executeWrite(work, opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined);
      this.lastBookmarks = session.lastBookmarks();
      return result;
    } finally {
      await session.close();
    }
  }

  async serverVersion(): Promise<string | undefined> {
    const info = await this.driver.getServerInfo({ database: this.database });
    return info.agent;
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
