// `npm run bench:extract [-- --runs=20] [-- --json]`
// Extraction time for each source document, and what the extractor proposes against the curated
// seed, each document submitted into a graph holding the reference layer and the other four
// documents only (leave one out). Figures printed, nothing asserted.
// found: the seed's relationships citing the document that a proposal states (ends matched by id,
// or for an entity the reduced graph lacks, by its name; a proposed agreement by its parties; a
// count by its owner and figure); corroborations: proposals restating a fact the reduced graph
// still has (another document also states it).
import type { Proposal } from '../../server/shared/curation.ts';
import { extractProposals } from '../../server/curation/extract/index.ts';
import { MentionMatcher, nameForms, normaliseName } from '../../server/curation/extract/mentions.ts';
import { knownEntity, seedDocuments, seedGraph, snapshotOf } from '../../server/curation/extract/seed-snapshot.ts';
import { percentile } from './measure.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 20);
const asJson = args.includes('--json');

const graph = seedGraph();
const allNodes = new Map(graph.docs.flatMap((d) => d.nodes).map((n) => [n.id, n]));
const names = (id: string) => {
  const n = allNodes.get(id);
  return new Set(n ? nameForms(knownEntity(n)).map(normaliseName) : []);
};
const endMatches = (end: Proposal['from'], id: string) => end.id === id || (!end.id && names(id).has(normaliseName(end.name)));

const rows = [];
for (const d of seedDocuments()) {
  const snap = snapshotOf(graph.docs, d.id);
  const matcher = new MentionMatcher(snap.known);
  const options = { matcher, facts: snap.facts, countNodes: snap.countNodes };
  let ps: Proposal[] = [];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    ps = extractProposals({ text: d.text, date: d.date }, snap.known, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const t0 = performance.now();
  new MentionMatcher(snap.known);
  const matcherMs = performance.now() - t0;
  const cited = graph.docs.flatMap((g) => g.relationships).filter((r) => r.sources.includes(d.id));
  const signers = (agreement: string) =>
    new Set(
      graph.docs
        .flatMap((g) => g.relationships)
        .filter((x) => x.type === 'SIGNED' && x.to === agreement)
        .map((x) => x.from),
    );
  const states = (p: Proposal, r: (typeof cited)[number]): boolean => {
    // Counts are one proposal (the count node and its HAS_COUNT / HAS_STATISTIC): the owner and the figure.
    if (r.type === 'HAS_COUNT' || r.type === 'HAS_STATISTIC')
      return p.kind === 'count' && endMatches(p.from, r.from) && p.properties.count === allNodes.get(r.to)?.count;
    if (p.kind !== 'relationship' || p.type !== r.type || !endMatches(p.from, r.from)) return false;
    if (endMatches(p.to, r.to)) return true;
    // A proposed agreement (named by the extractor, not as the seed names it) signed by the same parties.
    const node = !p.to.id && p.to.proposal ? ps.find((x) => x.id === p.to.proposal) : undefined;
    const parties = node?.parties ?? [];
    return r.type === 'SIGNED' && parties.length > 0 && parties.every((e) => [...signers(r.to)].some((id) => endMatches(e, id)));
  };
  const found = cited.filter((r) => ps.some((p) => states(p, r)));
  const kinds = { node: 0, relationship: 0, count: 0 };
  for (const p of ps) kinds[p.kind]++;
  rows.push({
    document: d.id,
    chars: d.text.length,
    medianMs: Math.round(percentile(times, 50) * 10) / 10,
    p95Ms: Math.round(percentile(times, 95) * 10) / 10,
    matcherMs: Math.round(matcherMs * 10) / 10,
    proposals: ps.length,
    ...kinds,
    corroborations: ps.filter((p) => p.corroborates).length,
    seedFacts: cited.length,
    found: found.length,
    missed: cited.filter((r) => !found.includes(r)).map((r) => `${r.type} ${r.from}->${r.to}`),
  });
}

if (asJson) console.log(JSON.stringify({ runs, rows }));
else {
  console.log(`Extraction per source document (leave one out; ${runs} runs each; the mention matcher built once per graph)`);
  console.log('document                    chars  median ms  p95 ms  nodes  rels  counts  corrob.  seed facts found');
  for (const r of rows)
    console.log(
      `${r.document.padEnd(26)} ${String(r.chars).padStart(6)} ${String(r.medianMs).padStart(10)} ${String(r.p95Ms).padStart(7)} ${String(r.node).padStart(6)} ${String(r.relationship).padStart(5)} ${String(r.count).padStart(7)} ${String(r.corroborations).padStart(8)}  ${r.found}/${r.seedFacts}`,
    );
  console.log(`(building the mention matcher over ${graph.docs.flatMap((d) => d.nodes).length} nodes: ${rows[0]?.matcherMs} ms)`);
}
