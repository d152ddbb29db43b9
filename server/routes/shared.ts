// What the API's routers share, made once per app by mountApi (index.ts): the route registry
// the OpenAPI document is built from, the response cache (one LRU for every GET), the rate
// limits (one instance per budget), the Cypher console (it owns the concurrency slots free and
// curated queries share), and the accounts and sessions every guarded route checks.
import type { RequestHandler } from 'express';
import { AccountStore } from '../accounts/account-store.ts';
import { warmDummy } from '../accounts/passwords.ts';
import { SessionStore } from '../accounts/sessions.ts';
import type { ServerDeps } from '../deps.ts';
import { createCypherConsole, type CypherConsole } from '../graph/cypher-console.ts';
import { ApiRegistry } from '../http/api-registry.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { responseCache } from '../http/response-cache.ts';

export interface RouterShared {
  /** Every route is declared here, and mounted through it. */
  api: ApiRegistry;
  /** The GET response cache; a route names it in its declaration (`cache`). */
  cache: RequestHandler;
  /** One budget per client for the console and curated runs together (CYPHER_RATE_LIMIT_PER_MIN). */
  cypherLimit: RequestHandler;
  /** One budget per client for the heavy reads, /graph and /paths (GRAPH_RATE_LIMIT_PER_MIN). */
  heavyLimit: RequestHandler;
  /** One console per app, for free and curated queries. */
  cypher: CypherConsole;
  /** Curators' and admins' accounts (ACCOUNTS_FILE, never in Neo4j). */
  accounts: AccountStore;
  /** Signed-in sessions, in memory. */
  sessions: SessionStore;
}

export function createRouterShared({ config, db, graphEvents, log }: ServerDeps, base: string): RouterShared {
  const cypher = createCypherConsole(db, config);
  const cache = responseCache(config.API_CACHE_ENTRIES, config.API_CACHE_TTL_MS, graphEvents);
  const cypherLimit = rateLimit(config.CYPHER_RATE_LIMIT_PER_MIN, 'Cypher console', log);
  const heavyLimit = rateLimit(config.GRAPH_RATE_LIMIT_PER_MIN, 'graph and path', log);
  const accounts = new AccountStore(config.accountsFile);
  warmDummy();
  const sessions = new SessionStore({ idleMs: config.SESSION_IDLE_MINUTES * 60_000, absoluteMs: config.SESSION_MAX_HOURS * 3_600_000 });
  return { api: new ApiRegistry(base), cache, cypherLimit, heavyLimit, cypher, accounts, sessions };
}
