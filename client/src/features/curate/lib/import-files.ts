// Turns the files a curator drops into the body of POST /api/import: one .json file in the seed
// format, or CSV files told apart by their header (nodes start with a `label` column,
// relationships with `type`, sources have `title` and no `label`).
import type { ImportBody } from '../api/authed.ts';

export type FilesProblem = 'none' | 'mixed' | 'badJson' | 'unknownCsv' | 'tooMany';

export interface ReadFiles {
  body: ImportBody | null;
  problem?: FilesProblem;
  /** Which file went where: "nodes.csv → nodes". */
  roles: { name: string; role: 'json' | 'nodes' | 'relationships' | 'sources' }[];
}

export function csvRole(text: string): 'nodes' | 'relationships' | 'sources' | null {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  if (header.includes('label')) return 'nodes';
  if (header.includes('type') && header.includes('from') && header.includes('to')) return 'relationships';
  if (header.includes('title') && header.includes('id')) return 'sources';
  return null;
}

export function readImportFiles(files: { name: string; text: string }[]): ReadFiles {
  if (!files.length) return { body: null, problem: 'none', roles: [] };
  const json = files.filter((f) => /\.json$/i.test(f.name));
  if (json.length && json.length !== files.length) return { body: null, problem: 'mixed', roles: [] };
  if (json.length > 1) return { body: null, problem: 'tooMany', roles: [] };
  if (json.length === 1) {
    try {
      const data = JSON.parse(json[0]!.text) as Record<string, unknown>;
      return { body: data, roles: [{ name: json[0]!.name, role: 'json' }] };
    } catch {
      return { body: null, problem: 'badJson', roles: [] };
    }
  }
  const body: { format: 'csv'; nodes?: string; relationships?: string; sources?: string } = { format: 'csv' };
  const roles: ReadFiles['roles'] = [];
  for (const f of files) {
    const role = csvRole(f.text);
    if (!role) return { body: null, problem: 'unknownCsv', roles: [] };
    if (body[role] !== undefined) return { body: null, problem: 'tooMany', roles: [] };
    body[role] = f.text;
    roles.push({ name: f.name, role });
  }
  return { body, roles };
}
