// Unit: curated query forms — defaults, validation like the server's, empty optional fields,
// values from a link, and the server's 400 mapped to fields.
import { describe, expect, it } from 'vitest';
import type { CuratedQuery } from '../../../../../server/shared/contracts.ts';
import { formParams, initialValues, inputKind, serverProblems } from './curated-form.ts';

const q: CuratedQuery = {
  id: 'test',
  title: 'Test',
  description: 'd',
  maxRows: 100,
  cypher: 'RETURN 1',
  file: 'x',
  params: [
    { name: 'agency', type: 'id', description: '', required: false, default: 'icac' },
    { name: 'at', type: 'date', description: '', required: false, default: null },
    { name: 'role', type: 'string', description: '', required: false, default: 'President' },
    { name: 'limit', type: 'integer', description: '', required: false, default: 200, min: 1, max: 1000 },
    { name: 'ref', type: 'boolean', description: '', required: false, default: false },
    { name: 'source', type: 'id', description: '', required: true },
  ],
};

describe('curated forms', () => {
  it('pre-fills defaults; null defaults are empty', () => {
    expect(initialValues(q)).toEqual({ agency: 'icac', at: '', role: 'President', limit: '200', ref: false, source: '' });
    expect(initialValues(q, { at: '2024', ref: true })).toMatchObject({ at: '2024', ref: true });
  });

  it('gives typed parameters; an empty optional is null (any) or an empty string (string filters)', () => {
    const r = formParams(q, { ...initialValues(q), role: '', source: 'legco-lcq17-2025' });
    expect(r).toEqual({ ok: true, params: { agency: 'icac', at: null, role: '', limit: 200, ref: false, source: 'legco-lcq17-2025' } });
  });

  it('checks each field as the server does', () => {
    const r = formParams(q, { agency: 'ICAC!', at: '2024-13', role: 'x', limit: '5000', ref: true, source: '' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual({
        agency: { code: 'id' },
        at: { code: 'date' },
        limit: { code: 'max', detail: '1000' },
        source: { code: 'required' },
      });
    const r2 = formParams(q, { ...initialValues(q), limit: '2.5', source: 'x' });
    expect(!r2.ok && r2.problems.limit.code).toBe('integer');
  });

  it("maps the server's 400 problems to fields", () => {
    expect(
      serverProblems({
        problems: [
          { field: 'params.agency', message: 'unknown' },
          { field: 'params', message: 'bad' },
        ],
      }),
    ).toEqual({
      agency: { code: 'server', detail: 'unknown' },
      '(params)': { code: 'server', detail: 'bad' },
    });
    expect(serverProblems(undefined)).toEqual({});
  });

  it('chooses an input per type', () => {
    expect(q.params.map(inputKind)).toEqual(['id', 'date', 'text', 'number', 'checkbox', 'id']);
  });
});
