// Unit: seed validation reports every problem with file, record and field; the real seed passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocs } from '../../server/model/validate.ts';
import { loadSeed, seedDir } from '../../server/seed/seed-files.ts';

const sources = [{ id: 'doc-a', kind: 'document', title: 'Doc A', file: 'a.txt' }];
const texts = new Map([['doc-a', 'The ICAC signed an MoU with the UNODC in May 2024.']]);
const agency = (id: string, extra: Record<string, unknown> = {}) => ({
  label: 'Agency',
  id,
  name: id.toUpperCase(),
  sources: ['doc-a'],
  ...extra,
});

function check(graph: unknown) {
  return validateDocs(
    [
      { file: 'sources.json', data: { sources } },
      { file: 'graph/test.json', data: graph },
    ],
    { sourceTexts: texts },
  ).problems;
}

describe('seed validation', () => {
  it('accepts the real seed: every file valid, every evidence quote found in its document', () => {
    const seed = loadSeed();
    expect(seed.problems).toEqual([]);
    const nodes = seed.docs.flatMap((d) => d.doc.nodes);
    expect(nodes.length).toBeGreaterThan(300);
    expect(nodes.find((n) => n.id === 'icac')?.nameZh).toBe('廉政公署');
  });

  it('accepts a well-formed document', () => {
    expect(
      check({
        nodes: [agency('icac'), agency('unodc')],
        relationships: [
          { type: 'COOPERATES_WITH', from: 'icac', to: 'unodc', sources: ['doc-a'], evidence: 'signed an MoU with the UNODC' },
        ],
      }),
    ).toEqual([]);
  });

  it('reports a dangling reference with file, record and field', () => {
    const problems = check({
      nodes: [agency('icac')],
      relationships: [{ type: 'COOPERATES_WITH', from: 'icac', to: 'nowhere', sources: ['doc-a'] }],
    });
    expect(problems).toEqual([
      {
        file: 'graph/test.json',
        record: 'relationships[0] (COOPERATES_WITH icac -> nowhere)',
        field: 'to',
        message: 'no node with id "nowhere" (dangling reference)',
      },
    ]);
  });

  it('reports an unknown source on a node and on a relationship', () => {
    const problems = check({
      nodes: [agency('icac', { sources: ['no-such-doc'] }), agency('wco')],
      relationships: [{ type: 'COOPERATES_WITH', from: 'icac', to: 'wco', sources: ['ghost'] }],
    });
    expect(problems).toContainEqual({
      file: 'graph/test.json',
      record: 'nodes[0] (icac)',
      field: 'sources[0]',
      message: 'unknown source "no-such-doc"',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'relationships[0] (COOPERATES_WITH icac -> wco)',
        field: 'sources[0]',
        message: 'unknown source "ghost"',
      }),
    );
  });

  it('reports malformed and impossible dates', () => {
    const problems = check({
      nodes: [{ label: 'Event', id: 'ev', name: 'Ev', sources: ['doc-a'], startDate: '24/05/2024', endDate: '2024-02-30' }],
      relationships: [],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[0] (ev)', field: 'startDate', message: expect.stringContaining('ISO date') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[0] (ev)', field: 'endDate', message: 'is not a real calendar date' }),
    );
  });

  it('accepts partial dates', () => {
    expect(
      check({
        nodes: [{ label: 'Event', id: 'ev', name: 'Ev', sources: ['doc-a'], startDate: '2024-05', endDate: '2024' }],
        relationships: [],
      }),
    ).toEqual([]);
  });

  it('reports unknown labels, types and properties, and disallowed relationship ends', () => {
    const problems = check({
      nodes: [
        { label: 'Spaceship', id: 'x', name: 'X', sources: ['doc-a'] },
        agency('icac', { colour: 'red' }),
        { label: 'Jurisdiction', id: 'hk', name: 'HK', sources: ['doc-a'] },
      ],
      relationships: [
        { type: 'LIKES', from: 'icac', to: 'hk', sources: ['doc-a'] },
        { type: 'HELD_IN', from: 'icac', to: 'hk', sources: ['doc-a'] },
      ],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[0] (x)', field: 'label', message: expect.stringContaining('unknown label "Spaceship"') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[1] (icac)', field: 'colour', message: expect.stringContaining('unknown property') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'type', message: expect.stringContaining('unknown relationship type "LIKES"') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'from', message: expect.stringContaining('HELD_IN cannot start at Agency "icac"') }),
    );
  });

  it('reports duplicate ids, bad slugs, missing sources and evidence that is not in the document', () => {
    const problems = check({
      nodes: [
        agency('icac'),
        agency('icac'),
        { label: 'Agency', id: 'Bad Id', name: 'B', sources: ['doc-a'] },
        { label: 'Agency', id: 'nosrc', name: 'N', sources: [] },
        agency('wco'),
      ],
      relationships: [
        { type: 'COOPERATES_WITH', from: 'icac', to: 'wco', sources: ['doc-a'], evidence: 'a sentence the document never says' },
      ],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[1] (icac)', field: 'id', message: expect.stringContaining('duplicate id "icac"') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[2] (Bad Id)', field: 'id', message: expect.stringContaining('lower-case slug') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'nodes[3] (nosrc)', field: 'sources', message: 'must cite at least one source' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'evidence', message: expect.stringContaining('not found in any cited document') }),
    );
  });

  it('reports a document that is not an object of nodes and relationships', () => {
    const problems = check([1, 2, 3]);
    expect(problems).toEqual([expect.objectContaining({ file: 'graph/test.json', record: '(document)' })]);
  });

  it('npm run seed:check exits non-zero and names each problem in a bad seed folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-badseed-'));
    fs.mkdirSync(path.join(dir, 'graph'));
    fs.cpSync(path.join(seedDir, 'sources'), path.join(dir, 'sources'), { recursive: true });
    fs.copyFileSync(path.join(seedDir, 'sources.json'), path.join(dir, 'sources.json'));
    fs.writeFileSync(
      path.join(dir, 'graph', 'bad.json'),
      JSON.stringify({
        nodes: [
          { label: 'Agency', id: 'icac', name: 'ICAC', sources: ['legco-lcq17-2025'] },
          { label: 'Event', id: 'ev', name: 'Ev', startDate: '2024-13', sources: ['not-a-source'] },
        ],
        relationships: [{ type: 'HOSTED', from: 'icac', to: 'missing-event', sources: ['legco-lcq17-2025'] }],
      }),
    );
    fs.writeFileSync(path.join(dir, 'graph', 'broken.json'), '{ "nodes": [ ');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(seedDir, '..', 'server', 'seed', 'check-cli.ts'), dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('graph/bad.json: nodes[1] (ev): startDate: must be an ISO date');
    expect(run.stderr).toContain('graph/bad.json: nodes[1] (ev): sources[0]: unknown source "not-a-source"');
    expect(run.stderr).toContain(
      'graph/bad.json: relationships[0] (HOSTED icac -> missing-event): to: no node with id "missing-event" (dangling reference)',
    );
    expect(run.stderr).toContain('graph/broken.json: (file): (json): not valid JSON');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
