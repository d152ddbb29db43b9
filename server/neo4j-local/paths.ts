// Where the embedded Neo4j's jars, compiled launcher and data live (all in ignored folders).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const launcherDir = path.join(projectRoot, 'server', 'neo4j-local');
/** Jars and compiled launcher: shared by the app, the tests and the benchmarks. */
export const installDir = process.env.NEO4J_LOCAL_INSTALL_DIR
  ? path.resolve(process.env.NEO4J_LOCAL_INSTALL_DIR)
  : path.join(projectRoot, '.neo4j');
export const libDir = path.join(installDir, 'lib');
export const classesDir = path.join(installDir, 'classes');
export const stampFile = path.join(installDir, 'installed.json');
