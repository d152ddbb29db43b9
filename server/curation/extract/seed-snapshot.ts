// The extractor's view of a graph, built from seed files: the known entities (names in every form)
// and the existing relationships, optionally leaving out what only one document supports (to ask
// "what would the extractor find in this document if the graph did not have it yet?"). Used by the
// tests and the benchmark; the server builds the same shapes from Neo4j.
import fs from 'node:fs';
import path from 'node:path';
import type { ExistingFact, KnownEntity } from '../../shared/curation.ts';
import type { GraphDoc, NodeRecord, RelRecord, SourceRecord } from '../../model/records.ts';
import { loadSeed, seedDir } from '../../seed/seed-files.ts';
import type { CountNode } from './corroborate.ts';

export interface GraphSnapshot {
  known: KnownEntity[];
  facts: ExistingFact[];
  countNodes: CountNode[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function knownEntity(n: NodeRecord): KnownEntity {
  return {
    id: n.id,
    label: n.label,
    name: typeof n.name === 'string' ? n.name : n.id,
    ...(typeof n.nameZh === 'string' ? { nameZh: n.nameZh } : {}),
    ...(strings(n.aliases).length ? { aliases: strings(n.aliases) } : {}),
    ...(typeof n.acronym === 'string' ? { acronym: n.acronym } : {}),
  };
}

export function existingFact(r: RelRecord): ExistingFact {
  const { type, from, to, key, sources: _s, ...properties } = r;
  return { type, from, to, ...(key ? { key } : {}), properties };
}

/** A snapshot of graph documents; with `without`, nodes and relationships citing only that source are left out. */
export function snapshotOf(docs: GraphDoc[], without?: string): GraphSnapshot {
  const keep = (sources: string[]) => !without || sources.some((s) => s !== without);
  const nodes = docs.flatMap((d) => d.nodes).filter((n) => keep(n.sources));
  const ids = new Set(nodes.map((n) => n.id));
  const facts = docs
    .flatMap((d) => d.relationships)
    .filter((r) => keep(r.sources) && ids.has(r.from) && ids.has(r.to))
    .map(existingFact);
  const counts = new Map(nodes.filter((n) => n.label === 'MembershipCount' || n.label === 'Statistic').map((n) => [n.id, n]));
  const countNodes: CountNode[] = facts
    .filter((f) => (f.type === 'HAS_COUNT' || f.type === 'HAS_STATISTIC') && counts.has(f.to))
    .map((f) => {
      const n = counts.get(f.to) as NodeRecord;
      return { id: n.id, owner: f.from, count: Number(n.count), ...(typeof n.date === 'string' ? { date: n.date } : {}) };
    });
  return { known: nodes.map(knownEntity), facts, countNodes };
}

let cached: { docs: GraphDoc[]; sources: SourceRecord[] } | undefined;

/** The real seed (curated graph and reference layer), read once. */
export function seedGraph(): { docs: GraphDoc[]; sources: SourceRecord[] } {
  if (!cached) {
    const seed = loadSeed();
    if (seed.problems.length) throw new Error(`seed has problems: ${seed.problems[0].message}`);
    cached = { docs: seed.docs.map((d) => d.doc), sources: seed.sources };
  }
  return cached;
}

/** The seed's documents with their text, date and language. */
export function seedDocuments(): { id: string; file: string; date?: string; language?: string; text: string }[] {
  return seedGraph()
    .sources.filter((s) => s.kind === 'document' && s.file)
    .map((s) => ({
      id: s.id,
      file: s.file as string,
      ...(typeof s.date === 'string' ? { date: s.date } : {}),
      ...(typeof s.language === 'string' ? { language: s.language } : {}),
      text: fs.readFileSync(path.join(seedDir, 'sources', s.file as string), 'utf8'),
    }));
}
