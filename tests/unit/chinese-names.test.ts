// Unit: Chinese names are traceable. A curated nameZh (or Chinese alias) must be in the text of one
// of the node's own documents; the reference files of names (official pages, CLDR region names)
// fill in the rest, citing themselves, without changing which nodes count as curated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../server/model/records.ts';
import {
  applyReferenceNames,
  checkDocumentNames,
  CLDR_FILE,
  CLDR_SOURCE,
  NAMES_FILE,
  NAMES_SOURCE,
} from '../../server/seed/chinese-names.ts';
import { loadSeed, seedDir } from '../../server/seed/seed-files.ts';

const texts = new Map([['doc-a', '廉署與香港海關合作。The ICAC works with Hong Kong Customs.']]);
const node = (id: string, extra: Partial<NodeRecord> = {}): NodeRecord =>
  ({ label: 'Agency', id, name: id, sources: ['doc-a'], ...extra }) as NodeRecord;

describe('Chinese names from the documents', () => {
  it('accepts a name the document gives and records where it came from', () => {
    const n = node('customs-hk', { nameZh: '香港海關' });
    expect(checkDocumentNames([{ file: 'graph/t.json', doc: { nodes: [n] } }], texts)).toEqual([]);
    expect(n.nameZhSource).toBe('doc-a');
  });

  it('refuses a name (or a Chinese alias) that no cited document gives', () => {
    const problems = checkDocumentNames(
      [
        {
          file: 'graph/t.json',
          doc: { nodes: [node('wco', { nameZh: '世界海關組織' }), node('icac', { nameZh: '廉署', aliases: ['ICAC', '廉政公署'] })] },
        },
      ],
      texts,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'graph/t.json',
        record: 'nodes[0] (wco)',
        field: 'nameZh',
        message: expect.stringContaining('not found verbatim'),
      }),
      expect.objectContaining({ record: 'nodes[1] (icac)', field: 'aliases[1]', message: expect.stringContaining('廉政公署') }),
    ]);
  });

  it('refuses a Chinese note with no note to translate', () => {
    const problems = checkDocumentNames(
      [
        {
          file: 'g',
          doc: {
            nodes: [node('a', { noteZh: '備註' }), node('b', { note: 'A note.', noteZh: '一則備註。' })],
            relationships: [{ type: 'COOPERATES_WITH', from: 'a', to: 'b', sources: ['doc-a'], noteZh: '備註' }],
          },
        },
      ],
      texts,
    );
    expect(problems.map((p) => `${p.record}: ${p.field}`)).toEqual([
      'relationships[0] (COOPERATES_WITH a -> b): noteZh',
      'nodes[0] (a): noteZh',
    ]);
  });

  it('checks a nameZhSource given by hand against that document', () => {
    const problems = checkDocumentNames(
      [{ file: 'g', doc: { nodes: [node('x', { nameZh: '香港海關', nameZhSource: 'doc-b', sources: ['doc-a', 'doc-b'] })] } }],
      texts,
    );
    expect(problems).toEqual([expect.objectContaining({ field: 'nameZh', message: expect.stringContaining('not in the text of doc-b') })]);
  });
});

describe('Chinese names from the reference files', () => {
  const row = (r: Record<string, string>) => ({
    id: 'wco',
    name_zh: '世界海關組織',
    source_url: 'https://customs.gov.hk/tc/x.html',
    evidence: '加入世界海關組織以來',
    note: '',
    ...r,
  });

  it('applies an official name with its source, and a CLDR region name to a jurisdiction without one', () => {
    const wco = node('wco', { label: 'Organisation' });
    const kz = node('kazakhstan', { label: 'Jurisdiction', iso3: 'KAZ', sources: ['ref-wco-members'] });
    const hk = node('hk', { label: 'Jurisdiction', iso3: 'HKG', nameZh: '香港特別行政區', nameZhSource: 'doc-a' });
    const problems = applyReferenceNames(
      {
        [NAMES_FILE]: [row({})],
        [CLDR_FILE]: [
          { iso3: 'KAZ', iso2: 'KZ', name_zh: '哈薩克' },
          { iso3: 'HKG', iso2: 'HK', name_zh: '中國香港特別行政區' },
        ],
      },
      [wco, kz, hk],
    );
    expect(problems).toEqual([]);
    expect(wco).toMatchObject({ nameZh: '世界海關組織', nameZhSource: NAMES_SOURCE, sources: ['doc-a', NAMES_SOURCE] });
    expect(kz).toMatchObject({ nameZh: '哈薩克', nameZhSource: CLDR_SOURCE, sources: ['ref-wco-members', CLDR_SOURCE] });
    // The document's name wins over CLDR.
    expect(hk).toMatchObject({ nameZh: '香港特別行政區', nameZhSource: 'doc-a', sources: ['doc-a'] });
  });

  it('refuses rows it cannot trust: unknown id, a quote without the name, no URL, a name the documents already give', () => {
    const named = node('icac', { nameZh: '廉政公署', nameZhSource: 'doc-a' });
    const problems = applyReferenceNames(
      {
        [NAMES_FILE]: [
          row({ id: 'nobody' }),
          row({ evidence: '世界海关组织' }),
          row({ id: 'gacc', name_zh: '海關總署', source_url: 'ftp://x', evidence: '海關總署' }),
          row({ id: 'icac', name_zh: '廉署', evidence: '廉署' }),
        ],
      },
      [node('wco'), node('gacc'), named],
    );
    expect(problems.map((p) => `${p.record}: ${p.field}`)).toEqual([
      'row 2 (nobody): id',
      'row 3 (wco): evidence',
      'row 4 (gacc): source_url',
      'row 5 (icac): id',
    ]);
    expect(named.nameZh).toBe('廉政公署');
  });

  it('asks for a CLDR row when a jurisdiction has a code the file lacks', () => {
    const problems = applyReferenceNames({ [CLDR_FILE]: [] }, [node('narnia', { label: 'Jurisdiction', iso3: 'NAR' })]);
    expect(problems).toEqual([expect.objectContaining({ field: 'iso3', message: expect.stringContaining('npm run seed:cldr') })]);
  });
});

describe('the seed', () => {
  const seed = loadSeed();
  const nodes = new Map(seed.docs.flatMap((d) => d.doc.nodes).map((n) => [n.id, n]));
  const curated = (n: NodeRecord) => n.sources.some((s) => !s.startsWith('ref-'));

  it('names the Customs and Excise Department, the WCO and the GACC from official pages', () => {
    expect(nodes.get('customs-hk')).toMatchObject({ nameZh: '香港海關', nameZhSource: NAMES_SOURCE });
    expect(nodes.get('wco')).toMatchObject({ nameZh: '世界海關組織', nameZhSource: NAMES_SOURCE });
    expect(nodes.get('gacc')).toMatchObject({ nameZh: '海關總署', nameZhSource: NAMES_SOURCE });
    expect(nodes.get('icac')).toMatchObject({ nameZh: '廉政公署', nameZhSource: 'icac-ar-2024-ch6' });
  });

  it("gives every jurisdiction with an ISO code a Chinese name, keeping the documents' names", () => {
    for (const n of nodes.values())
      if (n.label === 'Jurisdiction' && n.iso3) expect({ id: n.id, zh: typeof n.nameZh }).toEqual({ id: n.id, zh: 'string' });
    expect(nodes.get('hk')).toMatchObject({ nameZh: '香港特別行政區', nameZhSource: 'icac-ar-2024-ch6' });
    expect(nodes.get('kazakhstan')?.nameZh).toBe('哈薩克斯坦'); // as the annual report writes it, not CLDR's 哈薩克
    expect(nodes.get('senegal')).toMatchObject({ nameZh: '塞內加爾', nameZhSource: CLDR_SOURCE });
  });

  it('does not change which nodes are curated: a reference name adds a ref- source only', () => {
    const senegal = nodes.get('senegal')!;
    expect(senegal.sources).toContain(CLDR_SOURCE);
    expect(curated(senegal)).toBe(true);
    const referenceOnly = [...nodes.values()].filter((n) => n.sources.includes(CLDR_SOURCE) && !curated(n));
    expect(referenceOnly.length).toBeGreaterThan(150);
    for (const n of referenceOnly) expect(n.sources.every((s) => s.startsWith('ref-'))).toBe(true);
  });

  it('has a Chinese translation of every curated note', () => {
    const untranslated = seed.docs
      .filter((d) => d.file.startsWith('graph/'))
      .flatMap((d) => [
        ...d.doc.nodes.map((n) => [n.id, n] as const),
        ...d.doc.relationships.map((r) => [`${r.type}:${r.from}->${r.to}`, r] as const),
      ])
      .filter(([, x]) => x.note !== undefined && typeof x.noteZh !== 'string')
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
  });

  it('npm run seed:check fails on a Chinese name nobody can trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-badnames-'));
    fs.mkdirSync(path.join(dir, 'graph'));
    fs.cpSync(path.join(seedDir, 'sources'), path.join(dir, 'sources'), { recursive: true });
    fs.copyFileSync(path.join(seedDir, 'sources.json'), path.join(dir, 'sources.json'));
    fs.writeFileSync(
      path.join(dir, 'graph', 'names.json'),
      JSON.stringify({
        nodes: [
          { label: 'Agency', id: 'icac', name: 'ICAC', nameZh: '廉政公署', sources: ['icac-ar-2024-ch6'] },
          { label: 'Organisation', id: 'wco', name: 'World Customs Organization', nameZh: '世界海關組織', sources: ['legco-lcq17-2025'] },
        ],
        relationships: [],
      }),
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(seedDir, '..', 'server', 'seed', 'check-cli.ts'), dir], {
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('graph/names.json: nodes[1] (wco): nameZh: "世界海關組織" is not found verbatim');
    expect(run.stderr).not.toContain('(icac)');
  });
});
