// Integration: the curated query library. Every query in cypher/queries runs against the seed
// graph with its defaults and returns rows; parameters are validated from the headers (400 naming
// each field); unknown queries are 404; runs keep the console's guards (read-only, row cap, rate
// limit). The header parser rejects malformed files with an error naming the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuratedQuery } from '../../server/shared/contracts.ts';
import { createCypherConsole } from '../../server/graph/cypher-console.ts';
import {
  defaultQueriesDir,
  loadQueryLibrary,
  parseQueryFile,
  QueryLibraryError,
  runCuratedQuery,
} from '../../server/graph/query-library.ts';
import { graphCounts, startTestApp, testDb, type TestApp } from '../setup/harness.ts';

const LIBRARY = loadQueryLibrary();
const QUERIES = LIBRARY.list();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CYPHER_MAX_ROWS: '1000' });
});
afterAll(async () => {
  await app?.close();
});

const run = (id: string, params?: Record<string, unknown>) => app.post(`/api/queries/${id}/run`, params === undefined ? {} : { params });
const problemFields = (body: { error: { details?: { problems?: { field: string }[] } } }) =>
  (body.error.details?.problems ?? []).map((p) => p.field);

describe('GET /api/queries', () => {
  it('lists every .cypher file of cypher/queries (at least 14), each with its header and Cypher', async () => {
    const files = fs.readdirSync(defaultQueriesDir).filter((f) => f.endsWith('.cypher'));
    const res = await app.get('/api/queries');
    expect(res.status).toBe(200);
    const queries: CuratedQuery[] = res.body.queries;
    expect(queries.length).toBeGreaterThanOrEqual(14);
    expect(queries.map((q) => `${q.id}.cypher`).sort()).toEqual(files.sort());
    for (const q of queries) {
      expect(q.title.length).toBeGreaterThan(5);
      expect(q.description.length).toBeGreaterThan(20);
      expect(q.maxRows).toBeGreaterThan(0);
      expect(q.file).toBe(`cypher/queries/${q.id}.cypher`);
      expect(q.cypher).toMatch(/^MATCH\b/);
      expect(q.cypher).not.toMatch(/@param|@id/);
      for (const p of q.params) expect(q.cypher).toContain(`$${p.name}`);
    }
  });

  it('has every title, description and parameter description in Traditional Chinese too', async () => {
    const res = await app.get('/api/queries');
    const han = /[\u4e00-\u9fff]/;
    for (const q of res.body.queries as CuratedQuery[]) {
      expect(q.titleZh, q.id).toMatch(han);
      expect(q.descriptionZh, q.id).toMatch(han);
      for (const p of q.params) expect(p.descriptionZh, `${q.id}.${p.name}`).toMatch(han);
    }
  });

  it('gives each parameter its type, default and bounds as the header declares them', async () => {
    const res = await app.get('/api/queries/facts-by-source');
    expect(res.status).toBe(200);
    expect(res.body.id).toBe('facts-by-source');
    expect(res.body.params).toEqual([
      {
        name: 'source',
        type: 'id',
        description: 'Source id (see GET /api/sources)',
        descriptionZh: '來源 id（見 GET /api/sources）',
        required: false,
        default: 'customs-gacc-review-2024',
      },
      {
        name: 'limit',
        type: 'integer',
        description: 'Rows to return',
        descriptionZh: '傳回的行數',
        required: false,
        default: 200,
        min: 1,
        max: 1000,
      },
    ]);
    const optional = await app.get('/api/queries/office-holders');
    expect(optional.body.params.find((p: { name: string }) => p.name === 'at')).toMatchObject({
      type: 'date',
      required: false,
      default: null,
    });
  });

  it('is described in the OpenAPI document', async () => {
    const res = await app.get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/queries', '/api/queries/{id}', '/api/queries/{id}/run']));
    expect(res.body.paths['/api/queries/{id}/run'].post.responses).toHaveProperty('400');
  });

  it('answers 404 for an unknown query id, well-formed or not', async () => {
    for (const id of ['no-such-query', 'Not_A_Slug']) {
      const res = await app.get(`/api/queries/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const runRes = await run('no-such-query');
    expect(runRes.status).toBe(404);
    expect(runRes.body.error.message).toContain('no-such-query');
  });
});

describe('POST /api/queries/:id/run: every curated query answers with its defaults', () => {
  it.each(QUERIES.map((q) => [q.id, q] as const))('%s returns rows', async (id, q) => {
    const res = await run(id);
    expect(res.status).toBe(200);
    expect(res.body.queryId).toBe(id);
    expect(res.body.columns.length).toBeGreaterThan(0);
    expect(res.body.rows.length).toBeGreaterThan(0);
    expect(Object.keys(res.body.rows[0])).toEqual(res.body.columns);
    expect(res.body.rowCap).toBe(Math.min(q.maxRows, 1000));
    expect(res.body.rows.length).toBeLessThanOrEqual(res.body.rowCap);
    for (const p of q.params) expect(res.body.params[p.name]).toEqual(p.default);
    expect(typeof res.body.timeMs).toBe('number');
  });
});

describe('POST /api/queries/:id/run: answers', () => {
  it('MoUs of the ICAC in 2024 name the counterparts and where they are', async () => {
    const res = await run('mous-by-agency-year');
    const counterparts = res.body.rows.map((r: { counterpart: string }) => r.counterpart);
    expect(counterparts).toEqual(expect.arrayContaining(['unodc', 'aca-kazakhstan', 'aca-indonesia', 'aca-maldives']));
    expect(counterparts).not.toContain('icac');
    expect(res.body.rows.find((r: { counterpart: string }) => r.counterpart === 'aca-kazakhstan').counterpartLocatedIn).toBe('Kazakhstan');
    const september = await run('mous-by-agency-year', { year: '2024-09' });
    expect(september.body.rows.map((r: { counterpart: string }) => r.counterpart).sort()).toEqual(['aca-indonesia', 'aca-maldives']);
  });

  it('parameters change the answer: the WCO vice-chair, and the IAACA president in 2019', async () => {
    const wco = await run('office-holders', { organisation: 'wco', role: 'vice-chair' });
    expect(wco.status).toBe(200);
    expect(wco.body.rows.map((r: { holder: string }) => r.holder)).toContain('customs-hk');
    expect(wco.body.rows.some((r: { since: string; until: string }) => r.since === '2024-07' && r.until === '2026-06')).toBe(true);
    const iaaca2019 = await run('office-holders', { organisation: 'iaaca', role: 'President', at: '2019' });
    expect(iaaca2019.body.rows.map((r: { holder: string; role: string }) => [r.holder, r.role])).toEqual([
      ['qatar-attorney-general', 'President'],
    ]);
  });

  it('organisations linking the ICAC and Hong Kong Customs include the WCO, with how each is tied', async () => {
    const res = await run('organisations-linking-agencies');
    const wco = res.body.rows.find((r: { organisation: string }) => r.organisation === 'wco');
    expect(wco).toBeDefined();
    expect(wco.viaB).toContainEqual({ how: 'HOLDS_ROLE', through: null });
    expect(wco.viaA).toContainEqual({ how: 'MEMBER_OF', through: 'Hong Kong Special Administrative Region' });
  });

  it('Belt and Road ties of the ICAC cover the five flagged jurisdictions', async () => {
    const res = await run('belt-and-road-ties');
    expect(res.body.rows.map((r: { jurisdiction: string }) => r.jurisdiction).sort()).toEqual([
      'indonesia',
      'kazakhstan',
      'maldives',
      'saudi-arabia',
      'south-africa',
    ]);
  });

  it('members by region: the WCO Asia/Pacific region only, or every region with an empty region', async () => {
    const ap = await run('organisation-members-by-region');
    expect(ap.body.rows.length).toBeGreaterThan(20);
    expect(new Set(ap.body.rows.map((r: { region: string }) => r.region))).toEqual(new Set(['Asia/Pacific']));
    const all = await run('organisation-members-by-region', { region: '' });
    expect(all.body.rows.length).toBeGreaterThan(ap.body.rows.length);
  });

  it('the neighbourhood query returns graph elements for the canvas', async () => {
    const res = await run('neighbourhood', { id: 'customs-hk', limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeLessThanOrEqual(10);
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toContain('customs-hk');
    expect(res.body.graph.edges.length).toBeGreaterThan(0);
    expect(res.body.rows[0].hops).toBe(1);
  });
});

describe('POST /api/queries/:id/run: parameter validation', () => {
  it('refuses a wrong type with 400 naming the parameter', async () => {
    const res = await run('facts-by-source', { limit: 'ten' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(problemFields(res.body)).toEqual(['params.limit']);
    expect(res.body.error.message).toMatch(/params\.limit: must be an integer/);
    const float = await run('facts-by-source', { limit: 2.5 });
    expect(problemFields(float.body)).toEqual(['params.limit']);
    const bool = await run('neighbourhood', { includeReference: 'yes' });
    expect(bool.status).toBe(400);
    expect(problemFields(bool.body)).toEqual(['params.includeReference']);
  });

  it('refuses an unknown parameter, naming it and listing the known ones', async () => {
    const res = await run('mous-by-agency-year', { agency: 'icac', country: 'kazakhstan' });
    expect(res.status).toBe(400);
    expect(problemFields(res.body)).toEqual(['params.country']);
    expect(res.body.error.message).toContain('agency, year, kind');
  });

  it('refuses bad dates: not ISO, and not a real calendar day', async () => {
    const res = await run('events-in-window', { from: '2024/05', to: '2024-02-30' });
    expect(res.status).toBe(400);
    expect(problemFields(res.body).sort()).toEqual(['params.from', 'params.to']);
    expect(res.body.error.message).toMatch(/real calendar date/);
  });

  it('refuses a bad id, an out-of-range integer, and lists every problem at once', async () => {
    const res = await run('neighbourhood', { id: 'ICAC!', limit: 0, extra: 1 });
    expect(res.status).toBe(400);
    expect(problemFields(res.body).sort()).toEqual(['params.extra', 'params.id', 'params.limit']);
  });

  it('refuses a body that is not { params: {...} }', async () => {
    const array = await app.post('/api/queries/neighbourhood/run', { params: [1, 2] });
    expect(array.status).toBe(400);
    expect(problemFields(array.body)).toEqual(['params']);
    const extra = await app.post('/api/queries/neighbourhood/run', { params: {}, query: 'MATCH (n) RETURN n' });
    expect(extra.status).toBe(400);
  });

  it('treats an empty optional field as "any"', async () => {
    const res = await run('training-by-country', { trainer: '' });
    expect(res.status).toBe(200);
    expect(res.body.params.trainer).toBeNull();
    const icacOnly = await run('training-by-country', { trainer: 'icac' });
    expect(icacOnly.body.rows.length).toBeLessThan(res.body.rows.length);
    expect(icacOnly.body.rows.map((r: { country: string }) => r.country).sort()).toEqual(['indonesia', 'mauritius', 'morocco']);
  });
});

describe('POST /api/queries/:id/run: guards', () => {
  it("caps rows at CYPHER_MAX_ROWS when it is below the query's maxRows, and says so", async () => {
    const capped = await startTestApp({ CYPHER_MAX_ROWS: '5' });
    try {
      const res = await capped.post('/api/queries/organisation-members-by-region/run', {});
      expect(res.status).toBe(200);
      expect(res.body.rows.length).toBe(5);
      expect(res.body.truncated).toBe(true);
      expect(res.body.rowCap).toBe(5);
    } finally {
      await capped.close();
    }
  });

  it('applies the console rate limit (CYPHER_RATE_LIMIT_PER_MIN) to runs', async () => {
    const limited = await startTestApp({ CYPHER_RATE_LIMIT_PER_MIN: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.post('/api/queries/published-figures/run', {})).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await limited.get('/api/queries')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("runCuratedQuery: the console's read-only path", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-queries-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const parse = (id: string, header: string, cypher: string) =>
    parseQueryFile(`// @id ${id}\n${header}\n${cypher}\n`, path.join(dir, `${id}.cypher`));
  const limits = {
    timeoutMs: 5000,
    maxRows: 1000,
    maxQueryLength: 10000,
    maxResponseBytes: 4 << 20,
    maxParamsBytes: 65536,
    maxNesting: 32,
    maxConcurrent: 4,
    maxConcurrentPerClient: 2,
  };

  it("streams at most the query's own maxRows", async () => {
    const q = parse(
      'count-up',
      '// @title Count up\n// @description Numbers from one to n.\n// @param n integer = 50 — How many\n// @maxRows 3',
      'UNWIND range(1, $n) AS x\nRETURN x',
    );
    const db = testDb();
    try {
      const res = await runCuratedQuery(createCypherConsole(db, limits), q, { n: 50 }, 'test');
      expect(res.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
      expect(res.truncated).toBe(true);
      expect(res.rowCap).toBe(3);
    } finally {
      await db.close();
    }
  });

  it('refuses a curated query that would write, and nothing changes', async () => {
    const q = parse(
      'sneaky-write',
      '// @title Sneaky\n// @description A header that hides a write.\n// @param id id = evil-curated — Id\n// @maxRows 10',
      'MERGE (n:Agency {id: $id})\nRETURN n',
    );
    const db = testDb();
    try {
      const before = await graphCounts(db);
      await expect(runCuratedQuery(createCypherConsole(db, limits), q, { id: 'evil-curated' }, 'test')).rejects.toMatchObject({
        status: 403,
        code: 'read_only',
      });
      expect(await graphCounts(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });
});

describe('query header parser', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-query-headers-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const GOOD_HEADER = [
    '// @id sample',
    '// @title A sample',
    '// @description What it answers,',
    '// over two lines.',
    '// @param agency id = icac — Agency id',
    '// @param limit integer 1..50 = 10 — Rows',
    '// @param at date = null — Optional date',
    '// @maxRows 100',
  ];
  const GOOD_BODY = ['MATCH (a:Entity {id: $agency})-[r]-(b)', 'WHERE $at IS NULL OR r.date >= $at', 'RETURN b.id AS id', 'LIMIT $limit'];
  const write = (name: string, lines: string[]) => {
    const sub = fs.mkdtempSync(path.join(dir, 'lib-'));
    fs.writeFileSync(path.join(sub, name), lines.join('\n'));
    return sub;
  };
  const loadError = (lines: string[], name = 'sample.cypher') => {
    try {
      loadQueryLibrary(write(name, lines));
    } catch (err) {
      expect(err).toBeInstanceOf(QueryLibraryError);
      return (err as Error).message;
    }
    throw new Error('the library loaded a malformed file');
  };

  it('parses a well-formed file: continuation lines, ranges, defaults, optional parameters', () => {
    const lib = loadQueryLibrary(write('sample.cypher', [...GOOD_HEADER, ...GOOD_BODY]));
    const q = lib.get('sample');
    expect(q).toMatchObject({
      id: 'sample',
      title: 'A sample',
      description: 'What it answers, over two lines.',
      maxRows: 100,
      cypher: GOOD_BODY.join('\n'),
    });
    expect(q?.params).toEqual([
      { name: 'agency', type: 'id', description: 'Agency id', required: false, default: 'icac' },
      { name: 'limit', type: 'integer', description: 'Rows', required: false, default: 10, min: 1, max: 50 },
      { name: 'at', type: 'date', description: 'Optional date', required: false, default: null },
    ]);
  });

  it('parses the Chinese tags: @titleZh, @descriptionZh (continued without spaces) and @paramZh', () => {
    const zh = ['// @titleZh 樣本', '// @descriptionZh 回答甚麼，', '// 分兩行。', '// @paramZh agency — 機構 id'];
    const q = loadQueryLibrary(write('sample.cypher', [...GOOD_HEADER, ...zh, ...GOOD_BODY])).get('sample');
    expect(q).toMatchObject({ title: 'A sample', titleZh: '樣本', descriptionZh: '回答甚麼，分兩行。' });
    expect(q?.params.map((p) => p.descriptionZh)).toEqual(['機構 id', undefined, undefined]);
  });

  it.each([
    ['an unknown tag', [...GOOD_HEADER, '// @author someone'], /sample\.cypher:9: unknown header tag @author/],
    [
      'a @paramZh for no declared parameter',
      [...GOOD_HEADER, '// @paramZh country — 國家'],
      /sample\.cypher:9: @paramZh country: no @param country is declared/,
    ],
    ['a malformed @paramZh', [...GOOD_HEADER, '// @paramZh agency'], /sample\.cypher:9: malformed @paramZh "agency"/],
    ['a missing @title', GOOD_HEADER.filter((l) => !l.includes('@title')), /sample\.cypher: the header has no @title/],
    [
      'a malformed @param',
      [...GOOD_HEADER.slice(0, 5), '// @param limit integer', ...GOOD_HEADER.slice(6)],
      /sample\.cypher:6: malformed @param "limit integer"/,
    ],
    [
      'an unknown parameter type',
      GOOD_HEADER.map((l) => l.replace('limit integer 1..50', 'limit int')),
      /sample\.cypher:6: @param limit: unknown type "int"/,
    ],
    [
      'a default of the wrong type',
      GOOD_HEADER.map((l) => l.replace('= 10', '= ten')),
      /sample\.cypher:6: @param limit: the default ten must be an integer/,
    ],
    ['a default outside its range', GOOD_HEADER.map((l) => l.replace('= 10', '= 99')), /@param limit: the default 99 must be at most 50/],
    [
      'a bad date default',
      GOOD_HEADER.map((l) => l.replace('date = null', 'date = 2024-13')),
      /@param at: the default 2024-13 must be an ISO date/,
    ],
    [
      'a bad @maxRows',
      GOOD_HEADER.map((l) => l.replace('@maxRows 100', '@maxRows lots')),
      /sample\.cypher: @maxRows must be a whole number/,
    ],
    ['a duplicate @param', [...GOOD_HEADER, '// @param agency id = icac — again'], /sample\.cypher:9: @param agency is declared twice/],
    [
      'a stray comment line before any tag',
      ['// just a comment', ...GOOD_HEADER],
      /sample\.cypher:1: "just a comment" is neither a header tag/,
    ],
  ])('rejects %s, naming the file', (_what, header, message) => {
    expect(loadError([...header, ...GOOD_BODY])).toMatch(message);
  });

  it.each([
    ['an @id that is not the file name', ['// @id other', ...GOOD_HEADER.slice(1)], GOOD_BODY, /@id "other" does not match the file name/],
    ['no Cypher after the header', GOOD_HEADER, [], /there is no Cypher after the header/],
    [
      'a string literal in the query',
      GOOD_HEADER,
      [...GOOD_BODY.slice(0, 2), "AND b.kind = 'mou'", ...GOOD_BODY.slice(2)],
      /string literal/,
    ],
    [
      'an undeclared $parameter',
      GOOD_HEADER,
      [...GOOD_BODY.slice(0, 2), 'AND b.kind = $kind', ...GOOD_BODY.slice(2)],
      /uses \$kind but the header does not declare it/,
    ],
    ['a declared but unused parameter', GOOD_HEADER, GOOD_BODY.filter((l) => !l.includes('$limit')), /@param limit declared but not used/],
    [
      'a query the console would refuse',
      GOOD_HEADER,
      ['LOAD CSV FROM $agency AS line', 'WITH line, $at AS at, $limit AS l', 'RETURN line'],
      /would be refused by the console: LOAD CSV/,
    ],
  ])('rejects %s', (_what, header, body, message) => {
    expect(loadError([...header, ...body])).toMatch(message);
  });
});
