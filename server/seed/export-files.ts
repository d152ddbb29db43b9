// Writes an export of the curated graph (server/graph/export-seed.ts) into a folder of seed graph
// files: each file is replaced; a .json file already there that the export does not write is
// reported, never deleted (its records would come back at the next load: delete it yourself).
import fs from 'node:fs';
import path from 'node:path';

export interface WrittenExport {
  written: { file: string; changed: boolean }[];
  /** .json files in the folder that this export did not write. */
  stale: string[];
}

export function writeExportFiles(dir: string, files: Record<string, string>): WrittenExport {
  fs.mkdirSync(dir, { recursive: true });
  const written = Object.entries(files).map(([file, text]) => {
    const p = path.join(dir, path.basename(file));
    const changed = !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text;
    if (changed) fs.writeFileSync(p, text);
    return { file, changed };
  });
  const stale = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !Object.hasOwn(files, f))
    .sort();
  return { written, stale };
}
