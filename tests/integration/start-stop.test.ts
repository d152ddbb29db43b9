// Integration: the real entry point (what `npm start` runs) with the embedded Neo4j: it comes
// up on a free port with the seed loaded, answers /api/health, and on SIGTERM stops cleanly
// leaving no JVM behind. Also: a bad configuration stops start-up with a clear list.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/neo4j-local/paths.ts';

const entry = path.join(projectRoot, 'server', 'index.ts');

function javaProcessesFor(home: string): string[] {
  try {
    return execSync('ps -eo pid,args', { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes('Neo4jLocal') && l.includes(home));
  } catch {
    return [];
  }
}

describe('the app entry point', () => {
  it('starts the embedded Neo4j, loads the seed, serves, and stops without orphans on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', NEO4J_HEAP_MB: '512' };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /is up at (http:\/\/[\d.:]+)/.exec(out);
          if (m) resolve(m[1]);
        });
        void exited.then((code) => reject(new Error(`exited with ${code}:\n${out}`)));
      });
      expect(out).toContain(`data in ${path.join(dataDir, 'neo4j')}`);
      expect(out).toMatch(/cypher-shell -a bolt:\/\/127\.0\.0\.1:\d+/);
      expect(out).toContain('the database is empty: loading the seed');
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health.neo4j.status).toBe('up');
      expect(health.neo4j.mode).toBe('embedded');
      expect(health.counts.nodes).toBeGreaterThan(400);
      expect(javaProcessesFor(dataDir).length).toBe(1);
      expect(health.neo4j).not.toHaveProperty('uri');
      expect(JSON.stringify(health)).not.toMatch(/bolt:|7687|\d{4,5}\b.*bolt/);

      // Bolt requires the password generated at first start, kept owner-only in the data folder.
      const bolt = /cypher-shell -a (bolt:\/\/127\.0\.0\.1:\d+) -u neo4j -p "\$\(cat ([^)]+)\)"/.exec(out);
      expect(bolt).not.toBeNull();
      const [, boltUri, passwordFile] = bolt!;
      expect(passwordFile.startsWith(dataDir)).toBe(true);
      expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
      const password = fs.readFileSync(passwordFile, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(execSync('ps -eo args', { encoding: 'utf8' })).not.toContain(password);
      for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', `${password}x`)]) {
        const stranger = neo4j.driver(boltUri, auth);
        await expect(stranger.verifyConnectivity()).rejects.toMatchObject({
          code: expect.stringMatching(/Unauthorized|AuthenticationRateLimit/),
        });
        await stranger.close();
      }
      const owner = neo4j.driver(boltUri, neo4j.auth.basic('neo4j', password));
      try {
        const res = await owner.executeQuery('MATCH (n:Agency {id: $id}) RETURN n.name AS name', { id: 'icac' }, { database: 'neo4j' });
        expect(res.records[0].get('name')).toMatch(/Independent Commission Against Corruption/);
      } finally {
        await owner.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('[app] stopped');
    expect(javaProcessesFor(dataDir)).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a bad configuration with a list of what is wrong', () => {
    const res = (() => {
      try {
        execSync(`${process.execPath} --import tsx ${entry}`, {
          env: { ...process.env, PORT: 'eighty', CYPHER_MAX_ROWS: '-5', NEO4J_URI: 'http://x' },
          stdio: 'pipe',
          encoding: 'utf8',
        });
        return { status: 0, stderr: '' };
      } catch (err) {
        return err as { status: number; stderr: string };
      }
    })();
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Invalid configuration');
    expect(res.stderr).toContain('PORT');
    expect(res.stderr).toContain('CYPHER_MAX_ROWS');
    expect(res.stderr).toContain('NEO4J_URI');
  });
});
