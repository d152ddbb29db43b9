// The seed graph files' canonical form (server/model/seed-format.ts), what the loader stamps on
// curated records, and how the export is written to a folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../../server/model/model.ts';
import type { NodeRecord, RelRecord } from '../../server/model/records.ts';
import {
  NODE_KEY_ORDER,
  REL_KEY_ORDER,
  canonicalNode,
  canonicalRel,
  compareSeedPlace,
  defaultNodeFile,
  defaultRelFile,
  nodeRecordKeys,
  recordKey,
  relRecordKeys,
  seedLine,
  serialiseSeedFile,
} from '../../server/model/seed-format.ts';
import { writeExportFiles } from '../../server/seed/export-files.ts';
import { loadSeed, seedDir } from '../../server/seed/seed-files.ts';

describe('canonical seed records', () => {
  it('orders a node record by the canonical key order and keeps only what the seed format states', () => {
    const scrambled = {
      sources: ['s1'],
      note: 'n',
      iso3: 'HKG',
      degree: 12,
      shortName: 'HK',
      seedFile: 'core.json',
      kind: 'sar',
      aliases: ['Hong Kong'],
      nameZh: '香港',
      id: 'hk',
      name: 'Hong Kong',
      label: 'Jurisdiction',
      region: undefined,
      beltAndRoad: null,
    } as unknown as NodeRecord;
    const out = canonicalNode(scrambled);
    expect(Object.keys(out)).toEqual(['label', 'id', 'name', 'nameZh', 'aliases', 'kind', 'iso3', 'note', 'sources']);
    expect(seedLine(out)).toBe(
      '{"label": "Jurisdiction", "id": "hk", "name": "Hong Kong", "nameZh": "香港", "aliases": ["Hong Kong"], "kind": "sar", "iso3": "HKG", "note": "n", "sources": ["s1"]}',
    );
  });

  it('orders a relationship record: type, ends, key, properties, sources, evidence last', () => {
    const rel = {
      evidence: 'e',
      sources: ['s1'],
      dateText: 'd',
      topic: 't',
      date: '2024',
      to: 'b',
      from: 'a',
      type: 'TRAINED',
      key: 'k',
      seedIndex: 3,
    };
    expect(Object.keys(canonicalRel(rel as unknown as RelRecord))).toEqual([
      'type',
      'from',
      'to',
      'key',
      'date',
      'topic',
      'dateText',
      'sources',
      'evidence',
    ]);
  });

  it('gives every property of the model a place in the key order (none falls to the fallback)', () => {
    for (const label of NODE_LABEL_NAMES.filter((l) => l !== 'Source'))
      for (const k of nodeRecordKeys(label as Exclude<typeof label, 'Source'>)) expect(NODE_KEY_ORDER, `${label}.${k}`).toContain(k);
    for (const type of REL_TYPE_NAMES.filter((t) => t !== 'MENTIONS'))
      for (const k of relRecordKeys(type as Exclude<typeof type, 'MENTIONS'>)) expect(REL_KEY_ORDER, `${type}.${k}`).toContain(k);
  });

  it('writes a file one record a line, with the files spacing; an empty list stays on one line', () => {
    const text = serialiseSeedFile({
      nodes: [
        { label: 'Agency', id: 'a', name: 'A "quoted" name', sources: ['s'] },
        { label: 'Statistic', id: 'b', count: 3, unit: 'u', lowerBound: false, sources: ['s'] },
      ] as NodeRecord[],
      relationships: [],
    });
    expect(text).toBe(
      '{\n  "nodes": [\n' +
        '    {"label": "Agency", "id": "a", "name": "A \\"quoted\\" name", "sources": ["s"]},\n' +
        '    {"label": "Statistic", "id": "b", "count": 3, "unit": "u", "lowerBound": false, "sources": ["s"]}\n' +
        '  ],\n  "relationships": []\n}\n',
    );
    expect(JSON.parse(text)).toEqual({
      nodes: [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'b' })],
      relationships: [],
    });
  });

  it('the committed seed/graph files are in canonical form (writing them again changes no byte)', () => {
    const dir = path.join(seedDir, 'graph');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(serialiseSeedFile(JSON.parse(text)), f).toBe(text);
    }
  });

  it('sorts stably: a file`s records by position, then the others by id, whatever the input order', () => {
    const items = [{ ident: 'zeta' }, { index: 2, ident: 'b' }, { ident: 'alpha' }, { index: 0, ident: 'z' }, { index: 1, ident: 'a' }];
    const want = ['z', 'a', 'b', 'alpha', 'zeta'];
    expect([...items].sort(compareSeedPlace).map((i) => i.ident)).toEqual(want);
    expect(
      [...items]
        .reverse()
        .sort(compareSeedPlace)
        .map((i) => i.ident),
    ).toEqual(want);
  });

  it('reads the seed key back from the stored relationship key, and files new records by rule', () => {
    const ends = { type: 'SIGNED', from: 'icac', to: 'mou' };
    expect(recordKey('SIGNED:icac->mou#2024', ends)).toBe('2024');
    expect(recordKey('SIGNED:icac->mou', ends)).toBeUndefined();
    expect(recordKey(undefined, ends)).toBeUndefined();
    expect(defaultNodeFile('Event')).toBe('events.json');
    expect(defaultNodeFile('Statistic')).toBe('counts.json');
    expect(defaultNodeFile('Agency')).toBe('core.json');
    expect(defaultRelFile('icac.json', 'Event', undefined)).toBe('events.json');
    expect(defaultRelFile('icac.json', 'Event', 'customs.json')).toBe('customs.json');
    expect(defaultRelFile('icac.json', 'Organisation', 'core.json')).toBe('icac.json');
  });
});

describe('what the loader stamps on curated records', () => {
  const seed = loadSeed();
  const stampOf = (pred: (rec: Record<string, unknown>) => boolean) =>
    [...seed.stamps].find(([rec]) => pred(rec as Record<string, unknown>))?.[1];

  it('each record of graph/*.json, with its file and position; no reference row', () => {
    expect(stampOf((r) => r.id === 'hk')).toMatchObject({ seedFile: 'core.json', seedIndex: 0 });
    const stated = fs
      .readdirSync(path.join(seedDir, 'graph'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(fs.readFileSync(path.join(seedDir, 'graph', f), 'utf8')) as { nodes: unknown[]; relationships: unknown[] });
    expect(seed.stamps.size).toBe(stated.reduce((s, d) => s + d.nodes.length + d.relationships.length, 0));
    for (const [, stamp] of seed.stamps) expect(stamp.seedFile).toMatch(/^[a-z-]+\.json$/);
  });

  it('names what the loader added from the reference CSVs and the documents, and the citations it added', () => {
    // China's WCO region comes from wco_members.csv, its nameZh source from the documents.
    const china = stampOf((r) => r.id === 'china')!;
    expect(china.seedAdded).toEqual(expect.arrayContaining(['region', 'nameZhSource']));
    expect(china.seedAddedSources).toEqual(['ref-wco-members']);
    const party = stampOf((r) => r.type === 'PARTY_TO' && r.from === 'china' && r.to === 'uncac')!;
    expect(party.seedAdded).toEqual(expect.arrayContaining(['ratified', 'sourceUrl']));
    expect(party.seedAddedSources).toEqual(['ref-uncac-parties']);
    // A record the reference layer leaves alone has nothing added but what the documents give.
    expect(stampOf((r) => r.id === 'hk')!.seedAddedSources).toEqual([]);
    // A Chinese name from chinese_names.csv is added with its citation.
    const named = [...seed.stamps.values()].filter((s) => s.seedAddedSources.includes('ref-chinese-names'));
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s.seedAdded).toEqual(expect.arrayContaining(['nameZh', 'nameZhSource']));
  });
});

describe('writing the export to a folder', () => {
  it('replaces the files, says which changed, and reports (never deletes) a .json file it did not write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-export-files-'));
    try {
      fs.writeFileSync(path.join(dir, 'core.json'), 'same');
      fs.writeFileSync(path.join(dir, 'old.json'), '{}');
      const res = writeExportFiles(dir, { 'core.json': 'same', 'events.json': 'new' });
      expect(res.written).toEqual([
        { file: 'core.json', changed: false },
        { file: 'events.json', changed: true },
      ]);
      expect(res.stale).toEqual(['old.json']);
      expect(fs.readFileSync(path.join(dir, 'events.json'), 'utf8')).toBe('new');
      expect(fs.existsSync(path.join(dir, 'old.json'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
