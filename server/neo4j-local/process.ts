// Starts and stops the project's own embedded Neo4j as a child JVM. The child dies with us:
// we kill it on exit/signals, and it also exits by itself when its stdin (our pipe) closes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { installNeo4j } from './install.ts';
import { classesDir, libDir } from './paths.ts';

export interface LocalNeo4jOptions {
  /** Neo4j home folder; the database lives in <home>/data/databases/neo4j. */
  home: string;
  /** Bolt port; a free one is chosen when absent. */
  port?: number;
  heapMb?: number;
  /** Extra JVM options (default DEFAULT_JVM_OPTIONS). */
  jvmOptions?: string[];
  pageCacheMb?: number;
  /** Server-side transaction timeout (0 = none; the app sets per-query timeouts itself). */
  txTimeoutSeconds?: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  /** Bolt requires these: user `neo4j` and the password kept in `passwordFile`. */
  user: string;
  password: string;
  passwordFile: string;
  port: number;
  home: string;
  startMs: number;
  /** Stops the JVM and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the JVM has exited (for any reason). */
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();
let hooksInstalled = false;

function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = () => {
    for (const child of live) {
      try {
        child.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', killAll);
}

/** Where the embedded Neo4j's Bolt password is kept: inside its home, readable by its owner only. */
export const passwordFileOf = (home: string) => path.join(home, 'bolt-password');

/**
 * The Bolt password of the Neo4j in `home`: generated (32 random bytes, base64url) at first start,
 * written owner-only (0600), and read back at every later start.
 */
export function localPassword(home: string): string {
  const file = passwordFileOf(home);
  fs.mkdirSync(home, { recursive: true });
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing) {
      fs.chmodSync(file, 0o600);
      return existing;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const password = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** C1 only: on small machines the JVM's C2 compiler thread competes with Neo4j for the cores (see NEO4J_JVM_OPTS). */
export const DEFAULT_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1'];

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(line));
  await installNeo4j(log);
  installExitHooks();
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(opts.home, { recursive: true });
  const password = localPassword(opts.home);
  const started = Date.now();
  const args = [
    `-Xmx${opts.heapMb ?? 1024}m`,
    '-XX:+UseG1GC',
    ...(opts.jvmOptions ?? DEFAULT_JVM_OPTIONS),
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${path.join(libDir, '*')}${path.delimiter}${classesDir}`,
    'Neo4jLocal',
    opts.home,
    String(port),
    String(opts.pageCacheMb ?? 128),
    String(opts.txTimeoutSeconds ?? 0),
  ];
  // The password goes through the environment, never the command line (`ps` shows arguments to everyone).
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_LOCAL_PASSWORD: password } });
  live.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      live.delete(child);
      resolve(code);
    });
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j did not start within ${(opts.startTimeoutMs ?? 120000) / 1000} s. Output:\n${output.slice(-3000)}`)),
      opts.startTimeoutMs ?? 120000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20000);
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java: ${err.message}. Install JDK 17+ or set NEO4J_URI.`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready. Output:\n${output.slice(-3000)}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const startMs = Date.now() - started;
  let stopping: Promise<void> | null = null;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    passwordFile: passwordFileOf(opts.home),
    port,
    home: opts.home,
    startMs,
    exited,
    stop() {
      if (!stopping) {
        stopping = (async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
          await exited;
          clearTimeout(timer);
        })();
      }
      return stopping;
    },
  };
}
