// Configuration, parsed once from the environment. A bad value stops start-up with a list of what is wrong.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './neo4j-local/paths.ts';
import { DEFAULT_JVM_OPTIONS } from './neo4j-local/process.ts';

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(def);
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

const envSchema = z.object({
  PORT: int(8080, 0, 65535),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default(path.join(projectRoot, '.data')),
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j://, neo4j+s://, bolt:// or bolt+s://')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyToUndefined, z.string().optional()),
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_HEAP_MB: int(1024, 256, 65536),
  NEO4J_PAGECACHE_MB: int(256, 16, 65536),
  // Extra options for the embedded Neo4j's JVM. The default stops the JIT at C1: on small machines
  // (measured on 2 cores) it starts Neo4j ~10% and loads the seed ~25% faster, and serves the API
  // as fast as C2 does. On a big machine `NEO4J_JVM_OPTS=` (empty) gives the JVM's full JIT.
  NEO4J_JVM_OPTS: z
    .string()
    .default(DEFAULT_JVM_OPTIONS.join(' '))
    .refine(
      (v) =>
        v.trim() === '' ||
        v
          .trim()
          .split(/\s+/)
          .every((o) => /^-X[A-Za-z0-9:+=._-]+$/.test(o)),
      'must be JVM options like -XX:TieredStopAtLevel=1 (space-separated, each starting with -X)',
    ),
  NEO4J_ACQUISITION_TIMEOUT_MS: int(5000, 100, 600000),
  SEED_ON_START: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
  ADMIN_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  // Curators' and admins' accounts (argon2id hashes), never in Neo4j; default <DATA_DIR>/accounts.json.
  ACCOUNTS_FILE: z.preprocess(emptyToUndefined, z.string().optional()),
  // A session ends after this long unused, and at this age whatever its use.
  SESSION_IDLE_MINUTES: int(120, 1, 60 * 24 * 30),
  SESSION_MAX_HOURS: int(12, 1, 24 * 365),
  // The session cookie: Secure (and named with the __Host- prefix) when the request came over https
  // ("auto"), or always ("always": behind a TLS proxy that does not say so, TRUST_PROXY unset).
  COOKIE_SECURE: z.enum(['auto', 'always'], { message: 'must be auto or always' }).default('auto'),
  // Failed sign-in attempts per client address and per account name, per window; 0 turns a limit off.
  SIGNIN_LIMIT_PER_ADDRESS: int(20, 0, 100000),
  SIGNIN_LIMIT_PER_NAME: int(10, 0, 100000),
  SIGNIN_LIMIT_WINDOW_MINUTES: int(15, 1, 24 * 60),
  CYPHER_TIMEOUT_MS: int(10000, 100, 600000),
  CYPHER_MAX_ROWS: int(1000, 1, 100000),
  CYPHER_MAX_QUERY_LENGTH: int(10000, 10, 1000000),
  CYPHER_RATE_LIMIT_PER_MIN: int(60, 0, 100000),
  // Console queries running at once: overall and per client; more are refused with 429.
  CYPHER_MAX_CONCURRENT: int(4, 1, 1000),
  CYPHER_MAX_CONCURRENT_PER_CLIENT: int(2, 1, 1000),
  // Bytes of one console answer (rows and graph, as JSON), counted while streaming.
  CYPHER_MAX_RESPONSE_BYTES: int(4 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  // Bytes of a console query's parameters (as JSON) and nesting depth of the query and its parameters.
  CYPHER_MAX_PARAMS_BYTES: int(64 * 1024, 16, 64 * 1024 * 1024),
  CYPHER_MAX_NESTING: int(32, 2, 1000),
  // Heavy GETs (/api/graph, /api/paths) per client per minute; 0 turns the limit off.
  GRAPH_RATE_LIMIT_PER_MIN: int(300, 0, 1000000),
  // Host names the app answers to (421 otherwise), besides the loopback names, *.localhost, HOST
  // and, when HOST is 0.0.0.0 or ::, this machine's addresses: comma-separated, ports ignored;
  // "*.example.org" accepts its subdomains, "*" accepts any host (no DNS-rebinding defence).
  ALLOWED_HOSTS: z.string().default(''),
  // Express's "trust proxy": off by default, so X-Forwarded-For is ignored. Set it (e.g. "loopback",
  // "1", an address) only behind a reverse proxy that sets the header itself.
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) => parseTrustProxy(v) !== undefined,
      'must be false, true, a number of proxy hops, or a comma-separated list of addresses, CIDR ranges or the names loopback, linklocal, uniquelocal',
    ),
  GRAPH_MAX_NODES: int(2000, 1, 100000),
  API_CACHE_ENTRIES: int(500, 0, 100000),
  API_CACHE_TTL_MS: int(30000, 0, 3600000),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i)
    .default('5mb'),
  CORS_ORIGINS: z.string().default(''),
  LOG_REQUESTS: z.enum(['true', 'false']).default('false'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  /** NEO4J_JVM_OPTS, split. */
  neo4jJvmOptions: string[];
  /** Embedded local Neo4j (started by us) or an external server/cluster. */
  neo4jMode: 'embedded' | 'external';
  corsOrigins: string[];
  /** TRUST_PROXY, parsed for Express's `trust proxy` setting. */
  trustProxy: TrustProxy;
  /** ALLOWED_HOSTS, lower-cased, without ports; `*` accepts any host, `*.example.org` any subdomain. */
  allowedHosts: string[];
  /** ACCOUNTS_FILE, absolute (default <DATA_DIR>/accounts.json). */
  accountsFile: string;
}

/**
 * The host name of a Host header or a configured host, for comparison: lower case, no port, no
 * trailing dot, IPv6 in brackets ("[::1]:8080" and "::1" both give "[::1]").
 */
export function hostName(raw: string): string {
  let h = raw.trim().toLowerCase();
  if (h.startsWith('[')) h = h.slice(0, h.indexOf(']') + 1 || h.length);
  else if (isIP(h) === 6) h = `[${h}]`;
  else h = h.replace(/:\d*$/, '');
  return h.replace(/\.$/, '');
}

export type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: "false"/"" (default: X-Forwarded-For ignored), "true", a number of hops, or a list of addresses/CIDRs/names. undefined when malformed. */
export function parseTrustProxy(raw: string): TrustProxy | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d{1,3}$/.test(v)) return Number(v);
  const items = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ok =
    items.length > 0 &&
    items.every((item) => {
      if (PROXY_NAMES.has(item)) return true;
      const [addr, bits, extra] = item.split('/');
      const family = isIP(addr ?? '');
      if (!family || extra !== undefined) return false;
      return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
    });
  return ok ? items : undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    ...e,
    DATA_DIR: path.resolve(e.DATA_DIR),
    accountsFile: path.resolve(e.ACCOUNTS_FILE ?? path.join(e.DATA_DIR, 'accounts.json')),
    neo4jMode: e.NEO4J_URI ? 'external' : 'embedded',
    neo4jJvmOptions: e.NEO4J_JVM_OPTS.trim() ? e.NEO4J_JVM_OPTS.trim().split(/\s+/) : [],
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: parseTrustProxy(e.TRUST_PROXY) ?? false,
    allowedHosts: e.ALLOWED_HOSTS.split(',')
      .map((s) => (s.trim() === '*' ? '*' : hostName(s)))
      .filter(Boolean),
  };
}
