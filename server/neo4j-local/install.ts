// Fetches Neo4j Community jars from Maven Central (via the small pom beside this file) and compiles
// the Java launcher. Idempotent: a stamp records what was installed, so a second call costs nothing.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { classesDir, installDir, launcherDir, libDir, stampFile } from './paths.ts';

function run(cmd: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const collect = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) =>
      reject(new Error(`Could not run ${cmd}: ${err.message}. Install it (JDK 17+ and Maven 3.8+) or set NEO4J_URI.`)),
    );
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else {
        log(tail);
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`));
      }
    });
  });
}

function fingerprint(): string {
  const h = createHash('sha256');
  for (const f of ['pom.xml', 'Neo4jLocal.java']) h.update(fs.readFileSync(path.join(launcherDir, f)));
  return h.digest('hex').slice(0, 16);
}

export function isInstalled(): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { fingerprint?: string };
    return stamp.fingerprint === fingerprint() && fs.existsSync(path.join(classesDir, 'Neo4jLocal.class'));
  } catch {
    return false;
  }
}

export async function installNeo4j(log: (line: string) => void = console.log): Promise<void> {
  if (isInstalled()) return;
  const started = Date.now();
  log(`[neo4j] fetching Neo4j Community jars from Maven Central into ${installDir} (first run only)...`);
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.mkdirSync(libDir, { recursive: true });
  await run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      path.join(launcherDir, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libDir}`,
      '-DincludeScope=runtime',
    ],
    log,
  );
  fs.rmSync(classesDir, { recursive: true, force: true });
  fs.mkdirSync(classesDir, { recursive: true });
  await run('javac', ['-d', classesDir, '-cp', path.join(libDir, '*'), path.join(launcherDir, 'Neo4jLocal.java')], log);
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint: fingerprint(), installedAt: new Date().toISOString() }));
  log(`[neo4j] installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
