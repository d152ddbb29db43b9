// Integration: the openCypher TCK (../shared/tck/features, see tests/support/tck-corpus.ts) as a
// corpus of real Cypher written by others, sent through POST /api/cypher.
//  - Every query that writes (setup queries, scenarios with side effects, writing keywords) is
//    refused: a 4xx with an error code, never 200, never 5xx; the graph's counts and content
//    checksum are unchanged at the end.
//  - No query of the corpus gets a 5xx (a 504 query_timeout of a read is the deadline doing its
//    job: counted, not a failure).
//  - The share of plain reads the console accepts (200, or the database's own error about the
//    query) is measured against a floor; the figures go to test-results/tck-console.json.
// Identical queries (same text and parameters, e.g. the many `CREATE ()` setups) are sent once.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/neo4j-local/paths.ts';
import { graphCounts, startTestApp, type TestApp } from '../setup/harness.ts';
import { loadTckCorpus, type TckKind, type TckQuery } from '../support/tck-corpus.ts';

/** Errors the database gives about the query itself (the console let it through): the query was accepted. */
const DATABASE_CODES = new Set(['cypher_error', 'query_failed', 'query_too_large']);
const TIMEOUT_CODE = 'query_timeout';
/** The console allows 2 queries at once per client (CYPHER_MAX_CONCURRENT_PER_CLIENT default). */
const CONCURRENCY = 2;

interface Outcome {
  q: TckQuery;
  /** How many corpus entries share this query text and parameters. */
  copies: number;
  status: number;
  code?: string;
  ms: number;
}

type Verdict = 'ok' | 'database_error' | 'timeout' | 'refused' | 'server_error';

function verdict(o: Outcome): Verdict {
  if (o.status === 200) return 'ok';
  if (o.status === 504 && o.code === TIMEOUT_CODE) return 'timeout';
  if (o.status >= 500 || o.status < 400 || !o.code) return 'server_error';
  return o.code && DATABASE_CODES.has(o.code) ? 'database_error' : 'refused';
}

const corpus = loadTckCorpus();
let app: TestApp;
let before: Awaited<ReturnType<typeof graphCounts>>;
const started = Date.now();

beforeAll(async () => {
  app = await startTestApp({ CYPHER_TIMEOUT_MS: '5000' });
  before = await graphCounts(app.db);
});
afterAll(async () => {
  await app?.close();
});

function uniqueQueries(kind: TckKind): { q: TckQuery; copies: number }[] {
  const m = new Map<string, { q: TckQuery; copies: number }>();
  for (const q of corpus.queries) {
    if (q.kind !== kind) continue;
    const key = JSON.stringify([q.query, q.params]);
    const seen = m.get(key);
    if (seen) seen.copies++;
    else m.set(key, { q, copies: 1 });
  }
  return [...m.values()];
}

/** Posts the queries, CONCURRENCY at a time; a 429 (a slot still held by a query past its deadline) is retried. */
async function runAll(items: { q: TckQuery; copies: number }[]): Promise<Outcome[]> {
  const out: Outcome[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      const { q, copies } = items[at];
      const t0 = Date.now();
      let res = await app.post('/api/cypher', { query: q.query, params: q.params });
      for (let i = 0; i < 240 && res.status === 429; i++) {
        await new Promise((r) => setTimeout(r, 250));
        res = await app.post('/api/cypher', { query: q.query, params: q.params });
      }
      const code = res.body && typeof res.body === 'object' ? (res.body as { error?: { code?: unknown } }).error?.code : undefined;
      out[at] = { q, copies, status: res.status, code: typeof code === 'string' ? code : undefined, ms: Date.now() - t0 };
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

const oneLine = (s: string, max = 200) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}...` : t;
};

function tally(outcomes: Outcome[]): Record<string, number> {
  const m = new Map<string, number>();
  for (const o of outcomes) {
    const k = `${o.status} ${o.code ?? (o.status === 200 ? 'ok' : 'no_code')}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
}

function examplesByCode(outcomes: Outcome[], n = 5): Record<string, { count: number; examples: string[] }> {
  const out: Record<string, { count: number; examples: string[] }> = {};
  for (const o of outcomes) {
    const e = (out[o.code ?? `${o.status}`] ??= { count: 0, examples: [] });
    e.count++;
    if (e.examples.length < n) e.examples.push(`${o.q.file} ${o.q.scenario}: ${oneLine(o.q.query)}`);
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1].count - a[1].count));
}

function msStats(outcomes: Outcome[]): { mean: number; p50: number; p90: number; p99: number; totalSeconds: number } {
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (f: number) => ms[Math.min(ms.length - 1, Math.floor(f * ms.length))] ?? 0;
  const total = ms.reduce((a, b) => a + b, 0);
  return {
    mean: Math.round(total / (ms.length || 1)),
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    totalSeconds: Math.round(total / 100) / 10,
  };
}

const describeOutcome = (o: Outcome) =>
  `${o.status} ${o.code ?? '-'} | ${o.q.file} | ${o.q.scenario} | ${o.q.role} | ${JSON.stringify(o.q.params)} | ${o.q.query}`;

describe('the openCypher TCK through the console', () => {
  let writes: Outcome[] = [];
  let reads: Outcome[] = [];
  let errors: Outcome[] = [];

  it('parses the corpus: hundreds of writes, thousands of reads', () => {
    console.log(
      `[tck] corpus: ${corpus.files} files, ${corpus.scenarios} scenarios, ${corpus.queries.length} queries (write ${corpus.counts.write}, read ${corpus.counts.read}, error ${corpus.counts.error}), ${corpus.skippedParams} parameter values skipped`,
    );
    expect(corpus.files).toBeGreaterThan(200);
    expect(corpus.counts.write).toBeGreaterThan(500);
    expect(corpus.counts.read).toBeGreaterThan(2000);
    expect(corpus.counts.error).toBeGreaterThan(300);
  });

  it('refuses every query that writes, with a 4xx and an error code', async () => {
    writes = await runAll(uniqueQueries('write'));
    const notRefused = writes.filter((o) => o.status < 400 || o.status >= 500 || !o.code);
    // The exact queries, if any: a write the console let through (or a 5xx) is the finding.
    expect(notRefused.map(describeOutcome)).toEqual([]);
  }, 600_000);

  it('never answers 5xx to a read or to a query the TCK expects to fail', async () => {
    reads = await runAll(uniqueQueries('read'));
    errors = await runAll(uniqueQueries('error'));
    const serverErrors = [...reads, ...errors].filter((o) => verdict(o) === 'server_error');
    expect(serverErrors.map(describeOutcome)).toEqual([]);
  }, 600_000);

  it('accepts the large majority of plain reads (200, or the database’s own error about the query)', () => {
    const by = (v: Verdict) => reads.filter((o) => verdict(o) === v);
    const accepted = by('ok').length + by('database_error').length + by('timeout').length;
    const share = reads.length ? accepted / reads.length : 0;
    const refused = by('refused');
    const figures = {
      measuredAt: new Date().toISOString(),
      corpus: {
        files: corpus.files,
        scenarios: corpus.scenarios,
        queries: corpus.queries.length,
        perKind: corpus.counts,
        uniquePerKind: { write: writes.length, read: reads.length, error: errors.length },
        skippedParams: corpus.skippedParams,
      },
      writes: {
        sent: writes.length,
        refused: writes.filter((o) => o.status >= 400 && o.status < 500 && o.code).length,
        accepted: writes.filter((o) => o.status === 200).length,
        serverErrors: writes.filter((o) => o.status >= 500).length,
        outcomes: tally(writes),
      },
      reads: {
        sent: reads.length,
        accepted,
        ok200: by('ok').length,
        databaseErrors: by('database_error').length,
        timeouts: by('timeout').length,
        refusedByGuards: refused.length,
        acceptedSharePercent: Math.round(share * 1000) / 10,
        outcomes: tally(reads),
        refusals: examplesByCode(refused),
        databaseErrorExamples: examplesByCode(by('database_error')),
        timedOut: by('timeout').map((o) => `${o.q.file} ${o.q.scenario}: ${oneLine(o.q.query)}`),
      },
      expectedErrors: {
        sent: errors.length,
        outcomes: tally(errors),
        accepted200: errors.filter((o) => o.status === 200).length,
        refusals: examplesByCode(errors.filter((o) => verdict(o) === 'refused')),
      },
      serverErrors: [...writes, ...reads, ...errors]
        .filter((o) => verdict(o) === 'server_error' || (o.q.kind === 'write' && o.status === 504))
        .map(describeOutcome),
      wallSeconds: Math.round((Date.now() - started) / 100) / 10,
      requestMs: { write: msStats(writes), read: msStats(reads), error: msStats(errors) },
      slowestMs: [...writes, ...reads, ...errors]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((o) => `${o.ms} ms ${o.status} ${o.code ?? 'ok'}: ${oneLine(o.q.query, 120)}`),
    };
    fs.mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(projectRoot, 'test-results', 'tck-console.json'), `${JSON.stringify(figures, null, 2)}\n`);

    const lines = [
      `[tck] openCypher TCK through POST /api/cypher (${figures.wallSeconds} s)`,
      `  corpus: ${corpus.files} files, ${corpus.scenarios} scenarios, ${corpus.queries.length} queries; per kind write ${corpus.counts.write} / read ${corpus.counts.read} / error ${corpus.counts.error} (unique sent: ${writes.length} / ${reads.length} / ${errors.length}); ${corpus.skippedParams} parameter values skipped`,
      `  writes: ${figures.writes.refused}/${writes.length} refused, ${figures.writes.accepted} accepted, ${figures.writes.serverErrors} 5xx; ${JSON.stringify(figures.writes.outcomes)}`,
      `  reads: ${accepted}/${reads.length} accepted = ${figures.reads.acceptedSharePercent}% (200: ${figures.reads.ok200}, database errors: ${figures.reads.databaseErrors}, timeouts: ${figures.reads.timeouts}); refused by guards: ${refused.length}`,
      ...Object.entries(figures.reads.refusals).flatMap(([code, { count, examples }]) => [
        `    ${code}: ${count}`,
        ...examples.map((e) => `      - ${e}`),
      ]),
      ...(figures.reads.timedOut.length ? ['  timed out:', ...figures.reads.timedOut.map((e) => `    - ${e}`)] : []),
      `  expected errors: ${JSON.stringify(figures.expectedErrors.outcomes)}`,
      `  5xx: ${figures.serverErrors.length}; request ms ${JSON.stringify(figures.requestMs)}`,
    ];
    console.log(lines.join('\n'));

    expect(figures.writes.accepted).toBe(0);
    expect(figures.serverErrors).toEqual([]);
    // Measured 2026-12-02 (two runs): 98.7% of the TCK's 2,872 unique plain reads accepted (2,832
    // answered 200; 3-4 stopped at the 5 s deadline or at the transaction memory limit, e.g.
    // `MATCH p = ()-[*]->() ...` on the seed graph). The 36 refused are refused on purpose: 33 call
    // the TCK's own test procedures (test.doNothing, test.my.proc: not on the console's list), 2 nest
    // literals 40 deep (CYPHER_MAX_NESTING is 32) and 1 is longer than CYPHER_MAX_QUERY_LENGTH.
    // The floor leaves room for the console's hardening in progress.
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('left the graph exactly as it was (counts and content checksum)', async () => {
    expect(await graphCounts(app.db)).toEqual(before);
  });
});
